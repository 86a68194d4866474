@testable import KioskCore
import XCTest

final class URLCharactersTests: XCTestCase {
    func testTheASCIIShortcutJudgesEveryASCIIScalarAsItsPropertiesDo() {
        // Given every ASCII scalar
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            // When judged without and with a property look-up
            // Then both give the same defect, or none
            XCTAssertEqual(URLCharacters.asciiDefect(scalar), URLCharacters.propertyDefect(scalar), "U+\(String(value, radix: 16))")
        }
    }

    func testVisibleTextPassesAndHiddenCharactersAnywhereAreRefused() {
        // Given a visible URL, and the same with a space, a control, a backslash, a no-break space or a bidi mark in it
        XCTAssertNoThrow(try URLCharacters.checkVisible("https://jobs.example.org/été?q=1&b=%20"))
        for hidden in [" ", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{200B}", "\u{202E}", "\u{2028}", "\u{3000}"] {
            // When checked, Then it is refused as whitespace or control
            XCTAssertThrowsError(try URLCharacters.checkVisible("https://a.example/x" + hidden + "y")) {
                XCTAssertEqual($0 as? URLDefect, .whitespaceOrControl, hidden.debugDescription)
            }
        }
        XCTAssertThrowsError(try URLCharacters.checkVisible("https://a.example\\x")) {
            XCTAssertEqual($0 as? URLDefect, .backslash)
        }
    }
}
