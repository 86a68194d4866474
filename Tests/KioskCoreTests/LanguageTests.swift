import KioskCore
import XCTest

final class LanguageTests: XCTestCase {
    func testCodes() {
        XCTAssertEqual(Language(code: "nl"), .nl)
        XCTAssertEqual(Language(code: "FR_be"), .fr)
        XCTAssertEqual(Language(code: "de-BE"), .de)
        XCTAssertNil(Language(code: "french"))
        XCTAssertNil(Language(code: "es"))
    }

    func testSecretsNeverPrint() {
        let pin = Secret("1234")
        XCTAssertFalse("\(pin)".contains("1234"))
        XCTAssertFalse(String(reflecting: pin).contains("1234"))
        XCTAssertFalse("\(Effect.authenticate(number: "1001", pin: pin))".contains("1234"))
    }
}
