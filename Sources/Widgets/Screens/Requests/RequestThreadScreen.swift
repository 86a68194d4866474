import KioskCore

/// One of the detainee's requests: its service and number, its status in words, then what was
/// asked and every reply and change, scrolled; R opens a box at the bottom to write a reply.
struct RequestThreadScreen {
    let state: AppState
    let page: RequestThreadState

    /// Where each part goes on the screen.
    struct Parts {
        var document: Rect
        var panel: Rect?
        /// The line saying the reply was sent, or why the thread could not be read.
        var footer: Rect?
    }

    static func hints(_ page: RequestThreadState, _ catalog: Catalog) -> [KeyHint] {
        if page.isReplying, let reply = page.reply {
            if reply.isSending { return [] }
            let close = KeyHint("Esc", catalog[.hintClose])
            return reply.isOnSend ? [KeyHint("Enter", catalog[.hintSend]), KeyHint("Tab", catalog[.hintNext]), close]
                : [KeyHint("Tab", catalog[.hintNext]), close]
        }
        guard page.thread != nil, !page.isMissing else { return [KeyHint("Esc", catalog[.hintBack])] }
        let reply = page.canReply ? [KeyHint("R", catalog[.hintReply])] : []
        return [KeyHint("↑↓", catalog[.hintScroll])] + reply + [KeyHint("PgUp/PgDn", catalog[.hintPage]),
                                                               KeyHint("Esc", catalog[.hintBack])]
    }

    /// Draws the screen; returns the cursor while a reply is being typed.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        guard let thread = page.thread, !page.isMissing else {
            let (text, role): (String, Role) = if page.isMissing {
                (catalog[.requestMissing], .warning)
            } else if let failure = page.failure {
                (SectionLines.failure(failure, catalog), .error)
            } else {
                (catalog[.requestLoading], .muted)
            }
            SectionLines.drawTitle(catalog[.menuRequests], section: .requests, state, in: &buffer, area: area)
            SectionLines.drawText(text, role: role, in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols,
                                                                          rows: max(0, area.rows - 2)))
            return nil
        }
        let title = catalog.text(.requestThreadTitle, ["service": RequestLines.service(thread.summary.service, page.catalog, state),
                                                       "number": String(thread.summary.id)])
        SectionLines.drawTitle(title, section: .requests, state, in: &buffer, area: area)
        if area.rows > 1 {
            buffer.write(TextLayout.truncate(facts(thread), width: area.cols), row: area.row + 1, col: area.col, role: .body)
        }
        let parts = parts(area: area)
        if let (layout, _) = document(area: area), !parts.document.isEmpty {
            let view = DocumentView(layout: layout, offset: page.offset)
            view.draw(in: &buffer, area: parts.document)
            view.drawScrollMarks(in: &buffer, area: parts.document)
        }
        if let footer = parts.footer, let (text, role) = notice() {
            SectionLines.drawText(text, role: role, in: &buffer, area: footer)
        }
        guard let panelArea = parts.panel, let panel = panel() else { return nil }
        return panel.draw(in: &buffer, area: panelArea)
    }

    /// "Status: in progress · sent 2 Mar 2026 · Medical".
    private func facts(_ thread: RequestThread) -> String {
        let catalog = state.catalog
        return [catalog.text(.requestStatusLine, ["status": RequestLines.status(thread.summary.status, catalog)]),
                catalog.text(.requestSentOn, ["date": RequestLines.day(thread.summary.sentAt, state)]),
                RequestLines.department(thread.department, page.catalog, state)].joined(separator: " · ")
    }

    /// The reply box as it stands, nil while it is closed.
    private func panel() -> RequestComposerPanel? {
        guard page.isReplying, let reply = page.reply else { return nil }
        let catalog = state.catalog
        var panel = RequestComposerPanel(title: catalog[.requestReplyTitle], editor: reply.editor,
                                         focus: reply.isOnSend ? .send : .text, sendLabel: catalog[.requestSendButton])
        if reply.isSending {
            panel.note = catalog[.requestSending]
        } else if let failure = reply.failure {
            panel.note = "! " + catalog[.requestReplyNotSent] + " " + SaveOutcomeLine.words(failure, catalog)
            panel.noteRole = .error
        }
        return panel
    }

    /// What the footer says while the box is closed: the reply went through, or the store failed.
    private func notice() -> (String, Role)? {
        guard !page.isReplying else { return nil }
        if let failure = page.failure { return (SectionLines.failure(failure, state.catalog), .error) }
        return page.replySent ? (state.catalog[.requestReplySent], .success) : nil
    }

    /// The thread laid out for the area, and the rectangle it is drawn in; nil until it is loaded.
    func document(area: Rect) -> (DocumentLayout, Rect)? {
        guard let thread = page.thread, !page.isMissing else { return nil }
        let rect = parts(area: area).document
        let document = RequestDocument.request(thread, catalog: page.catalog, reader: .detainee, state)
        return (RequestDocument.layout(document, width: rect.cols, state.catalog), rect)
    }

    /// The title and facts at the top, the reply box or a notice at the bottom, the thread between.
    func parts(area: Rect) -> Parts {
        let top = min(area.rows, area.rows >= 12 ? 3 : 2)
        var bottom = area.bottom
        var parts = Parts(document: Rect(row: 0, col: 0, cols: 0, rows: 0))
        if let panel = panel() {
            let rows = min(panel.idealRows(width: area.cols), max(0, area.rows - top - 1))
            bottom -= rows
            parts.panel = Rect(row: bottom, col: area.col, cols: area.cols, rows: rows)
        } else if let (text, _) = notice() {
            let rows = min(2, TextLayout.wrap(text, width: area.cols).count, max(0, area.rows - top - 1))
            bottom -= rows
            parts.footer = Rect(row: bottom, col: area.col, cols: area.cols, rows: rows)
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
