import KioskCore
@testable import Widgets
import XCTest

final class StatusBarTests: XCTestCase {
    func testHintsShowKeysInTheirRoleAndDropWhatDoesNotFit() {
        // Given a 24-column status bar with three hints
        var buffer = Buffer(size: TerminalSize(cols: 24, rows: 1))
        StatusBar([KeyHint("Enter", "open"), KeyHint("Esc", "back"), KeyHint("F2", "language")]).draw(in: &buffer, area: buffer.area)
        // Then the first two fit, the third is left out whole
        assertLines(buffer, [" Enter open  Esc back"])
        XCTAssertEqual(buffer.cols(in: .key, row: 0), [1, 2, 3, 4, 5, 13, 14, 15])
    }
}

final class MenuListTests: XCTestCase {
    let items = (1...10).map { MenuItem("Item \($0)", shortcut: String($0 % 10)) }

    func testSelectedEntryIsMarkedWithoutColour() {
        var buffer = Buffer(size: TerminalSize(cols: 12, rows: 3))
        MenuList(items: Array(items.prefix(3)), selection: 1).draw(in: &buffer, area: buffer.area)
        assertLines(buffer, ["  1 Item 1", "> 2 Item 2", "  3 Item 3"])
        XCTAssertEqual(buffer.roleRuns, ["1 0 12 selected"])
    }

    func testScrollsToKeepTheSelectionVisible() {
        // Given ten entries in three rows with the eighth selected
        var buffer = Buffer(size: TerminalSize(cols: 12, rows: 3))
        let menu = MenuList(items: items, selection: 7)
        menu.draw(in: &buffer, area: buffer.area)
        // Then entries 6 to 8 show, with arrows saying there is more above and below
        XCTAssertEqual(menu.scrollOffset(height: 3), 5)
        assertLines(buffer, ["  6 Item 6 ↑", "  7 Item 7", "> 8 Item 8 ↓"])
    }

    func testBadgeOnTheRight() {
        var buffer = Buffer(size: TerminalSize(cols: 20, rows: 1))
        MenuList(items: [MenuItem("Press", badge: "3 new")], selection: 0).draw(in: &buffer, area: buffer.area)
        assertLines(buffer, ["> Press       3 new"])
    }
}

final class TextFieldTests: XCTestCase {
    func testMaskedValueNeverShowsTheDigits() {
        let field = TextField(label: "PIN", value: "1234", capacity: 8, isMasked: true, isFocused: true)
        var buffer = Buffer(size: TerminalSize(cols: 20, rows: 1))
        let cursor = buffer.draw(field.line(labelWidth: 4), row: 0, col: 0, width: 20)
        XCTAssertEqual(buffer.lines, ["> PIN  [****     ]"])
        XCTAssertEqual(cursor, Position(row: 0, col: 12))
        XCTAssertEqual(buffer.cols(in: .inputFocused, row: 0), Array(8...16))
    }
}

final class DialogTests: XCTestCase {
    func testDialogIsCentredWithBorderAndWrappedMessage() {
        var buffer = Buffer(size: TerminalSize(cols: 40, rows: 9))
        Dialog(title: "Still there?", message: "You will be logged out in 30 seconds.").draw(in: &buffer, area: buffer.area)
        // Then a 36-wide box of 6 rows sits in the middle of the 40x9 area
        let lines = buffer.lines
        XCTAssertEqual(lines[1], "  ┌─ Still there? ───────────────────┐")
        XCTAssertEqual(lines[3], "  │ You will be logged out in 30     │")
        XCTAssertEqual(lines[4], "  │ seconds.                         │")
        XCTAssertEqual(lines[6], "  └──────────────────────────────────┘")
    }

    func testDialogInATinyAreaDoesNotCrash() {
        var buffer = Buffer(size: TerminalSize(cols: 3, rows: 2))
        Dialog(title: "Still there?", message: "x").draw(in: &buffer, area: buffer.area)
        XCTAssertEqual(buffer.lines[0], "St…")
    }
}

final class HeaderBarTests: XCTestCase {
    func testPlaceLeftUserAndClockRight() {
        var buffer = Buffer(size: TerminalSize(cols: 50, rows: 1))
        HeaderBar(place: "Kiosk · A-117", user: "Jean (1001)", clock: "lun. 2 mars 09:00").draw(in: &buffer, area: buffer.area)
        XCTAssertEqual(buffer.lines, [" Kiosk · A-117    Jean (1001) · lun. 2 mars 09:00"])
        XCTAssertEqual(buffer.roleRuns, ["0 0 50 header"])
    }

    func testUserIsDroppedBeforeTheClockWhenNarrow() {
        var buffer = Buffer(size: TerminalSize(cols: 30, rows: 1))
        HeaderBar(place: "Kiosk · A-117", user: "Jean (1001)", clock: "09:00").draw(in: &buffer, area: buffer.area)
        XCTAssertEqual(buffer.lines, [" Kiosk · A-117          09:00"])
    }
}
