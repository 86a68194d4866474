import KioskCore

/// The job sites' start page: the detainee's bookmarks, then the sites open to them under
/// their category, and a last line to type an address (`g`).
struct JobSitesScreen {
    let state: AppState
    let start: JobSitesState

    static func hints(_ start: JobSitesState, _ catalog: Catalog) -> [KeyHint] {
        if start.address != nil { return [KeyHint("Enter", catalog[.hintGo]), KeyHint("Esc", catalog[.hintCancel])] }
        var hints = [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("g", catalog[.hintAddress])]
        if case .bookmark = start.entries[safe: start.selection] { hints.append(KeyHint("b", catalog[.hintRemove])) }
        return hints + [KeyHint("Esc", catalog[.hintBack])]
    }

    /// One row of the list: a heading, or a line that opens (its index in `entries`).
    private struct Row {
        var text: String
        var detail: String = ""
        var entry: Int?
    }

    private func rows(_ catalog: Catalog) -> [Row] {
        var rows: [Row] = []
        var index = 0
        if let bookmarks = start.bookmarks, !bookmarks.isEmpty {
            rows.append(Row(text: catalog[.jobSitesBookmarks]))
            for bookmark in bookmarks {
                rows.append(Row(text: bookmark.title, detail: bookmark.url, entry: index))
                index += 1
            }
        }
        var category: SiteCategory?
        for site in start.sites ?? [] {
            if site.category != category {
                category = site.category
                rows.append(Row(text: catalog[Self.title(of: site.category)]))
            }
            rows.append(Row(text: site.name, entry: index))
            index += 1
        }
        return rows
    }

    static func title(of category: SiteCategory) -> MessageKey {
        switch category {
        case .jobs, .press: .jobSitesCategoryJobs
        case .training: .jobSitesCategoryTraining
        case .government: .jobSitesCategoryGovernment
        case .library: .jobSitesCategoryLibrary
        }
    }

    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.menuJobSites], section: .jobSites, state, in: &buffer, area: area)
        guard area.rows > 3 else { return nil }
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: area.rows - 4)
        let footer = area.bottom - 1
        if let failure = start.failure {
            SectionLines.drawText(SectionLines.failure(failure, catalog), role: .error, in: &buffer, area: listArea)
        } else if !start.isLoaded {
            SectionLines.drawText(catalog[.jobSitesLoading], role: .muted, in: &buffer, area: listArea)
        } else if start.entries.isEmpty {
            SectionLines.drawText(catalog[.jobSitesNone], role: .muted, in: &buffer, area: listArea)
        } else {
            drawList(rows(catalog), in: &buffer, area: listArea)
        }
        if let address = start.address {
            return EditorLine(label: catalog[.webAddressField], text: address.text, cursor: address.cursor)
                .draw(in: &buffer, row: footer, col: area.col, width: area.cols)
        }
        let (text, role) = start.notice.map { WebPageWords.notice($0, catalog) } ?? (catalog[.jobSitesHelp], .muted)
        buffer.write(TextLayout.truncate(text, width: area.cols), row: footer, col: area.col, role: role)
        return nil
    }

    /// Headings in the title role, lines under them; the selected line marked with `>`, and
    /// the list scrolled so it shows (with its heading when there is room).
    private func drawList(_ rows: [Row], in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let selected = rows.firstIndex { $0.entry == start.selection } ?? 0
        var first = 0
        if selected >= area.rows { first = selected - area.rows + 1 }
        for (line, index) in (first..<min(rows.count, first + area.rows)).enumerated() {
            let row = rows[index]
            let y = area.row + line
            guard let entry = row.entry else {
                buffer.write(TextLayout.truncate(row.text, width: area.cols), row: y, col: area.col, role: .title)
                continue
            }
            let isSelected = entry == start.selection
            let role: Role = isSelected ? .selected : .body
            buffer.fill(Rect(row: y, col: area.col, cols: area.cols, rows: 1), role: role)
            let label = TextLayout.truncate((isSelected ? "> " : "  ") + row.text, width: area.cols)
            var col = area.col + buffer.write(label, row: y, col: area.col, role: role)
            if !row.detail.isEmpty, col + 4 < area.right {
                col += buffer.write(" · ", row: y, col: col, role: role)
                buffer.write(TextLayout.truncate(row.detail, width: area.right - col), row: y, col: col,
                             role: isSelected ? .selected : .muted)
            }
        }
        if first > 0 { buffer.write("↑", row: area.row, col: area.right - 1, role: .muted) }
        if first + area.rows < rows.count { buffer.write("↓", row: area.bottom - 1, col: area.right - 1, role: .muted) }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
