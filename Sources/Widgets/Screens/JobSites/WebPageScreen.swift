import KioskCore

/// The page reader: the page's title and address, the page scrolled with its numbered links and
/// form fields, and a last line for what is selected, typed or said. A refused, failed or
/// loading page is a plain page that says so in words.
struct WebPageScreen {
    let state: AppState
    let page: WebPageState

    static func hints(_ page: WebPageState, _ catalog: Catalog) -> [KeyHint] {
        switch page.mode {
        case .address:
            return [KeyHint("Enter", catalog[.hintGo]), KeyHint("Esc", catalog[.hintCancel])]
        case .find:
            return [KeyHint("Enter", catalog[.hintFind]), KeyHint("Esc", catalog[.hintCancel])]
        case .editing(_, let editor, _):
            return [KeyHint(editor.allowsNewlines ? "Tab" : "Enter", catalog[.hintKeep]), KeyHint("Esc", catalog[.hintCancel])]
        case .reading:
            break
        }
        if page.awaited != nil { return [KeyHint("Esc", catalog[.hintStartPage])] }
        var hints = [KeyHint("↑↓", catalog[.hintScroll])]
        if let document = page.page?.document, document.hasTargets {
            hints.append(KeyHint("Tab", catalog[.hintLink]))
        }
        var isChoosing = false
        if case .field(let address) = page.focus, let field = page.page?.document.field(at: address) {
            switch field.kind {
            case .text, .password, .textarea, .hidden: hints.append(KeyHint("Enter", catalog[.hintType]))
            case .checkbox: hints.append(KeyHint("Space", catalog[.hintTick]))
            case .select, .radio:
                hints.append(KeyHint("←→", catalog[.hintChoose]))
                isChoosing = true
            case .submit: hints.append(KeyHint("Enter", catalog[.hintSend]))
            }
        } else if case .link = page.focus {
            hints.append(KeyHint("Enter", catalog[.hintFollow]))
        }
        if !isChoosing { hints.append(KeyHint("←", catalog[.hintBack])) }
        hints += [KeyHint("Esc", catalog[.hintStartPage]), KeyHint("g", catalog[.hintAddress]), KeyHint("/", catalog[.hintFind]),
                  KeyHint("b", catalog[.hintBookmark]), KeyHint("r", catalog[.hintReload])]
        return hints
    }

    /// Rows above the text: the title, the address, and a blank row when the screen is tall.
    private func headerRows(_ area: Rect) -> Int {
        min(area.rows, area.rows >= 14 ? 3 : 2)
    }

    /// The text laid out for the area, and where it is drawn.
    func text(area: Rect) -> (DocumentLayout, Rect) {
        let (source, textArea) = laidOut(area: area)
        return (source.layout, textArea)
    }

    /// What is laid out for the area, and where it is drawn.
    private func laidOut(area: Rect) -> (source: DocumentLayoutSource, textArea: Rect) {
        let catalog = state.catalog
        let top = headerRows(area)
        let textArea = Rect(row: area.row + top, col: area.col, cols: area.cols, rows: max(0, area.rows - top - 1))
        let labels = DocumentLayout.Labels(image: catalog[.documentImage], submit: catalog[.documentSubmit])
        return (source(catalog, width: textArea.cols, labels: labels), textArea)
    }

    /// What the text area shows: the page and its end, or a page of words (the title row says
    /// whether the address was refused or failed).
    private func source(_ catalog: Catalog, width: Int, labels: DocumentLayout.Labels) -> DocumentLayoutSource {
        let note = { (text: String) in Document.Block.paragraph([.text(text, [.emphasis])]) }
        let words = { (blocks: [Document.Block]) in
            DocumentLayoutSource(title: "", body: Document(blocks: blocks), width: width, labels: labels)
        }
        switch page.current.load {
        case nil:
            return words([note(catalog.text(.webLoading, ["url": page.current.request.url]))])
        case .page(let shown):
            return DocumentLayoutSource(title: shown.title, body: shown.document, appended: [note(catalog[.webEndOfPage])],
                                        width: width, labels: labels)
        case .refused(_, let hop, let refusal):
            var blocks: [Document.Block] = [.paragraph([.text(WebPageWords.refusal(refusal, catalog))])]
            if hop > 0 {
                blocks.append(.paragraph([.text(catalog.text(.webRefusedHop, ["asked": page.current.request.url, "hop": String(hop)]))]))
            }
            return words(blocks + [note(catalog[.webGoBack])])
        case .failed(_, let failure):
            return words([.paragraph([.text(WebPageWords.failure(failure, catalog))]), note(catalog[.webGoBack])])
        }
    }

    /// The address the page is about: where it came from, or what was refused or failed.
    private var address: String {
        switch page.current.load {
        case nil: page.current.request.url
        case .page(let shown): shown.url
        case .refused(let url, _, _), .failed(let url, _): url
        }
    }

    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        let title: String = switch page.current.load {
        case .page(let shown) where !shown.title.isEmpty: shown.title
        case .refused: catalog[.webRefusedTitle]
        case .failed: catalog[.webFailedTitle]
        default: address
        }
        SectionLines.drawTitle(title, section: .jobSites, state, in: &buffer, area: area)
        if area.rows > 1 { drawAddress(in: &buffer, row: area.row + 1, area: area) }
        let (layout, textArea) = text(area: area)
        var offset = 0
        if !textArea.isEmpty {
            var view = DocumentView(layout: layout, offset: page.offset)
            switch page.focus {
            case .link(let index): view.selectedLink = index
            case .field(let field): view.selectedField = field
            case nil: break
            }
            view.draw(in: &buffer, area: textArea)
            offset = view.visibleOffset(height: textArea.rows)
            highlightMatches(layout, offset: offset, in: &buffer, area: textArea)
            view.drawScrollMarks(in: &buffer, area: textArea)
        }
        guard area.rows > 2 else { return nil }
        return drawFooter(layout, offset: offset, textRows: textArea.rows, in: &buffer, row: area.bottom - 1, area: area)
    }

    /// The address in the muted role, and "bookmarked" on its right when the page is kept.
    private func drawAddress(in buffer: inout Buffer, row: Int, area: Rect) {
        var badge = ""
        if let shown = page.page, state.isBookmarked(shown.url) { badge = "[" + state.catalog[.webBookmarked] + "]" }
        let badgeWidth = TextWidth.of(badge)
        let room = badgeWidth > 0 && badgeWidth + 10 <= area.cols ? area.cols - badgeWidth - 1 : area.cols
        buffer.write(TextLayout.truncate(address, width: room), row: row, col: area.col, role: .muted)
        if room < area.cols { buffer.write(badge, row: row, col: area.right - badgeWidth, role: .success) }
    }

    /// The text searched for, marked where it stands on the lines in view.
    private func highlightMatches(_ layout: DocumentLayout, offset: Int, in buffer: inout Buffer, area: Rect) {
        guard let query = page.find?.query, !query.isEmpty else { return }
        for row in 0..<area.rows {
            let index = offset + row
            guard index < layout.lines.count else { break }
            let text = layout.lines[index].text
            var searchStart = text.startIndex
            while let found = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<text.endIndex) {
                let col = TextWidth.of(String(text[..<found.lowerBound]))
                let width = TextWidth.of(String(text[found]))
                buffer.paint(Rect(row: area.row + row, col: area.col + col, cols: min(width, max(0, area.cols - col)), rows: 1),
                             role: .selected)
                searchStart = found.upperBound
            }
        }
    }

    /// The last line: what is typed, what a key did, what is selected, or where the reader is.
    private func drawFooter(_ layout: DocumentLayout, offset: Int, textRows: Int, in buffer: inout Buffer, row: Int,
                            area: Rect) -> Position? {
        let catalog = state.catalog
        switch page.mode {
        case .address(let editor):
            return EditorLine(label: catalog[.webAddressField], text: editor.text, cursor: editor.cursor)
                .draw(in: &buffer, row: row, col: area.col, width: area.cols)
        case .find(let editor):
            return EditorLine(label: catalog[.webFindField], text: editor.text, cursor: editor.cursor)
                .draw(in: &buffer, row: row, col: area.col, width: area.cols)
        case .editing(let address, let editor, _):
            let field = page.page?.document.field(at: address)
            let label = field.map { $0.label.isEmpty ? $0.name : $0.label } ?? ""
            let text = field?.kind == .password ? String(repeating: "*", count: editor.text.count) : editor.text
            return EditorLine(label: label, text: text, cursor: editor.cursor).draw(in: &buffer, row: row, col: area.col, width: area.cols)
        case .reading:
            break
        }
        let line: (String, Role)
        if let notice = page.notice {
            line = WebPageWords.notice(notice, catalog)
        } else if !page.typedNumber.isEmpty {
            line = (catalog.text(.webTypedNumber, ["number": page.typedNumber]), .title)
        } else if let focus = page.focus, let document = page.page?.document,
                  let words = WebPageWords.focus(focus, in: document, catalog) {
            line = (words, .selected)
        } else if let find = page.find, let current = find.current, let matches = page.measure.matches, !matches.isEmpty {
            line = (catalog.text(.webMatch, ["query": find.query, "current": String(current + 1), "count": String(matches.count)]), .muted)
        } else if page.page != nil, !layout.lines.isEmpty {
            let last = min(offset + textRows, layout.lines.count)
            line = (catalog.text(.lessonPosition, ["first": String(offset + 1), "last": String(last),
                                                   "lines": String(layout.lines.count)]), .muted)
        } else {
            return nil
        }
        buffer.write(TextLayout.truncate(line.0, width: area.cols), row: row, col: area.col, role: line.1)
        return nil
    }

    /// What the core needs: the text's lines, the lines in view, where each link and field
    /// stands, and the lines holding the text searched for.
    func measure(area: Rect) -> PageMeasure? {
        let (source, textArea) = laidOut(area: area)
        guard !textArea.isEmpty else { return nil }
        let layout = source.layout
        // Only a page has targets; the words shown for a refusal or a failure have none.
        let targets = page.page != nil ? source.targetLines : []
        let matches = page.find.map { layout.lines(containing: $0.query) }
        return PageMeasure(lines: layout.lines.count, height: textArea.rows, targets: targets, matches: matches)
    }
}
