import KioskCore
import XCTest

final class DurationTextTests: XCTestCase {
    func testUnits() {
        XCTAssertEqual(DurationText.parse("90s"), 90)
        XCTAssertEqual(DurationText.parse("5m"), 300)
        XCTAssertEqual(DurationText.parse("2h"), 7200)
        XCTAssertEqual(DurationText.parse("45"), 45)
    }

    func testMalformedIsRefused() {
        for text in ["", "m", "-5m", "5 minutes", "1.5h", "5d", "٣m"] {
            XCTAssertNil(DurationText.parse(text), text)
        }
    }
}
