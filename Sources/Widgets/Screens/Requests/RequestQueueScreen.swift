import KioskCore

/// A department's queue for staff: the department, the filters in words each after the key that
/// changes it, and a table of the requests (oldest first) with a `!` on those awaiting an
/// answer; W opens a line to type the wing. A member of no department is told to ask an
/// administrator.
struct RequestQueueScreen {
    let state: AppState
    let queue: RequestQueueState

    static func hints(_ queue: RequestQueueState, _ catalog: Catalog) -> [KeyHint] {
        let back = KeyHint("Esc", catalog[.hintBack])
        if queue.departments.isEmpty { return [back] }
        if queue.wingDraft != nil { return [KeyHint("Enter", catalog[.hintApply]), KeyHint("Esc", catalog[.hintCancel])] }
        // The filter keys come last: the filter line shows them too, so a narrow bar may drop them.
        let hints = [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), back, KeyHint("S", catalog[.hintStatus]),
                     KeyHint("A", catalog[.hintAge]), KeyHint("W", catalog[.hintWing]), KeyHint("M", catalog[.hintMine])]
        return hints + (queue.departments.count > 1 ? [KeyHint("D", catalog[.hintDepartment])] : [])
    }

    static func statusFilter(_ filter: RequestQueueFilter.StatusFilter, _ catalog: Catalog) -> String {
        switch filter {
        case .open: catalog[.requestFilterOpen]
        case .new: RequestLines.status(.new, catalog)
        case .inProgress: RequestLines.status(.inProgress, catalog)
        case .approved: RequestLines.status(.approved, catalog)
        case .finished: catalog[.requestFilterFinished]
        case .all: catalog[.requestFilterAll]
        }
    }

    /// The filters as (key, words) pairs, in the order of the hints.
    private func filters() -> [(key: String, text: String)] {
        let catalog = state.catalog
        let filter = queue.filter
        let age = filter.olderThanDays == 0 ? catalog[.requestAgeAny]
            : catalog.text(.requestAgeOlder, ["days": String(filter.olderThanDays)])
        let wing = filter.wing.isEmpty ? catalog[.requestWingAll] : RequestLines.line(filter.wing)
        var pairs = [
            ("S", catalog.text(.requestFilterStatus, ["status": Self.statusFilter(filter.status, catalog)])),
            ("A", catalog.text(.requestFilterAge, ["age": age])),
            ("W", catalog.text(.requestFilterWing, ["wing": wing])),
            ("M", catalog.text(.requestFilterTakenBy, ["who": catalog[filter.assignee == nil ? .requestTakenByAnyone
                                                                                              : .requestTakenByMe]])),
        ]
        if queue.departments.count > 1 {
            pairs.append(("D", catalog.text(.requestDepartment, ["department": department])))
        }
        return pairs.map { (key: $0.0, text: $0.1) }
    }

    private var department: String { RequestLines.department(queue.filter.department, queue.catalog, state) }

    /// The filters packed on as few lines as the width allows, each whole when it fits.
    private func filterLines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var spans: [Span] = []
        var used = 0
        for (key, text) in filters() {
            let itemWidth = TextWidth.of(key) + 1 + TextWidth.of(text)
            if used > 0 && used + 3 + itemWidth > width {
                lines.append(StyledLine(spans))
                spans = []
                used = 0
            }
            if used > 0 { spans.append(Span("   ")); used += 3 }
            spans += [Span(key, .key), Span(" " + text)]
            used += itemWidth
        }
        if !spans.isEmpty { lines.append(StyledLine(spans)) }
        return lines
    }

    /// Draws the screen; returns the cursor while the wing is typed.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        guard !queue.departments.isEmpty else {
            buffer.write(TextLayout.truncate(catalog[.staffMenuRequests], width: area.cols), row: area.row, col: area.col, role: .title)
            SectionLines.drawText(catalog[.requestNoDepartment], role: .warning, in: &buffer,
                                  area: Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2)))
            return nil
        }
        buffer.write(TextLayout.truncate(catalog.text(.requestQueueTitle, ["department": department]), width: area.cols),
                     row: area.row, col: area.col, role: .title)
        var row = area.row + 1
        for line in filterLines(width: area.cols).prefix(3) where row < area.bottom {
            buffer.draw(line, row: row, col: area.col, width: area.cols)
            row += 1
        }
        var cursor: Position?
        if let draft = queue.wingDraft, row < area.bottom {
            let label = catalog[.requestWingField]
            let field = TextField(label: label, value: draft, capacity: 4, isFocused: true, marksFocus: false)
            cursor = buffer.draw(field.line(labelWidth: min(TextWidth.of(label), max(1, area.cols / 2))), row: row, col: area.col,
                                 width: area.cols)
            row += 1
        }
        if area.rows >= 12 { row += 1 }
        drawTable(in: &buffer, area: Rect(row: row, col: area.col, cols: area.cols, rows: max(0, area.bottom - row)))
        return cursor
    }

    private func drawTable(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        if let failure = queue.failure {
            SectionLines.drawText(SectionLines.failure(failure, catalog), role: .error, in: &buffer, area: area)
            return
        }
        guard let items = queue.items, !items.isEmpty else {
            let text = catalog[queue.items == nil ? .requestLoading : .requestQueueEmpty]
            SectionLines.drawText(text, role: .muted, in: &buffer, area: area)
            return
        }
        // The column of marks is there only when a request awaits an answer.
        let marks = items.contains(where: \.awaitsAnswer)
        let awaits = marks && area.rows > 3
        let header = [catalog[.requestColumnNumber], catalog[.requestColumnDays], catalog[.requestColumnWing],
                      catalog[.requestColumnPrisoner], catalog[.requestColumnService], catalog[.requestColumnStatus],
                      catalog[.requestColumnAssignee]]
        let rows = items.map { item in
            [String(item.id), String(RequestLines.days(since: item.sentAt, state)), RequestLines.line(item.requester.wing),
             RequestLines.line(item.requester.number), RequestLines.service(item.service, queue.catalog, state),
             RequestLines.status(item.status, catalog), item.assignee.map { RequestLines.line($0.name) } ?? catalog[.requestNobody]]
        }
        let table = marks
            ? StaffTable(header: [""] + header, rows: zip(items, rows).map { [$0.awaitsAnswer ? "!" : ""] + $1 }, flexible: 5)
            : StaffTable(header: header, rows: rows, flexible: 4)
        let selected = items.indices.contains(queue.selection) ? items[queue.selection] : nil
        let tableArea = Rect(row: area.row, col: area.col, cols: area.cols, rows: area.rows - (awaits ? 1 : 0))
        table.draw(selection: queue.selection, detail: selected.map(detail), in: &buffer, area: tableArea)
        if awaits {
            buffer.write(TextLayout.truncate(catalog[.requestAwaitsLegend], width: area.cols), row: area.bottom - 1, col: area.col,
                         role: .muted)
        }
    }

    /// The selected request in words, for a screen too narrow for every column.
    private func detail(_ item: QueuedRequest) -> String {
        let catalog = state.catalog
        var parts = [RequestLines.number(item.id, catalog), RequestLines.service(item.service, queue.catalog, state),
                     RequestLines.status(item.status, catalog), RequestLines.age(RequestLines.days(since: item.sentAt, state), catalog),
                     catalog.text(.requestRequester, ["name": RequestLines.line(item.requester.name),
                                                      "number": RequestLines.line(item.requester.number),
                                                      "cell": RequestLines.line(item.requester.cell)]),
                     item.assignee.map { catalog.text(.requestTakenBy, ["name": RequestLines.line($0.name)]) }
                         ?? catalog[.requestNotTaken]]
        if item.awaitsAnswer { parts.append(catalog[.requestAwaits]) }
        return parts.joined(separator: " · ")
    }
}
