/// A form of layout blocks, `width` columns wide, centred across the area and a third of the
/// way down; returns where its cursor landed.
enum CentredForm {
    static func draw(_ blocks: [LayoutBlock], width: Int, in buffer: inout Buffer, area: Rect) -> Position? {
        let lines = LayoutBlock.fit(blocks, height: area.rows)
        let left = area.col + (area.cols - width) / 2
        let top = area.row + max(0, (area.rows - lines.count) / 3)
        var cursor: Position?
        for (index, line) in lines.enumerated() {
            if let position = buffer.draw(line, row: top + index, col: left, width: width) { cursor = position }
        }
        return cursor
    }
}
