import KioskCore
@testable import Widgets
import XCTest

final class BufferTests: XCTestCase {
    func testWriteClipsAtTheRightEdge() {
        // Given a 5x1 buffer
        var buffer = Buffer(size: TerminalSize(cols: 5, rows: 1))
        // When a longer text is written from column 2
        let written = buffer.write("hello", row: 0, col: 2, role: .title)
        // Then only what fits is there
        XCTAssertEqual(written, 3)
        XCTAssertEqual(buffer.lines, ["  hel"])
        XCTAssertEqual(buffer[0, 2].role, .title)
        XCTAssertEqual(buffer[0, 1].role, .body)
    }

    func testWideCharactersTakeTwoCells() {
        var buffer = Buffer(size: TerminalSize(cols: 6, rows: 1))
        buffer.write("漢字x", row: 0, col: 0, role: .body)
        XCTAssertEqual(buffer[0, 0].text, "漢")
        XCTAssertEqual(buffer[0, 0].width, 2)
        XCTAssertTrue(buffer[0, 1].isContinuation)
        XCTAssertEqual(buffer[0, 2].text, "字")
        XCTAssertEqual(buffer[0, 4].text, "x")
        XCTAssertEqual(buffer.lines, ["漢字x"])
    }

    func testAWideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = Buffer(size: TerminalSize(cols: 3, rows: 1))
        buffer.write("a🙂🙂", row: 0, col: 0, role: .body)
        XCTAssertEqual(buffer.lines, ["a🙂"])
        var narrow = Buffer(size: TerminalSize(cols: 2, rows: 1))
        narrow.write("a漢", row: 0, col: 0, role: .error)
        XCTAssertEqual(narrow[0, 1].text, " ")
        XCTAssertEqual(narrow[0, 1].width, 1)
    }

    func testCombiningMarksStayWithTheirBaseAndAreCapped() {
        var buffer = Buffer(size: TerminalSize(cols: 4, rows: 1))
        buffer.write("e\u{301}" + String(repeating: "\u{302}", count: 100) + "z", row: 0, col: 0, role: .body)
        XCTAssertEqual(buffer[0, 0].text.unicodeScalars.count, 1 + Cell.maxCombining)
        XCTAssertEqual(buffer[0, 1].text, "z")
    }

    func testGeorgianAndEmojiLinesKeepTheirColumns() {
        var buffer = Buffer(size: TerminalSize(cols: 12, rows: 2))
        buffer.write("ქართ🙂!", row: 0, col: 0, role: .body)
        XCTAssertEqual(buffer[0, 6].text, "!")
        buffer.write("x", row: 1, col: 11, role: .body)
        XCTAssertEqual(buffer.lines[1], String(repeating: " ", count: 11) + "x")
    }

    func testOverwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(size: TerminalSize(cols: 4, rows: 1))
        buffer.write("漢", row: 0, col: 0, role: .body)
        buffer.write("a", row: 0, col: 1, role: .body)
        XCTAssertEqual(buffer[0, 0].text, " ")
        XCTAssertEqual(buffer[0, 0].width, 1)
        XCTAssertEqual(buffer.lines, [" a"])
    }

    func testWritingOutsideIsHarmlessEvenAtOneByOne() {
        var buffer = Buffer(size: TerminalSize(cols: 1, rows: 1))
        buffer.write("abc", row: 0, col: -2, role: .body)
        buffer.write("abc", row: 3, col: 0, role: .body)
        buffer.write("漢", row: 0, col: 0, role: .body)
        buffer.fill(Rect(row: -1, col: -1, cols: 5, rows: 5), role: .selected)
        XCTAssertEqual(buffer.size, TerminalSize(cols: 1, rows: 1))
    }

    func testEmptyBuffer() {
        let buffer = Buffer(size: TerminalSize(cols: 0, rows: 0))
        XCTAssertEqual(buffer.lines, [])
    }

    func testFillIsClippedToTheBufferAndOutsideChangesNothing() {
        // Given a 4x3 buffer
        var buffer = Buffer(size: TerminalSize(cols: 4, rows: 3))

        // When a rectangle overlapping the top left corner is filled, and two wholly outside
        buffer.fill(Rect(row: -1, col: -2, cols: 4, rows: 3), role: .selected, with: "#")
        buffer.fill(Rect(row: 0, col: 5, cols: 3, rows: 3), role: .selected, with: "!")
        buffer.fill(Rect(row: -4, col: 0, cols: 4, rows: 2), role: .selected, with: "!")

        // Then only the overlap changed
        XCTAssertEqual(buffer.lines, ["##", "##", ""])
        XCTAssertEqual(buffer[1, 1].role, .selected)
        XCTAssertEqual(buffer[1, 2].role, .body)
        XCTAssertEqual(buffer[2, 0].role, .body)
    }

    func testWritingFromLeftOfTheEdgeShowsTheTail() {
        // Given a text starting two columns left of the buffer, one wide character straddling 0
        var buffer = Buffer(size: TerminalSize(cols: 5, rows: 1))

        // When it is written
        let written = buffer.write("a漢bc", row: 0, col: -2, role: .body)

        // Then the cut wide character leaves nothing and the rest lands from column 1; the
        // count is of columns from the start, hidden ones included
        XCTAssertEqual(buffer.lines, [" bc"])
        XCTAssertEqual(written, 5)
    }

    func testOverwritingTheSecondHalfOfAWideCharacterClearsTheFirst() {
        // Given a wide character at columns 0 and 1
        var buffer = Buffer(size: TerminalSize(cols: 4, rows: 1))
        buffer.write("漢", row: 0, col: 0, role: .title)

        // When a narrow character is written on its second half
        buffer.write("a", row: 0, col: 1, role: .body)

        // Then the first half is a space in the wide character's role
        XCTAssertEqual(buffer[0, 0], Cell(" ", role: .title))
        XCTAssertEqual(buffer.lines, [" a"])
    }

    func testMarksAfterAClippedCharacterAreDropped() {
        // Given an accented letter written left of the edge, then a plain one
        var buffer = Buffer(size: TerminalSize(cols: 3, rows: 1))

        // When it is written from column -1
        buffer.write("e\u{301}x", row: 0, col: -1, role: .body)

        // Then the mark went nowhere and x stands alone at column 0
        XCTAssertEqual(buffer[0, 0].text, "x")
    }
}
