import Widgets

/// The text of a snapshot file: header, screen rows and role runs (SCREEN-SCRIPTS.md).
///
/// ```
/// # 80x24 cursor 3,14
/// …exactly ROWS lines of screen text, trailing spaces trimmed…
/// --- roles
/// 0 0 80 title
/// ```
public enum ScreenSnapshot {
    /// The line that separates the screen rows from the role runs.
    public static let rolesMarker = "--- roles"

    /// A snapshot file split into its three parts.
    public struct Parts: Equatable, Sendable {
        /// `# COLSxROWS cursor ROW,COL` or `# COLSxROWS cursor hidden`.
        public var header: String
        public var lines: [String]
        /// `row col length role`, one per run.
        public var roles: [String]

        public init(header: String, lines: [String], roles: [String]) {
            self.header = header
            self.lines = lines
            self.roles = roles
        }
    }

    /// The whole snapshot file for a frame, ending with a newline.
    public static func text(of frame: Frame) -> String {
        let parts = self.parts(of: frame)
        return ([parts.header] + parts.lines + [rolesMarker] + parts.roles).joined(separator: "\n") + "\n"
    }

    /// The three parts of the snapshot of a frame.
    public static func parts(of frame: Frame) -> Parts {
        Parts(header: header(of: frame), lines: frame.buffer.lines, roles: roleRuns(of: frame.buffer))
    }

    /// `# COLSxROWS cursor ROW,COL`, or `… cursor hidden` without a cursor.
    public static func header(of frame: Frame) -> String {
        let cursor = frame.cursor.map { "\($0.row),\($0.col)" } ?? "hidden"
        return "# \(frame.buffer.size) cursor \(cursor)"
    }

    /// Maximal runs of cells in one non-`body` role on a row, as `row col length role`.
    ///
    /// A continuation cell belongs to the run of the wide character it completes, so lengths
    /// are in columns.
    public static func roleRuns(of buffer: Buffer) -> [String] {
        var runs: [String] = []
        for row in 0..<buffer.size.rows {
            var runStart = 0
            var runRole: Role? = nil
            for col in 0...buffer.size.cols {
                var role: Role? = nil
                if col < buffer.size.cols {
                    let cell = buffer[row, col]
                    role = cell.isContinuation && col > 0 ? runRole : cell.role
                }
                if col == buffer.size.cols || role != runRole {
                    if let finished = runRole, finished != .body, col > runStart {
                        runs.append("\(row) \(runStart) \(col - runStart) \(finished.rawValue)")
                    }
                    runStart = col
                    runRole = role
                }
            }
        }
        return runs
    }

    /// Splits a snapshot file into header, screen rows and role runs.
    ///
    /// The header's row count says where the screen ends, so a screen row that reads
    /// `--- roles` is still a row; a hand-edited file with the wrong count falls back to the
    /// last marker line.
    public static func parse(_ text: String) -> Parts {
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { return Parts(header: "", lines: [], roles: []) }
        let body = Array(lines.dropFirst())
        if let rows = rows(inHeader: header), rows <= body.count,
           rows == body.count || body[rows] == rolesMarker {
            return Parts(header: header, lines: Array(body[..<rows]), roles: Array(body.dropFirst(rows + 1)))
        }
        guard let marker = body.lastIndex(of: rolesMarker) else { return Parts(header: header, lines: body, roles: []) }
        return Parts(header: header, lines: Array(body[..<marker]), roles: Array(body[(marker + 1)...]))
    }

    /// Only the screen rows of a snapshot file (what pty mode, which has no roles, compares).
    public static func screenText(_ snapshotText: String) -> [String] {
        parse(snapshotText).lines
    }

    /// ROWS from `# COLSxROWS cursor …`.
    static func rows(inHeader header: String) -> Int? {
        let words = header.split(separator: " ")
        guard words.count >= 2, words[0] == "#" else { return nil }
        let sides = words[1].split(separator: "x")
        guard sides.count == 2 else { return nil }
        return Int(sides[1]).flatMap { $0 >= 0 ? $0 : nil }
    }
}
