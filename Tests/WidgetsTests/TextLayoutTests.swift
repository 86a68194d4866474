@testable import Widgets
import XCTest

final class TextLayoutTests: XCTestCase {
    func testWrapsAtSpaces() {
        XCTAssertEqual(TextLayout.wrap("the quick brown fox", width: 10), ["the quick", "brown fox"])
    }

    func testCutsWordsLongerThanALine() {
        XCTAssertEqual(TextLayout.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    }

    func testWrapsByDisplayWidth() {
        // Each CJK character is two columns wide: three fit in six columns
        XCTAssertEqual(TextLayout.wrap("漢字漢字", width: 6), ["漢字漢", "字"])
    }

    func testKeepsNewlines() {
        XCTAssertEqual(TextLayout.wrap("a\n\nb", width: 5), ["a", "", "b"])
    }

    func testAWideCharacterInOneColumnDoesNotLoop() {
        XCTAssertEqual(TextLayout.wrap("漢", width: 1).count, 1)
    }

    func testTruncateEndsWithEllipsis() {
        XCTAssertEqual(TextLayout.truncate("Service requests", width: 8), "Service…")
        XCTAssertEqual(TextLayout.truncate("Press", width: 8), "Press")
        XCTAssertEqual(TextLayout.truncate("漢字漢字", width: 5), "漢字…")
        XCTAssertEqual(TextLayout.truncate("abc", width: 0), "")
    }
}
