/// The table `make bench` prints: one row per case, with the goal and whether it was met.
struct BenchTable {
    let rows: [BenchRow]

    init(_ rows: [BenchRow]) { self.rows = rows }

    var text: String {
        let header = ["figure", "case", "kiosk", "peers", "goal", "met"]
        let cells = rows.map { row in
            [row.figure, row.measured, row.kiosk, row.peers, row.goal, row.met.map { $0 ? "yes" : "NO" } ?? "-"]
        }
        let widths = header.indices.map { column in ([header] + cells).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { index, cell in cell + String(repeating: " ", count: widths[index] - cell.count) }
                .joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let notes = rows.filter { !$0.note.isEmpty }.map { "\($0.figure), \($0.measured): \($0.note)" }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + cells.map(line) + notes)
            .joined(separator: "\n")
    }
}
