import KioskCore

/// Columns under a header, one selectable row per entry, as the staff course screens list
/// them: each column as wide as its widest cell. On a narrow screen the flexible column (a
/// title, a name) is narrowed first, then the last columns are left out whole, and the
/// selected entry is written out in words under the table, so a narrow screen hides nothing.
struct StaffTable {
    /// Spaces between two columns.
    static let gap = 2
    /// The narrowest the flexible column gets before columns are left out.
    static let minimumFlexible = 8
    /// Room MenuList keeps before each row for the selection marker ("> ").
    static let marker = 2
    /// Room kept after the last column, where MenuList draws its scroll arrows, when the rows
    /// may scroll.
    static let arrows = 1

    var header: [String]
    /// One cell per header column in each row.
    var rows: [[String]]
    /// The column that gives up room first; the columns after it are the ones left out.
    var flexible: Int

    /// The width of each column shown in rows of `width` columns (columns left out are not
    /// listed), and whether every cell is shown whole.
    func widths(fitting width: Int) -> (widths: [Int], fits: Bool) {
        let natural = header.indices.map { column in
            ([header] + rows).map { TextWidth.of($0[column]) }.max() ?? 0
        }
        func total(_ widths: [Int]) -> Int { widths.reduce(0, +) + Self.gap * max(0, widths.count - 1) }
        if total(natural) <= width { return (natural, true) }
        var widths = natural
        widths[flexible] = min(natural[flexible], Self.minimumFlexible)
        while total(widths) > width && widths.count > flexible + 1 { widths.removeLast() }
        // What the columns left out freed goes back to the flexible one.
        widths[flexible] = max(widths[flexible], min(natural[flexible], width - (total(widths) - widths[flexible])))
        return (widths, false)
    }

    /// The first `widths.count` cells padded to their columns (the last one is not), each cut
    /// with "…" to its width.
    static func line(_ cells: [String], widths: [Int]) -> String {
        var text = ""
        for (index, width) in widths.enumerated() {
            let shown = TextLayout.truncate(cells[index], width: width)
            text += shown
            if index < widths.count - 1 {
                text += String(repeating: " ", count: width - TextWidth.of(shown) + gap)
            }
        }
        return text
    }

    /// Draws the header and the rows from the top of `area`, then `detail` (the selected entry
    /// in words) under them when a row is not shown whole.
    func draw(selection: Int, detail: String?, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let room = area.rows - 1
        var (widths, fits) = widths(fitting: area.cols - Self.marker)
        if !fits || rows.count > room {
            // The rows will scroll: keep the column of the arrows free.
            (widths, fits) = self.widths(fitting: area.cols - Self.marker - Self.arrows)
        }
        let head = String(repeating: " ", count: Self.marker) + Self.line(header, widths: widths)
        buffer.write(TextLayout.truncate(head, width: area.cols), row: area.row, col: area.col, role: .muted)
        guard room > 0 else { return }
        let detailLines = fits ? [] : TextLayout.wrap(detail ?? "", width: area.cols)
        // The detail is kept whole when it can be, the rows scrolling in what is left; a blank
        // line parts them when there is room for it.
        let listRows = detailLines.isEmpty ? min(rows.count, room) : min(rows.count, max(1, room - detailLines.count - 1))
        let gap = room - listRows > detailLines.count ? 1 : 0
        MenuList(items: rows.map { MenuItem(Self.line($0, widths: widths)) }, selection: selection)
            .draw(in: &buffer, area: Rect(row: area.row + 1, col: area.col, cols: area.cols, rows: listRows))
        for (index, line) in detailLines.prefix(max(0, room - listRows - gap)).enumerated() {
            buffer.write(line, row: area.row + 1 + listRows + gap + index, col: area.col, role: .body)
        }
    }
}
