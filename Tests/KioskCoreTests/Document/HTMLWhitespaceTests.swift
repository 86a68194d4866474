@testable import KioskCore
import KioskHarness
import XCTest

final class HTMLWhitespaceTests: XCTestCase {
    /// Texts cut scalar by scalar, and texts where a neighbour of a space forces the character cut.
    static let ordinary = [
        "", " ", "word", "two words", "  leading and trailing  ", "tabs\tand\nnewlines\u{0C}feed",
        "crlf\r\nline\rreturn\n\r", "\r\n\r\n", "été à Liège, déjà", "no\u{A0}break space", "a  b   c",
        "ESC[2J remains text", "l’école et 20 € – voilà… «oui»", "日本語テキスト",
    ]
    static let needingCharacters = [
        "a \u{301}b", "x \u{301}\u{301} y", "\u{600} number", "e\u{301} x", "x\u{200D} y", "a \u{200D}b",
        "\u{1F469} \u{1F3FB}", "\u{0915} \u{093F}", "日本語 テキスト",
    ]

    /// Pieces scalar by scalar (`==` on strings would let canonical equivalents pass).
    static func scalars(_ pieces: [Substring]) -> [[Unicode.Scalar]] {
        pieces.map { Array($0.unicodeScalars) }
    }

    func testTheSplitIsTheCharacterSplitForOrdinaryAndJoiningTexts() {
        // Given ordinary texts and texts whose spaces carry joining neighbours
        for text in Self.ordinary + Self.needingCharacters {
            for omitting in [true, false] {
                // When split
                let pieces = HTMLWhitespace.split(text, omittingEmptySubsequences: omitting)
                // Then the pieces are those of a split character by character
                let expected = text.split(omittingEmptySubsequences: omitting, whereSeparator: HTMLWhitespace.contains)
                XCTAssertEqual(Self.scalars(pieces), Self.scalars(expected), "\(text.debugDescription), omitting empty: \(omitting)")
            }
        }
    }

    func testOrdinaryTextIsCutByScalarsAndTheRestByCharacters() {
        // Given the two kinds of text
        // When the scalar cut is tried
        // Then it applies to the ordinary ones only
        for text in Self.ordinary {
            XCTAssertNotNil(HTMLWhitespace.splitScalars(text, omittingEmptySubsequences: true), text.debugDescription)
        }
        for text in Self.needingCharacters {
            XCTAssertNil(HTMLWhitespace.splitScalars(text, omittingEmptySubsequences: true), text.debugDescription)
        }
    }

    func testTheSplitMatchesOnGeneratedMixtures() {
        // Given many texts drawn from spaces, letters, marks, joiners and wide characters
        let alphabet: [String] = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}", "a", "é", "\u{A0}", "\u{301}", "\u{200D}",
                                  "\u{600}", "€", "日", "\u{1F469}", "\u{1F3FB}", "\u{1B}", "\u{202E}"]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<2_000 {
            let text = (0..<12).map { _ in random.pick(alphabet) }.joined()
            // When split, Then it is the character split
            for omitting in [true, false] {
                XCTAssertEqual(
                    Self.scalars(HTMLWhitespace.split(text, omittingEmptySubsequences: omitting)),
                    Self.scalars(text.split(omittingEmptySubsequences: omitting, whereSeparator: HTMLWhitespace.contains)),
                    text.debugDescription)
            }
        }
    }

    func testASCIITextIsCollapsedOnItsBytesAsItsWordsAreJoined() {
        // Given fixed ASCII texts and many generated from every kind of HTML whitespace and letters
        var texts = ["", " ", "\n", "word", " lead", "trail ", "a  b", "a\tb", "a\r\nb", "a\rb", "a\u{0C}b", " \t\r\n "]
        let alphabet: [String] = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}", "a", "Z", "7", "-", "\u{0B}"]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<2_000 {
            texts.append((0..<8).map { _ in random.pick(alphabet) }.joined())
        }
        for text in texts {
            // When collapsed on its bytes
            // Then it is its words joined by one space, as the general path makes it
            XCTAssertEqual(HTMLWhitespace.collapsedASCII(text), HTMLWhitespace.split(text).joined(separator: " "), text.debugDescription)
        }
        // And text that is not ASCII is left to the general path
        XCTAssertNil(HTMLWhitespace.collapsedASCII("caf\u{E9} "))
        XCTAssertEqual(HTMLWhitespace.collapsed(" caf\u{E9}\t au\r\n lait "), "caf\u{E9} au lait")
    }
}
