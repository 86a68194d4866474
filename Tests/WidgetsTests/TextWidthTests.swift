#if canImport(Glibc)
import Glibc
#endif
@testable import Widgets
import XCTest

final class TextWidthTests: XCTestCase {
    func testWidthsOfScriptsAndEmoji() {
        XCTAssertEqual(TextWidth.of("abc"), 3)
        XCTAssertEqual(TextWidth.of("漢字"), 4)
        XCTAssertEqual(TextWidth.of("ქართული"), 7)
        XCTAssertEqual(TextWidth.of("🙂"), 2)
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1)
        XCTAssertEqual(TextWidth.of("\u{200B}"), 0)
    }

    /// The table must agree with the C library's wcwidth(), which ncurses uses to place text.
    func testAgreesWithTheCLibraryEverywhere() throws {
        #if canImport(Glibc)
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { throw XCTSkip("no C.UTF-8 locale") }
        // Glibc's Swift module hides wcwidth (it is an X/Open function): look it up by name.
        let symbol = try XCTUnwrap(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        var disagreements: [String] = []
        for value in UInt32(0x20)...0x10FFFF where !(0xD800...0xDFFF).contains(value) && !(0x7F...0x9F).contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let libc = Int(wcwidth(Int32(bitPattern: value)))
            guard libc >= 0 else { continue }
            if TextWidth.of(scalar) != libc {
                disagreements.append(String(value, radix: 16))
                if disagreements.count > 10 { break }
            }
        }
        XCTAssertEqual(disagreements, [])
        #else
        throw XCTSkip("needs glibc")
        #endif
    }
}
