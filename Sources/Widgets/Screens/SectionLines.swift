import KioskCore

/// What every section screen draws alike: its title with the minutes left today, and a list
/// or what stands in its place (loading, a store failure, what empty means).
enum SectionLines {
    /// The title, and on its right `right`, by default the minutes left today in `section`
    /// when it has a daily quota.
    static func drawTitle(_ title: String, section: Section, right: String? = nil, _ state: AppState,
                          in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var left = right ?? ""
        if right == nil, let minutes = SectionScreen.minutesLeft(in: section, state) {
            left = state.catalog.text(.sectionTimeLeft, ["minutes": String(minutes)])
        }
        let leftWidth = TextWidth.of(left)
        let room = leftWidth > 0 && leftWidth + 4 < area.cols ? area.cols - leftWidth - 2 : area.cols
        buffer.write(TextLayout.truncate(title, width: room), row: area.row, col: area.col, role: .title)
        if room < area.cols { buffer.write(left, row: area.row, col: area.right - leftWidth, role: .muted) }
    }

    /// Text wrapped from the top of the area, as many lines as fit.
    static func drawText(_ text: String, role: Role, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        for (index, line) in TextLayout.wrap(text, width: area.cols).prefix(area.rows).enumerated() {
            buffer.write(line, row: area.row + index, col: area.col, role: role)
        }
    }

    /// The store failure as the screen says it, marked with "!" so it reads without colour.
    static func failure(_ failure: StoreFailure, _ catalog: Catalog) -> String {
        "! " + SaveOutcomeLine.words(failure, catalog)
    }

    /// The items, or `loading` while they are nil, the failure, or `empty` for none.
    static func drawList(_ items: [MenuItem]?, selection: Int, empty: String, loading: String, failure: StoreFailure?,
                         _ catalog: Catalog, in buffer: inout Buffer, area: Rect) {
        drawList(count: items?.count, item: { items?[$0] ?? MenuItem("") }, selection: selection, empty: empty,
                 loading: loading, failure: failure, catalog, in: &buffer, area: area)
    }

    /// The same for `count` items (nil while loading) made by `item` only for those in view.
    static func drawList(count: Int?, item: (Int) -> MenuItem, selection: Int, empty: String, loading: String,
                         failure: StoreFailure?, _ catalog: Catalog, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        if let failure {
            drawText(Self.failure(failure, catalog), role: .error, in: &buffer, area: area)
        } else if let count, count > 0 {
            MenuList.draw(count: count, selection: selection, item: item, in: &buffer, area: area)
        } else {
            drawText(count == nil ? loading : empty, role: .muted, in: &buffer, area: area)
        }
    }
}
