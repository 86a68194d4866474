@testable import Widgets
import XCTest

final class CellTests: XCTestCase {
    func testACharacterWithMarksReadsBackAsWritten() {
        // Given an e with an acute accent and a dot below, as three scalars
        let cell = Cell(text: "e\u{301}\u{323}", role: .title)

        // Then the cell gives back the same text, its base and its two marks
        XCTAssertEqual(cell.text, "e\u{301}\u{323}")
        XCTAssertEqual(cell.base, "e")
        XCTAssertEqual(Array(cell.marks), ["\u{301}", "\u{323}"])
        XCTAssertEqual(cell.role, .title)
    }

    func testMarksPastTheCapacityAreDropped() {
        // Given a base followed by six marks
        let text = "a" + String(repeating: "\u{301}", count: 6)

        // When it is put in a cell, then only the first four marks stay
        let cell = Cell(text: text)
        XCTAssertEqual(cell.text.unicodeScalars.count, 1 + Cell.maxCombining)

        // And appending one more is refused
        var full = cell
        XCTAssertFalse(full.appendMark("\u{302}"))
        XCTAssertEqual(full, cell)
    }

    func testEmptyTextIsACellWithoutACharacter() {
        // Given a cell made from empty text and a continuation cell
        let empty = Cell(text: "")
        let continuation = Cell.continuation(role: .body)

        // Then neither holds a character, and a mark cannot be hung on nothing
        XCTAssertFalse(empty.hasCharacter)
        XCTAssertEqual(continuation.text, "")
        XCTAssertTrue(continuation.isContinuation)
        var mark = empty
        XCTAssertFalse(mark.appendMark("\u{301}"))
    }

    func testCellsDifferByCharacterMarksRoleAndWidth() {
        // Given a plain a
        let plain = Cell(text: "a")

        // Then the same a is equal, and any other mark, role or width makes it differ
        XCTAssertEqual(plain, Cell("a"))
        XCTAssertNotEqual(plain, Cell(text: "a\u{301}"))
        XCTAssertNotEqual(Cell(text: "a\u{301}"), Cell(text: "a\u{300}"))
        XCTAssertNotEqual(plain, Cell(text: "a", role: .title))
        XCTAssertNotEqual(plain, Cell(text: "a", width: 2))
        XCTAssertNotEqual(plain, Cell(text: "b"))
    }

    func testSettingTheTextKeepsRoleAndWidth() {
        // Given a title cell
        var cell = Cell(text: "x", role: .title)

        // When its text is replaced
        cell.text = "y\u{308}"

        // Then it shows the new text in the same role
        XCTAssertEqual(cell.text, "y\u{308}")
        XCTAssertEqual(cell.role, .title)
        XCTAssertEqual(cell.width, 1)
    }
}
