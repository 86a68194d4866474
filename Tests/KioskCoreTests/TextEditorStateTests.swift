@testable import KioskCore
import XCTest

final class TextEditorStateTests: XCTestCase {
    private func editor(_ text: String, cursor: Int? = nil, limit: Int = 100) -> TextEditorState {
        TextEditorState(text: text, cursor: cursor, limit: limit)
    }

    func testTypingInsertsAtTheCursorAndStopsAtTheLimit() {
        // Given "ac" with the cursor after "a", and a limit of 4
        var box = editor("ac", cursor: 1, limit: 4)
        // When b, then x and y are typed
        XCTAssertTrue(box.apply(.character("b")))
        XCTAssertTrue(box.apply(.character("x")))
        XCTAssertTrue(box.apply(.character("y")))
        // Then the text holds four characters, the last key did nothing
        XCTAssertEqual(box.text, "abxc")
        XCTAssertEqual(box.cursor, 3)
    }

    func testACombiningMarkTypedAfterALetterMergesWithItAndKeepsTheCursorInTheText() {
        // Given "a" with the cursor at its end, and "ab" with the cursor between the letters
        var end = editor("a")
        var middle = editor("ab", cursor: 1)
        // When a lone combining acute accent is typed in each, then a letter
        XCTAssertTrue(end.apply(.character("\u{301}")))
        XCTAssertTrue(end.apply(.character("x")))
        XCTAssertTrue(middle.apply(.character("\u{301}")))
        XCTAssertTrue(middle.apply(.character("x")))
        // Then the accent joined the letter before it and the cursor stayed after what was typed
        XCTAssertEqual(end.text, "a\u{301}x")
        XCTAssertEqual(end.cursor, 2)
        XCTAssertEqual(middle.text, "a\u{301}xb")
        XCTAssertEqual(middle.cursor, 2)
    }

    func testBackspaceAndDeleteRemoveOnEitherSideAndStopAtTheEnds() {
        var box = editor("abc", cursor: 1)
        _ = box.apply(.backspace)
        XCTAssertEqual(box.text, "bc")
        XCTAssertEqual(box.cursor, 0)
        _ = box.apply(.backspace)
        XCTAssertEqual(box.text, "bc")
        _ = box.apply(.delete)
        XCTAssertEqual(box.text, "c")
        box.cursor = 1
        _ = box.apply(.delete)
        XCTAssertEqual(box.text, "c")
    }

    func testEnterStartsALineOnlyWhereNewlinesAreAllowed() {
        var body = editor("ab", cursor: 1)
        XCTAssertTrue(body.apply(.enter))
        XCTAssertEqual(body.text, "a\nb")
        var line = TextEditorState(text: "ab", limit: 10, allowsNewlines: false)
        XCTAssertFalse(line.apply(.enter))
        XCTAssertEqual(line.text, "ab")
    }

    func testUpAndDownKeepTheColumnAcrossTypedLines() {
        // Given three lines, the cursor after "hel" on the first
        var box = editor("hello\nhi\nworld", cursor: 3)
        // When ↓: the second line is shorter, the cursor goes to its end
        _ = box.apply(.down)
        XCTAssertEqual(box.cursor, 8)
        // When ↓ again: column 2 of "world"
        _ = box.apply(.down)
        XCTAssertEqual(box.cursor, 11)
        // When ↓ on the last line: the end of the text
        _ = box.apply(.down)
        XCTAssertEqual(box.cursor, 14)
        // When ↑ twice from the end: column 5 of "hi" is its end, then "hello"'s column 2
        _ = box.apply(.up)
        XCTAssertEqual(box.cursor, 8)
        _ = box.apply(.up)
        XCTAssertEqual(box.cursor, 2)
        // When ↑ on the first line: the start
        _ = box.apply(.up)
        XCTAssertEqual(box.cursor, 0)
    }

    func testHomeAndEndGoToTheEndsOfTheTypedLine() {
        var box = editor("one\ntwo", cursor: 5)
        _ = box.apply(.home)
        XCTAssertEqual(box.cursor, 4)
        _ = box.apply(.end)
        XCTAssertEqual(box.cursor, 7)
    }

    func testControlsAndBidiOverridesAreNeverTyped() {
        var box = editor("")
        _ = box.apply(.character("\u{202E}"))
        _ = box.apply(.character("\u{1B}"))
        _ = box.apply(.character("é"))
        XCTAssertEqual(box.text, "é")
    }

    func testKeysForTheScreenAreNotTaken() {
        var box = editor("a")
        XCTAssertFalse(box.apply(.tab))
        XCTAssertFalse(box.apply(.escape))
        XCTAssertFalse(box.apply(.function(2)))
    }

    func testATextLongerThanTheLimitIsCut() {
        let box = editor("abcdef", limit: 3)
        XCTAssertEqual(box.text, "abc")
        XCTAssertEqual(box.cursor, 3)
    }
}
