import KioskCore

/// A service's form, one field a page ("Medical service — step 2 of 5"), then the review of
/// every answer, then sending: "Sending…", sent with the request's number, or not sent with why,
/// always saying the answers are kept and Enter tries again. Esc with answers given asks first.
struct RequestFormScreen {
    let state: AppState
    let form: RequestFormState

    static func hints(_ form: RequestFormState, _ catalog: Catalog) -> [KeyHint] {
        if form.isConfirmingLeave { return [KeyHint("Enter", catalog[.hintLeave]), KeyHint("Esc", catalog[.hintStay])] }
        switch form.phase {
        case .sending: return []
        case .sent: return [KeyHint("Enter", catalog[.hintBack])]
        case .editing, .notSent: break
        }
        let previous = form.step > 0 ? [KeyHint("Shift-Tab", catalog[.hintPrevious])] : []
        let cancel = KeyHint("Esc", catalog[.hintCancel])
        let next = KeyHint("Tab", catalog[.hintNext])
        guard form.inputs.indices.contains(form.step) else {
            let send = if case .notSent = form.phase { catalog[.hintTryAgain] } else { catalog[.hintSend] }
            return [KeyHint("Enter", send), KeyHint("↑↓", catalog[.hintScroll])] + previous + [cancel]
        }
        switch form.inputs[form.step] {
        case .text, .date:
            return [next] + previous + [cancel]
        case .choice:
            return [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Space", catalog[.hintChoose]), next] + previous + [cancel]
        case .choices:
            return [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Space", catalog[.hintTick]), next] + previous + [cancel]
        case .people(let people, _, _, nil):
            let move = people.isEmpty ? [] : [KeyHint("↑", catalog[.hintMove])]
            return [KeyHint("Enter", catalog[.hintAdd]), KeyHint("←→", catalog[.hintRelation]), next] + move + previous + [cancel]
        case .people:
            return [KeyHint("Del", catalog[.hintRemove]), KeyHint("↑↓", catalog[.hintMove]), next] + previous + [cancel]
        }
    }

    /// "Medical service — step 2 of 5"; the review is the last step.
    private var title: String {
        state.catalog.text(.requestFormTitle, ["service": RequestLines.line(form.service.title.text(in: state.language)),
                                               "step": String(min(form.step, form.service.fields.count) + 1),
                                               "steps": String(form.service.fields.count + 1)])
    }

    /// The area under the title.
    private func bodyArea(_ area: Rect) -> Rect {
        let top = min(area.rows, area.rows >= 12 ? 2 : 1)
        return Rect(row: area.row + top, col: area.col, cols: area.cols, rows: area.rows - top)
    }

    /// Draws the screen; returns the cursor while something is typed.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        var cursor: Position?
        if case .sent(let summary) = form.phase {
            SectionLines.drawTitle(RequestLines.line(form.service.title.text(in: state.language)), section: .requests, state,
                                   in: &buffer, area: area)
            drawSent(summary, in: &buffer, area: bodyArea(area))
            return nil
        }
        SectionLines.drawTitle(title, section: .requests, state, in: &buffer, area: area)
        let body = bodyArea(area)
        if form.isReviewing {
            drawReview(in: &buffer, area: area)
        } else if let field = form.field, form.inputs.indices.contains(form.step) {
            cursor = RequestFieldView(state: state, field: field, input: form.inputs[form.step], problem: form.problem)
                .draw(in: &buffer, area: body)
        }
        if form.isConfirmingLeave {
            Dialog(title: catalog[.confirmTitle], message: catalog[.requestLeaveConfirm]).draw(in: &buffer, area: area)
            cursor = nil
        }
        return cursor
    }

    /// "Request no. 12 to Medical service is sent and saved.", then how to go back.
    private func drawSent(_ summary: RequestSummary, in buffer: inout Buffer, area: Rect) {
        let catalog = state.catalog
        let service = RequestLines.line(form.service.title.text(in: state.language))
        let lines = TextLayout.wrap(catalog.text(.requestSentDone, ["number": String(summary.id), "service": service]), width: area.cols)
            .map { StyledLine($0, .success) }
        let back = TextLayout.wrap(catalog[.requestSentBack], width: area.cols).map { StyledLine($0, .muted) }
        for (index, line) in LayoutBlock.fit([LayoutBlock(lines), .spacer, LayoutBlock(back)], height: area.rows).enumerated() {
            buffer.draw(line, row: area.row + index, col: area.col, width: area.cols)
        }
    }

    // MARK: - The review

    /// What stands under the review: how to send, "Sending…", or why it was not sent.
    private func reviewFooter(width: Int) -> [StyledLine] {
        let catalog = state.catalog
        switch form.phase {
        case .sending:
            return [StyledLine(TextLayout.truncate(catalog[.requestSending], width: width), .muted)]
        case .notSent(let reason):
            let text = "! " + Self.words(reason, form.service, state) + " " + catalog[.requestNotSentKept]
            return Array(TextLayout.wrap(text, width: width).prefix(4)).map { StyledLine($0, .error) }
        case .editing, .sent:
            return Array(TextLayout.wrap(catalog[.requestReviewHelp], width: width).prefix(2)).map { StyledLine($0, .muted) }
        }
    }

    /// Why the request was not sent, in words.
    static func words(_ reason: RequestFormState.NotSentReason, _ service: ServiceDefinition, _ state: AppState) -> String {
        let catalog = state.catalog
        switch reason {
        case .failure(let failure): return SaveOutcomeLine.words(failure, catalog)
        case .limitReached(let open): return catalog.text(.requestNotSentLimit, ["number": String(open)])
        case .unknownService: return catalog[.requestNotSentService]
        case .invalid(let id):
            let label = service.field(id)?.label.text(in: state.language) ?? id
            return catalog.text(.requestNotSentInvalid, ["field": RequestLines.line(label)])
        }
    }

    /// The answers laid out for the area, and where they are drawn; nil off the review.
    func review(area: Rect) -> (DocumentLayout, Rect)? {
        guard form.isReviewing, !area.isEmpty else { return nil }
        if case .sent = form.phase { return nil }
        let body = bodyArea(area)
        let footer = reviewFooter(width: body.cols).count
        let gap = body.rows > footer + 4 ? 1 : 0
        let rect = Rect(row: body.row, col: body.col, cols: body.cols, rows: max(0, body.rows - footer - gap))
        let catalog = state.catalog
        let blocks = [Document.Block.heading(level: 2, [.text(catalog[.requestReviewTitle])])]
            + RequestDocument.asked(form.service, answers: form.answers, showsUnanswered: true, state)
        let document = Document(title: RequestLines.line(form.service.title.text(in: state.language)), blocks: blocks)
        return (RequestDocument.layout(document, width: rect.cols, catalog), rect)
    }

    private func drawReview(in buffer: inout Buffer, area: Rect) {
        guard let (layout, rect) = review(area: area) else { return }
        if !rect.isEmpty {
            let view = DocumentView(layout: layout, offset: form.reviewOffset)
            view.draw(in: &buffer, area: rect)
            view.drawScrollMarks(in: &buffer, area: rect)
        }
        let body = bodyArea(area)
        let footer = reviewFooter(width: body.cols)
        for (index, line) in footer.prefix(body.rows).enumerated() {
            buffer.draw(line, row: body.bottom - min(footer.count, body.rows) + index, col: body.col, width: body.cols)
        }
    }

    /// What the core needs to scroll the review: its lines and the lines the view shows.
    func measure(area: Rect) -> PageMeasure? {
        guard let (layout, rect) = review(area: area), !rect.isEmpty else { return nil }
        return PageMeasure(lines: layout.lines.count, height: rect.rows)
    }
}
