import KioskCore
@testable import Widgets
import XCTest

/// The multi-line editor of the request screens: wrapping, the cursor, scrolling, the count.
final class TextEditorViewTests: XCTestCase {
    private func draw(_ editor: TextEditorState, cols: Int = 20, rows: Int = 6, isFocused: Bool = true,
                      showsCount: Bool = true) -> (Buffer, Position?) {
        var buffer = Buffer(size: TerminalSize(cols: cols, rows: rows))
        let cursor = TextEditorView(editor: editor, isFocused: isFocused, showsCount: showsCount).draw(in: &buffer, area: buffer.area)
        return (buffer, cursor)
    }

    func testWordsStayWholeWhenTheyFitAndLongWordsAreCut() {
        // Given a sentence and a word longer than a row
        let rows = TextEditorView.rows("Hello world, this is long\nabcdefghijklmnopqrstuvwxyz", width: 16)
        // Then the sentence breaks after a space, the long word is cut, the newline starts a row
        XCTAssertEqual(rows.map(\.text), ["Hello world, ", "this is long", "abcdefghijklmnop", "qrstuvwxyz"])
        // And every character belongs to one row, the newline to none
        XCTAssertEqual(rows.map(\.start), [0, 13, 26, 42])
        XCTAssertEqual(rows.map(\.end), [13, 25, 42, 52])
    }

    func testWideCharactersWrapByDisplayWidth() {
        // Given six wide characters in a row of 5 columns
        let rows = TextEditorView.rows("名名名名名名", width: 5)
        // Then two fit on a row (4 columns), never a half
        XCTAssertEqual(rows.map(\.text), ["名名", "名名", "名名"])
    }

    func testTheCountShowsCharactersOutOfTheLimitInTheBorder() {
        // Given "Hello" typed in a box of 1000 characters
        let (buffer, cursor) = draw(TextEditorState(text: "Hello", limit: 1000))
        // Then the box is framed, the text inside, the count in its bottom edge
        XCTAssertEqual(buffer.lines, ["╔══════════════════╗",
                                      "║ Hello            ║",
                                      "║                  ║",
                                      "║                  ║",
                                      "║                  ║",
                                      "╚═══════ 5 / 1000 ═╝"])
        // And the cursor stands after the text
        XCTAssertEqual(cursor, Position(row: 1, col: 7))
    }

    func testTheCursorLandsWhereTheEditorsCursorIsOnWrappedLinesAndAfterANewline() {
        let text = "Hello world, this is long\nnext"
        // Given the cursor on "this" (a wrapped row), then at the start of the typed second line, then at the end
        XCTAssertEqual(draw(TextEditorState(text: text, cursor: 15, limit: 100)).1, Position(row: 2, col: 4))
        XCTAssertEqual(draw(TextEditorState(text: text, cursor: 26, limit: 100)).1, Position(row: 3, col: 2))
        XCTAssertEqual(draw(TextEditorState(text: text, cursor: 30, limit: 100)).1, Position(row: 3, col: 6))
        // And at a break, the cursor starts the next row rather than hanging off the first
        XCTAssertEqual(draw(TextEditorState(text: text, cursor: 13, limit: 100)).1, Position(row: 2, col: 2))
        // And after a newline typed last, it stands on the empty new row
        XCTAssertEqual(draw(TextEditorState(text: "one\n", limit: 100)).1, Position(row: 2, col: 2))
    }

    func testAFullRowLeavesACellForTheCursor() {
        // Given a row exactly as wide as the text area (16 columns) with the cursor at its end
        let (buffer, cursor) = draw(TextEditorState(text: "abcdefghijklmnop", limit: 100))
        // Then the cursor stands in the margin inside the border, not on it
        XCTAssertEqual(buffer.line(1), "║ abcdefghijklmnop ║")
        XCTAssertEqual(cursor, Position(row: 1, col: 18))
    }

    func testTheCursorsLineIsKeptInViewAndMarksSayThereIsMoreAbove() {
        // Given six typed lines in a box showing four, the cursor on the last
        let text = (1...6).map { "line \($0)" }.joined(separator: "\n")
        let (buffer, cursor) = draw(TextEditorState(text: text, limit: 100))
        // Then lines 3 to 6 are shown, the last with the cursor, and an arrow says more is above
        XCTAssertEqual(Array(buffer.lines[1...4]), ["║ line 3           ↑", "║ line 4           ║", "║ line 5           ║",
                                                    "║ line 6           ║"])
        XCTAssertEqual(cursor, Position(row: 4, col: 8))
        // When the cursor is on the first line, then the top is shown and the arrow points down
        let top = draw(TextEditorState(text: text, cursor: 0, limit: 100))
        XCTAssertEqual(top.0.line(1), "║ line 1           ║")
        XCTAssertEqual(top.0.line(4), "║ line 4           ↓")
        XCTAssertEqual(top.1, Position(row: 1, col: 2))
    }

    func testFocusIsADoubleBorderAndOnlyTheFocusedEditorHasACursor() {
        let (buffer, cursor) = draw(TextEditorState(text: "Hi", limit: 10), isFocused: false)
        XCTAssertEqual(buffer.line(0), "┌──────────────────┐")
        XCTAssertNil(cursor)
        XCTAssertEqual(buffer[1, 2].role, .input)
        XCTAssertEqual(draw(TextEditorState(text: "Hi", limit: 10)).0[1, 2].role, .inputFocused)
    }

    func testAFullEditorWarnsWithItsCount() {
        let (buffer, _) = draw(TextEditorState(text: "12345", limit: 5))
        XCTAssertTrue(buffer.line(5).contains(" 5 / 5 "))
        XCTAssertEqual(buffer.cols(in: .warning, row: 5).count, 7)
    }

    func testWithoutRoomForABorderTheCountTakesTheLastRowOrTheEndOfTheOnlyOne() {
        // Given two rows: the text above, the count under it
        let (two, twoCursor) = draw(TextEditorState(text: "Hello", limit: 1000), cols: 20, rows: 2)
        XCTAssertEqual(two.lines, ["Hello", "            5 / 1000"])
        XCTAssertEqual(twoCursor, Position(row: 0, col: 5))
        // Given one row: the count at its end
        let (one, _) = draw(TextEditorState(text: "Hello", limit: 1000), cols: 20, rows: 1)
        XCTAssertEqual(one.lines, ["Hello       5 / 1000"])
    }

    func testControlCharactersAreNeverDrawnRaw() {
        // Given a text holding an escape sequence, a bell and a right-to-left override
        let (buffer, _) = draw(TextEditorState(text: "a\u{1B}[2J\u{7}\u{202E}b", limit: 100))
        // Then each shows as a replacement character, and nothing else reaches the cells
        XCTAssertEqual(buffer.line(1), "║ a\u{FFFD}[2J\u{FFFD}\u{FFFD}b         ║")
        for cell in buffer.cells {
            XCTAssertFalse(cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    func testAOneLineEditorIsABracketedFieldScrolledToItsCursor() {
        // Given a date field of 10 characters in a box of 8 columns
        let editor = TextEditorState(text: "2026-03-05", limit: 10, allowsNewlines: false)
        let (buffer, cursor) = draw(editor, cols: 8, rows: 1, showsCount: false)
        // Then the end before the cursor is shown, with the cursor after it
        XCTAssertEqual(buffer.line(0), "[03-05 ]")
        XCTAssertEqual(cursor, Position(row: 0, col: 6))
        // When the cursor is at the start, the start is shown
        let start = draw(TextEditorState(text: "2026-03-05", cursor: 0, limit: 10, allowsNewlines: false), cols: 8, rows: 1,
                         showsCount: false)
        XCTAssertEqual(start.0.line(0), "[2026-0]")
        XCTAssertEqual(start.1, Position(row: 0, col: 1))
        // And a name field shows its count after the box when there is room
        let name = draw(TextEditorState(text: "Paul", limit: 60, allowsNewlines: false), cols: 24, rows: 1)
        XCTAssertEqual(name.0.line(0), "[Paul           ] 4 / 60")
    }

    func testNothingIsDrawnOutsideTheAreaAtAnySize() {
        let editors = [TextEditorState(text: String(repeating: "word 名 ", count: 60) + "\n\n\nend", cursor: 200, limit: 4000),
                       TextEditorState(text: "2026-03-05", limit: 10, allowsNewlines: false), TextEditorState(limit: 0)]
        for editor in editors {
            for cols in 0...12 {
                for rows in 0...5 {
                    // Given a buffer with a margin of dots around the area
                    var buffer = Buffer(size: TerminalSize(cols: cols + 2, rows: rows + 2), fill: Cell(text: ".", role: .body))
                    let area = Rect(row: 1, col: 1, cols: cols, rows: rows)
                    let cursor = TextEditorView(editor: editor).draw(in: &buffer, area: area)
                    // Then the margin is untouched and the cursor is inside the area
                    for row in 0..<buffer.size.rows {
                        for col in 0..<buffer.size.cols where row == 0 || col == 0 || row > rows || col > cols {
                            XCTAssertEqual(buffer[row, col].text, ".", "\(cols)x\(rows) at \(row),\(col)")
                        }
                    }
                    if let cursor {
                        XCTAssertTrue(cursor.row >= 1 && cursor.row <= rows && cursor.col >= 1 && cursor.col <= cols,
                                      "\(cols)x\(rows) cursor \(cursor)")
                    }
                }
            }
        }
    }
}
