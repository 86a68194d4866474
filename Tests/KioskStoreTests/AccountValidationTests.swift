import KioskCore
import KioskStore
import XCTest

final class AccountValidationTests: XCTestCase {
    func testNumbersAreOneToTwelveASCIIDigits() {
        // Given numbers at and beyond the limits
        // When validated
        // Then only 1 to 12 ASCII digits pass
        XCTAssertNoThrow(try AccountValidation.number("7"))
        XCTAssertNoThrow(try AccountValidation.number("123456789012"))
        for bad in ["", "1234567890123", " 1001", "1001 ", "١٢٣٤", "10a1", "+1001"] {
            XCTAssertThrowsError(try AccountValidation.number(bad), bad)
        }
    }

    func testPINsAreFourToEightASCIIDigits() {
        // Given PINs at and beyond the limits
        // When validated
        // Then only 4 to 8 ASCII digits pass
        XCTAssertNoThrow(try AccountValidation.pin(Secret("0000")))
        XCTAssertNoThrow(try AccountValidation.pin(Secret("12345678")))
        for bad in ["123", "123456789", "12 34", "１２３４", "abcd"] {
            XCTAssertThrowsError(try AccountValidation.pin(Secret(bad))) {
                XCTAssertEqual(($0 as? AdminError)?.description, "PIN must be 4 to 8 digits")
            }
        }
    }

    func testLoginsAreLowerCaseWithDotsDashesUnderscores() {
        // Given logins at and beyond the rules
        // When validated
        // Then lower-case ASCII letters, digits, '.', '-', '_' of 2 to 32 pass
        for good in ["ab", "m.dupont", "wing-b_2", String(repeating: "a", count: 32)] {
            XCTAssertNoThrow(try AccountValidation.login(good), good)
        }
        for bad in ["a", "Admin", "jos\u{E9}", "a b", "a/b", String(repeating: "a", count: 33), "ab\u{0}"] {
            XCTAssertThrowsError(try AccountValidation.login(bad), bad)
        }
    }

    func testPasswordsNeedTenCharacters() {
        // Given passwords of 9 and 10 characters
        // When validated
        // Then 10 is the minimum
        XCTAssertThrowsError(try AccountValidation.password(Secret("123456789")))
        XCTAssertNoThrow(try AccountValidation.password(Secret("1234567890")))
    }

    func testLanguageAndRoleParseFromTheCommandLine() throws {
        // Given codes as an admin would type them
        // When parsed
        // Then known ones give the value and others a message listing the choices
        XCTAssertEqual(try AccountValidation.language("nl_BE"), .nl)
        XCTAssertEqual(try AccountValidation.role("Service"), .service)
        XCTAssertThrowsError(try AccountValidation.language("es")) {
            XCTAssertEqual(($0 as? AdminError)?.description, "Language must be one of fr, nl, de, en")
        }
        XCTAssertThrowsError(try AccountValidation.role("warden")) {
            XCTAssertEqual(($0 as? AdminError)?.description, "Role must be one of officer, service, admin")
        }
    }
}
