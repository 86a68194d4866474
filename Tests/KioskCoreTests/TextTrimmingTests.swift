import Foundation
@testable import KioskCore
import XCTest

final class TextTrimmingTests: XCTestCase {
    func testTrimmingGivesWhatFoundationGives() {
        // Given texts with and without whitespace at either end, of every kind
        let texts = ["", " ", "word", " word", "word\n", "\t two words \r\n", "\u{A0}nbsp\u{A0}", "\u{2003}em\u{3000}",
                     "\u{85}next", "a\u{200B}", "\u{1B}[2J", "é ", " e\u{301}", "日本"]
        for text in texts {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                // When trimmed, Then the result is Foundation's, scalar for scalar
                XCTAssertEqual(Array(text.trimming(set).unicodeScalars), Array(text.trimmingCharacters(in: set).unicodeScalars),
                               text.debugDescription)
            }
        }
    }
}
