@testable import KioskCore
import XCTest

final class StaffDateTimeTests: XCTestCase {
    let brussels = TimeZone(identifier: "Europe/Brussels")!

    func testTextAndParseAreInverseInTheTerminalsZone() {
        XCTAssertEqual(StaffDateTime.text(.morning, timeZone: brussels), "2026-03-02 09:00")
        XCTAssertEqual(StaffDateTime.parse("2026-03-02 09:00", timeZone: brussels), .morning)
        XCTAssertEqual(StaffDateTime.parse("  2026-03-02 09:00 ", timeZone: brussels), .morning)
        XCTAssertEqual(StaffDateTime.parse("2026-03-02 08:00", timeZone: TimeZone(identifier: "UTC")!), .morning)
    }

    func testAnythingButTheOnePatternIsRefused() {
        for text in ["", "2026-03-02", "2026-3-02 09:00", "02-03-2026 09:00", "2026-03-02T09:00", "2026-03-02 9:00",
                     "2026-02-30 09:00", "2026-13-01 09:00", "2026-03-02 24:00", "2026-03-02 09:60", "２０２６-03-02 09:00",
                     "2026-03-02 09:00 extra", "+026-03-02 09:00"] {
            XCTAssertNil(StaffDateTime.parse(text, timeZone: brussels), text)
        }
    }

    func testALocalTimeSkippedByTheSpringClockChangeIsRefused() {
        // 2026-03-29 02:30 does not exist in Brussels (02:00 jumps to 03:00)
        XCTAssertNil(StaffDateTime.parse("2026-03-29 02:30", timeZone: brussels))
        XCTAssertNotNil(StaffDateTime.parse("2026-03-29 03:30", timeZone: brussels))
    }
}
