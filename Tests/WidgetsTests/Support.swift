import KioskCore
@testable import Widgets
import XCTest

extension Date {
    /// 2026-03-02 09:00:00 Brussels.
    static let morning = Date(timeIntervalSince1970: 1_772_438_400)
}

extension Buffer {
    /// Runs of cells in a non-body role as `row col length role`, as screen snapshots list them.
    var roleRuns: [String] {
        var runs: [String] = []
        for row in 0..<size.rows {
            var col = 0
            while col < size.cols {
                let role = self[row, col].role
                var end = col
                while end < size.cols && self[row, end].role == role { end += 1 }
                if role != .body { runs.append("\(row) \(col) \(end - col) \(role.rawValue)") }
                col = end
            }
        }
        return runs
    }

    /// Columns on a row drawn in a role.
    func cols(in role: Role, row: Int) -> [Int] {
        (0..<size.cols).filter { self[row, $0].role == role }
    }
}

/// Asserts the buffer's rows equal the expected lines (trailing spaces trimmed).
func assertLines(_ buffer: Buffer, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(buffer.lines, expected, file: file, line: line)
}

/// The sizes every screen is drawn at: far too small, just below, at and above the minimum
/// (40x12), the standard 80x24 and a large terminal.
let everySize = [(1, 1), (2, 1), (10, 3), (39, 11), (40, 12), (41, 13), (80, 24), (200, 60)]
    .map { TerminalSize(cols: $0.0, rows: $0.1) }

/// Draws the state `make` gives for each of `everySize` and asserts the frame fills the
/// terminal exactly, keeps the cursor on it, and draws no line wider than it; the text
/// measure the runtime asks for is taken too (it must not trap either).
func assertFitsEverySize(_ label: String, file: StaticString = #filePath, line: UInt = #line,
                         _ make: (TerminalSize) -> AppState) {
    for size in everySize {
        let state = make(size)
        let frame = ScreenRenderer.render(state)
        XCTAssertEqual(frame.buffer.cells.count, size.cols * size.rows, "\(label) \(size)", file: file, line: line)
        if let cursor = frame.cursor {
            XCTAssertTrue(frame.buffer.contains(row: cursor.row, col: cursor.col), "\(label) \(size) cursor \(cursor)",
                          file: file, line: line)
        }
        for text in frame.buffer.lines {
            XCTAssertLessThanOrEqual(TextWidth.of(text), size.cols, "\(label) \(size)", file: file, line: line)
        }
        _ = ScreenRenderer.measure(state)
    }
}
