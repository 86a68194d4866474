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
}
