import KioskCore

/// A request as its department works it: who sent it (name, number, cell), its status,
/// department and who took it, then what was asked and the whole thread with internal notes
/// marked "internal note"; T, R, N, F, S and C open a panel at the bottom to take, reply, note,
/// forward, change the status or close, and the outcome of the last act stands under it.
struct StaffRequestScreen {
    let state: AppState
    let page: StaffRequestState

    /// Where each part goes on the screen.
    struct Parts {
        var document: Rect
        var panel: Rect?
        var outcome: Rect?
    }

    static func hints(_ page: StaffRequestState, _ catalog: Catalog) -> [KeyHint] {
        let back = KeyHint("Esc", catalog[.hintBack])
        if let composer = page.composer {
            if composer.isSending { return [] }
            let cancel = KeyHint("Esc", catalog[.hintCancel])
            let next = KeyHint("Tab", catalog[.hintNext])
            switch composer.focus {
            case .choice: return [KeyHint("←→", catalog[.hintChoose]), next, cancel]
            case .text: return [next, cancel]
            case .send: return [KeyHint("Enter", catalog[.hintSend]), next, cancel]
            }
        }
        guard let request = page.request else { return [back] }
        // The acts first: they are shown nowhere else, and a narrow bar drops hints from its end.
        var hints = [KeyHint("T", catalog[.hintTake]), KeyHint("R", catalog[.hintReply]), KeyHint("N", catalog[.hintNote])]
        if page.catalog.departments.contains(where: { $0.id != request.thread.department }) {
            hints.append(KeyHint("F", catalog[.hintForward]))
        }
        // Then the way back (the scroll marks already say the text scrolls).
        return hints + [KeyHint("S", catalog[.hintStatus]), KeyHint("C", catalog[.hintClose]), back,
                        KeyHint("↑↓", catalog[.hintScroll])]
    }

    /// Draws the screen; returns the cursor while a text is typed.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        guard let request = page.request, !page.isMissing else {
            let (text, role): (String, Role) = if page.isMissing {
                (catalog[.requestMissing], .warning)
            } else if case .failed(let failure) = page.outcome {
                (SectionLines.failure(failure, catalog), .error)
            } else {
                (catalog[.requestLoading], .muted)
            }
            buffer.write(TextLayout.truncate(RequestLines.number(page.id, catalog), width: area.cols), row: area.row, col: area.col,
                         role: .title)
            SectionLines.drawText(text, role: role, in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols,
                                                                          rows: max(0, area.rows - 2)))
            return nil
        }
        for (index, line) in header(request).prefix(min(headerRows(area), area.rows)).enumerated() {
            buffer.write(TextLayout.truncate(line.text, width: area.cols), row: area.row + index, col: area.col, role: line.role)
        }
        let parts = parts(area: area)
        if let (layout, _) = document(area: area), !parts.document.isEmpty {
            let view = DocumentView(layout: layout, offset: page.offset)
            view.draw(in: &buffer, area: parts.document)
            view.drawScrollMarks(in: &buffer, area: parts.document)
        }
        if let rect = parts.outcome {
            SaveOutcomeLine.draw(page.outcome, catalog, in: &buffer, row: rect.row, col: rect.col, width: rect.cols, maxRows: rect.rows)
        }
        guard let rect = parts.panel, let panel = panel() else { return nil }
        return panel.draw(in: &buffer, area: rect)
    }

    /// The title, who sent it, and where it stands.
    private func header(_ request: StaffRequestThread) -> [(text: String, role: Role)] {
        let catalog = state.catalog
        let summary = request.thread.summary
        let title = catalog.text(.requestThreadTitle, ["service": RequestLines.service(summary.service, page.catalog, state),
                                                       "number": String(summary.id)])
        let requester = catalog.text(.requestRequester, ["name": RequestLines.line(request.requester.name),
                                                         "number": RequestLines.line(request.requester.number),
                                                         "cell": RequestLines.line(request.requester.cell)])
        let standing = [catalog.text(.requestStatusLine, ["status": RequestLines.status(summary.status, catalog)]),
                        catalog.text(.requestDepartment, ["department": RequestLines.department(request.thread.department,
                                                                                                page.catalog, state)]),
                        request.assignee.map { catalog.text(.requestTakenBy, ["name": RequestLines.line($0.name)]) }
                            ?? catalog[.requestNotTaken]].joined(separator: " · ")
        return [(title, .title), (requester, .body), (standing, .body)]
    }

    /// The composer as it stands, nil while none is open.
    private func panel() -> RequestComposerPanel? {
        guard let composer = page.composer else { return nil }
        let catalog = state.catalog
        let focus: RequestComposerPanel.Focus = switch composer.focus {
        case .choice: .choice
        case .text: .text
        case .send: .send
        }
        var panel = RequestComposerPanel(title: "", editor: composer.editor, focus: focus, sendLabel: catalog[.requestSendButton])
        switch composer.kind {
        case .reply:
            panel.title = catalog[.requestComposerReply]
        case .note:
            panel.title = catalog[.requestComposerNote]
        case .forward:
            panel.title = catalog[.requestComposerForward]
            let target = composer.departments.indices.contains(composer.department) ? composer.departments[composer.department] : ""
            panel.choice = .init(label: catalog[.requestComposerTo], value: RequestLines.department(target, page.catalog, state))
            panel.textLabel = catalog[.requestComposerReason]
        case .status:
            panel.title = catalog[.requestComposerStatus]
            panel.choice = .init(label: catalog[.requestComposerNewStatus], value: RequestLines.status(composer.status, catalog))
            panel.textLabel = catalog[.requestComposerReason]
        }
        if composer.isSending { panel.note = catalog[.requestSending] }
        return panel
    }

    /// The request laid out for the area, and the rectangle it is drawn in; nil until it is loaded.
    func document(area: Rect) -> (DocumentLayout, Rect)? {
        guard let request = page.request, !page.isMissing else { return nil }
        let rect = parts(area: area).document
        let document = RequestDocument.request(request.thread, catalog: page.catalog, reader: .staff(request.requester), state)
        return (RequestDocument.layout(document, width: rect.cols, state.catalog), rect)
    }

    /// The lines of facts at the top: all three, or the title only while a panel is open on a
    /// short screen.
    private func headerRows(_ area: Rect) -> Int {
        page.composer != nil && area.rows < 14 ? 1 : 3
    }

    /// The facts at the top, then the thread; the outcome at the bottom, the panel over it.
    func parts(area: Rect) -> Parts {
        let top = min(area.rows, headerRows(area) + (area.rows >= 14 ? 1 : 0))
        var bottom = area.bottom
        var parts = Parts(document: Rect(row: 0, col: 0, cols: 0, rows: 0))
        let outcomeRows = min(SaveOutcomeLine.rows(page.outcome, state.catalog, width: area.cols, maxRows: 2),
                              max(0, area.rows - top - 1))
        if outcomeRows > 0 {
            bottom -= outcomeRows
            parts.outcome = Rect(row: bottom, col: area.col, cols: area.cols, rows: outcomeRows)
        }
        if let panel = panel() {
            let rows = min(panel.idealRows(width: area.cols), max(0, bottom - area.row - top))
            bottom -= rows
            parts.panel = Rect(row: bottom, col: area.col, cols: area.cols, rows: rows)
        }
        parts.document = Rect(row: area.row + top, col: area.col, cols: area.cols, rows: max(0, bottom - area.row - top))
        return parts
    }

    /// What the core needs to scroll: the thread's lines and the lines the view shows.
    func measure(area: Rect) -> PageMeasure? {
        guard let (layout, rect) = document(area: area), !rect.isEmpty else { return nil }
        return PageMeasure(lines: layout.lines.count, height: rect.rows)
    }
}
