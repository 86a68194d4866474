@testable import KioskCore
import XCTest

final class TextSanitizerTests: XCTestCase {
    let sanitizer = TextSanitizer.singleLine

    func testTerminalEscapeSequencesLoseTheirEscape() {
        // Given text carrying CSI, OSC title, OSC 52, DCS and a raw 0x9B
        let hostile = "a\u{1B}[2Jb\u{1B}]0;owned\u{07}c\u{1B}]52;c;SGVsbG8=\u{07}d\u{1B}P+q\u{1B}\\e\u{9B}31mf"
        // When it is cleaned
        let clean = sanitizer.clean(hostile)
        // Then no control character is left
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertTrue(clean.hasPrefix("a[2Jb]0;owned"))
    }

    func testOverwritesAndBidiOverridesAreRemoved() {
        XCTAssertEqual(sanitizer.clean("safe\rEVIL\u{8}\u{8}"), "safeEVIL")
        XCTAssertEqual(sanitizer.clean("abc\u{202E}fdp.exe\u{2066}x\u{2069}"), "abcfdp.exex")
    }

    func testNewlinesKeptOnlyForMultiLineText() {
        XCTAssertEqual(TextSanitizer.singleLine.clean("a\nb\tc"), "a b c")
        XCTAssertEqual(TextSanitizer.multiLine.clean("a\nb\tc"), "a\nb\tc")
    }

    func testInvalidUTF8BecomesReplacementCharacter() {
        XCTAssertEqual(sanitizer.clean([0x61, 0xFF, 0xC3, 0x62]), "a\u{FFFD}\u{FFFD}b")
    }

    func testCombiningFloodIsCappedAndResultIsNFC() {
        // Given an e followed by thousands of combining acute accents
        let flood = "e" + String(repeating: "\u{301}", count: 5000) + "x"
        // When cleaned, at most four marks remain and e + acute is composed
        let clean = sanitizer.clean(flood)
        XCTAssertEqual(clean.unicodeScalars.first, "é")
        XCTAssertLessThanOrEqual(clean.unicodeScalars.count, 6)
        XCTAssertEqual(clean.unicodeScalars.last, "x")
    }

    func testLengthIsCapped() {
        let line = String(repeating: "x", count: 10_000_000)
        XCTAssertEqual(sanitizer.clean(line).count, 200)
    }

    // MARK: - The fast path

    /// The sanitiser as it was before it had a fast path: every scalar looked up, every result normalised.
    private func reference(_ text: String, _ sanitizer: TextSanitizer) -> String {
        var scalars = String.UnicodeScalarView()
        var combiningRun = 0
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < sanitizer.maxLength else { break }
            var kept: Unicode.Scalar? = scalar
            switch scalar.value {
            case 0x0A, 0x09: kept = sanitizer.keepsNewlines ? scalar : " "
            case 0x00...0x1F, 0x7F, 0x80...0x9F: kept = nil
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: kept = nil
            default: break
            }
            guard let accepted = kept else { continue }
            switch accepted.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                combiningRun += 1
                if combiningRun > sanitizer.maxCombiningMarks { continue }
            default:
                combiningRun = 0
            }
            scalars.append(accepted)
            count += 1
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    static let samples = [
        "", "plain words", "été à Liège", "a\nb\tc", "x\u{A0}y ¿¡ ÿ ʒ ˜", "a\u{1B}[2Jb\u{1B}]0;owned\u{07}c",
        "\u{1B}]52;c;?\u{07}", "\u{1B}]8;;https://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\", "\u{1B}P+q\u{1B}\\",
        "raw\u{9B}31m", "safe\rEVIL\u{8}\u{8}", "abc\u{202E}fdp.exe\u{2066}x\u{2069}", "\u{85}next\u{7F}",
        "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}x", "A\u{30A}", "\u{FFFD} 20 € — l’école…", "日本語", "\u{1F469}\u{200D}\u{1F4BB}",
        String(repeating: "x", count: 250), String(repeating: "é", count: 250), "\u{340}\u{343}\u{387}", "\u{2000}\u{2001} x", "\u{2190}\u{338}", "– \u{301}",
    ]

    func testTheFastPathGivesTheSameResultAsScalarByScalarCleaning() {
        // Given ordinary and hostile texts, and one- and multi-line sanitisers with small and large caps
        let sanitizers = [TextSanitizer.singleLine, .multiLine, TextSanitizer(maxLength: 7, keepsNewlines: true)]
        for text in Self.samples {
            for sanitizer in sanitizers {
                // When each is cleaned
                // Then the result is what cleaning every scalar and normalising gives
                XCTAssertEqual(Array(sanitizer.clean(text).unicodeScalars), Array(reference(text, sanitizer).unicodeScalars),
                               text.debugDescription)
            }
        }
    }

    func testOnlyPrintableInertTextWithinTheCapIsLeftAsItCame() {
        // Given texts the sanitiser must change and texts it need not
        // When checked, Then only the latter count as already clean
        XCTAssertTrue(TextSanitizer.multiLine.isAlreadyClean("été à Liège\n\tʒ ¡"))
        XCTAssertFalse(TextSanitizer.singleLine.isAlreadyClean("a\nb"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("a\u{85}b"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("a\u{1B}b"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("a\u{7F}b"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("a\rb"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("e\u{301}"))
        XCTAssertTrue(TextSanitizer.multiLine.isAlreadyClean("20 € – l’école…"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("\u{2000}"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("a\u{202E}b"))
        XCTAssertFalse(TextSanitizer.multiLine.isAlreadyClean("日本"))
        XCTAssertFalse(TextSanitizer(maxLength: 3).isAlreadyClean("abcd"))
        XCTAssertTrue(TextSanitizer(maxLength: 3).isAlreadyClean("abé"))
    }

    func testInertScalarsAreNoMarksAndNoPairOfThemChangesUnderNFC() {
        // Given every printable inert scalar
        let scalars = (0x20..<0x2100).compactMap(Unicode.Scalar.init)
            .filter { !(0x7F...0x9F).contains($0.value) && TextSanitizer.isInert($0.value) }
        XCTAssertTrue(scalars.contains("’") && scalars.contains("€") && scalars.contains("…") && scalars.contains("é"))
        for first in scalars {
            // When it stands before and after each of the others
            var text = String.UnicodeScalarView()
            for second in scalars {
                text.append(first)
                text.append(second)
            }
            let string = String(text)
            // Then it is no combining mark, and NFC leaves every pair as it is
            XCTAssertFalse(TextSanitizer.isCombining(first), "U+\(String(first.value, radix: 16))")
            // (compared scalar by scalar: `==` on strings already treats canonical equivalents as equal)
            XCTAssertEqual(Array(string.precomposedStringWithCanonicalMapping.unicodeScalars), Array(text),
                           "U+\(String(first.value, radix: 16))")
        }
    }
}
