import KioskCore
@testable import Widgets
import XCTest

final class HeadlessTerminalTests: XCTestCase {
    func testKeepsTheLastFrameAndItsTheme() {
        // Given a headless terminal
        let terminal = HeadlessTerminal(size: TerminalSize(cols: 10, rows: 2))
        var buffer = Buffer(size: terminal.size)
        buffer.write("hello", row: 1, col: 2, role: .title)
        let theme = Theme(name: "t", title: "T", styles: [.body: Style()])
        // When a frame is presented
        terminal.present(Frame(buffer: buffer, cursor: Position(row: 1, col: 7)), theme: theme)
        // Then its text, cursor and theme are what a test reads back
        XCTAssertEqual(terminal.lines, ["", "  hello"])
        XCTAssertEqual(terminal.text, "\n  hello")
        XCTAssertEqual(terminal.frame.cursor, Position(row: 1, col: 7))
        XCTAssertEqual(terminal.theme.name, "t")
        XCTAssertEqual(terminal.presentCount, 1)
    }

    func testHandsOutQueuedEventsInOrderAndNeverBlocks() {
        // Given keys and a resize queued
        let terminal = HeadlessTerminal()
        terminal.send(.character("1"))
        terminal.resize(to: TerminalSize(cols: 40, rows: 12))
        terminal.send(.enter)
        // Then they come out in order, the size has changed, and an empty queue answers nil at once
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .key(.character("1")))
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .resized(TerminalSize(cols: 40, rows: 12)))
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: 5000), .key(.enter))
        XCTAssertNil(terminal.nextEvent(timeoutMilliseconds: nil))
        XCTAssertEqual(terminal.size, TerminalSize(cols: 40, rows: 12))
    }
}
