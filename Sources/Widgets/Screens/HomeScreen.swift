import KioskCore

/// The home menu, with announcements beside it (or below it when narrow).
struct HomeScreen {
    let state: AppState
    let home: HomeState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]),
         KeyHint("1-\(HomeState.Item.allCases.count)", catalog[.hintOpen])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        let summary = state.session?.summary ?? .empty
        let name = state.session?.account.name ?? ""
        buffer.write(TextLayout.truncate(catalog.text(.homeGreeting, ["name": name]), width: area.cols), row: area.row,
                     col: area.col, role: .title)
        let items = HomeState.Item.allCases.enumerated().map { index, item in
            var badge: String?
            if let section = item.section, state.access(to: section) != .open {
                badge = catalog[.sectionClosedBadge]
            } else if let unread = item.section.flatMap({ summary.unread[$0] }), unread > 0 {
                badge = catalog.text(.homeUnread, ["count": String(unread)])
            }
            return MenuItem(catalog[item.title], shortcut: String(index + 1), badge: badge)
        }
        let (_, below) = area.splitTop(2)
        let menuWidth = min(below.cols, 36)
        let wide = below.cols >= menuWidth + 24
        let menuHeight = wide ? below.rows : min(below.rows, items.count)
        MenuList(items: items, selection: home.selection)
            .draw(in: &buffer, area: Rect(row: below.row, col: below.col, cols: menuWidth, rows: menuHeight))
        let news: Rect = wide
            ? Rect(row: below.row, col: below.col + menuWidth + 3, cols: below.cols - menuWidth - 3, rows: below.rows)
            : Rect(row: below.row + menuHeight + 1, col: below.col, cols: below.cols, rows: below.rows - menuHeight - 1)
        drawAnnouncements(summary.announcements, in: &buffer, area: news)
    }

    private func drawAnnouncements(_ announcements: [String], in buffer: inout Buffer, area: Rect) {
        guard area.rows >= 2, area.cols >= 10 else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.homeAnnouncements], width: area.cols), row: area.row, col: area.col, role: .title)
        var lines: [StyledLine] = []
        if announcements.isEmpty {
            lines.append(StyledLine(catalog[.homeNoAnnouncements], .muted))
        }
        for announcement in announcements {
            for (index, text) in TextLayout.wrap(announcement, width: area.cols - 2).enumerated() {
                lines.append(StyledLine((index == 0 ? "• " : "  ") + text))
            }
        }
        for (index, line) in lines.prefix(area.rows - 1).enumerated() {
            buffer.draw(line, row: area.row + 1 + index, col: area.col, width: area.cols)
        }
    }
}
