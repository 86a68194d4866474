import KioskCore
@testable import ScreenScript
import Widgets
import XCTest

final class ScreenSnapshotTests: XCTestCase {
    /// A 6x3 screen: a title, a selected run with a wide character, an error at the edge.
    private func smallFrame(cursor: Position?) -> Frame {
        var buffer = Buffer(size: TerminalSize(cols: 6, rows: 3))
        buffer.write("Title", row: 0, col: 0, role: .title)
        buffer.write("a", row: 1, col: 0, role: .body)
        buffer.write("日b", row: 1, col: 1, role: .selected)
        buffer.write("x", row: 2, col: 5, role: .error)
        return Frame(buffer: buffer, cursor: cursor)
    }

    func testTextOfASmallFrameWithAWideCharacterAndRoleRuns() {
        // Given a small frame with the cursor at row 1, column 4
        let frame = smallFrame(cursor: Position(row: 1, col: 4))
        // When its snapshot is written
        let text = ScreenSnapshot.text(of: frame)
        // Then the wide character is written once, rows are trimmed and runs count columns
        XCTAssertEqual(text, """
        # 6x3 cursor 1,4
        Title
        a日b
             x
        --- roles
        0 0 5 title
        1 1 3 selected
        2 5 1 error

        """)
    }

    func testAHiddenCursorAndAnAllBodyScreen() {
        // Given a blank 4x2 frame without a cursor
        let frame = Frame(buffer: Buffer(size: TerminalSize(cols: 4, rows: 2)), cursor: nil)
        // When its snapshot is written
        let text = ScreenSnapshot.text(of: frame)
        // Then the header says hidden, both rows are empty and there are no runs
        XCTAssertEqual(text, "# 4x2 cursor hidden\n\n\n--- roles\n")
    }

    func testAContinuationCellBelongsToItsWideCharactersRun() {
        // Given a wide character whose second half was painted in another role
        var buffer = Buffer(size: TerminalSize(cols: 4, rows: 1))
        buffer.write("日", row: 0, col: 0, role: .selected)
        buffer.paint(Rect(row: 0, col: 1, cols: 1, rows: 1), role: .error)
        // When the runs are listed
        let runs = ScreenSnapshot.roleRuns(of: buffer)
        // Then the whole character is one selected run of two columns
        XCTAssertEqual(runs, ["0 0 2 selected"])
    }

    func testAdjacentRunsOfDifferentRolesAndARunToTheEdge() {
        // Given a title next to an error, and a full-width status row
        var buffer = Buffer(size: TerminalSize(cols: 5, rows: 2))
        buffer.write("ab", row: 0, col: 0, role: .title)
        buffer.write("c", row: 0, col: 2, role: .error)
        buffer.fill(Rect(row: 1, col: 0, cols: 5, rows: 1), role: .inputFocused)
        // When the runs are listed
        let runs = ScreenSnapshot.roleRuns(of: buffer)
        // Then each role has its own run, named by its raw value
        XCTAssertEqual(runs, ["0 0 2 title", "0 2 1 error", "1 0 5 input-focused"])
    }

    func testParseSplitsWhatTextWrote() {
        // Given a snapshot file
        let frame = smallFrame(cursor: Position(row: 1, col: 4))
        let text = ScreenSnapshot.text(of: frame)
        // When it is parsed
        let parts = ScreenSnapshot.parse(text)
        // Then the parts are those of the frame
        XCTAssertEqual(parts, ScreenSnapshot.parts(of: frame))
        XCTAssertEqual(parts.header, "# 6x3 cursor 1,4")
        XCTAssertEqual(parts.lines, ["Title", "a日b", "     x"])
        XCTAssertEqual(parts.roles, ["0 0 5 title", "1 1 3 selected", "2 5 1 error"])
    }

    func testScreenTextKeepsARowThatLooksLikeTheMarker() {
        // Given a screen whose first row reads "--- roles"
        var buffer = Buffer(size: TerminalSize(cols: 10, rows: 2))
        buffer.write("--- roles", row: 0, col: 0, role: .body)
        buffer.write("end", row: 1, col: 0, role: .title)
        let text = ScreenSnapshot.text(of: Frame(buffer: buffer))
        // When only the screen rows are read
        let rows = ScreenSnapshot.screenText(text)
        // Then both rows are there and the roles are not
        XCTAssertEqual(rows, ["--- roles", "end"])
        XCTAssertEqual(ScreenSnapshot.parse(text).roles, ["1 0 3 title"])
    }

    func testAHandEditedFileWithAWrongRowCountFallsBackToTheMarker() {
        // Given a header that claims more rows than the file has, with CRLF line ends
        let text = "# 80x24 cursor hidden\r\none\r\ntwo\r\n--- roles\r\n0 0 3 title\r\n"
        // When it is parsed
        let parts = ScreenSnapshot.parse(text)
        // Then the marker separates the rows from the runs
        XCTAssertEqual(parts.lines, ["one", "two"])
        XCTAssertEqual(parts.roles, ["0 0 3 title"])
    }
}
