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
