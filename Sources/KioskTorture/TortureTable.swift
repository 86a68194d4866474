/// The table the suite ends with: one row per category and a total.
struct TortureTable {
    let results: [TortureResult]

    init(_ results: [TortureResult]) { self.results = results }

    var text: String {
        let header = ["category", "cases tried", "failures", "note"]
        var rows = results.map { [$0.category, String($0.tried), String($0.failed), $0.note] }
        rows.append(["total", String(results.reduce(0) { $0 + $1.tried }), String(results.reduce(0) { $0 + $1.failed }), ""])
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 1 || index == 2 ? String(repeating: " ", count: widths[index] - cell.count) + cell
                    : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.dropLast().map(line) + [rule, line(rows.last!)]).joined(separator: "\n")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
