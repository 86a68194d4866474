import KioskCore
@testable import Widgets
import XCTest

final class BufferDiffTests: XCTestCase {
    func testOnlyTheCellsThatChangedAreListed() {
        // Given a frame on screen and the next one with two cells changed (text and role)
        let previous = Buffer(size: TerminalSize(cols: 4, rows: 2))
        var next = previous
        next.write("x", row: 0, col: 1, role: .body)
        next.paint(Rect(row: 1, col: 3, cols: 1, rows: 1), role: .title)
        // When they are compared
        let changed = BufferDiff.changedCells(from: previous, to: next)
        // Then exactly those two cells are listed, row by row
        XCTAssertEqual(changed, [1, 7])
    }

    func testEveryCellChangesWithoutAFrameOrAfterAResize() {
        // Given a 3x2 frame
        let next = Buffer(size: TerminalSize(cols: 3, rows: 2))
        // When there is no frame on screen, or one of another size
        // Then every cell is redrawn
        XCTAssertEqual(BufferDiff.changedCells(from: nil, to: next), Array(0..<6))
        XCTAssertEqual(BufferDiff.changedCells(from: Buffer(size: TerminalSize(cols: 2, rows: 3)), to: next), Array(0..<6))
    }

    func testTheSameFrameChangesNothing() {
        var buffer = Buffer(size: TerminalSize(cols: 5, rows: 1))
        buffer.write("héllo", row: 0, col: 0, role: .body)
        XCTAssertEqual(BufferDiff.changedCells(from: buffer, to: buffer), [])
    }
}
