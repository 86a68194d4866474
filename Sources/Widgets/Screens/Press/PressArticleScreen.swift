import KioskCore

/// The article reader: title, where and when it was published, then the text, scrolled.
struct PressArticleScreen {
    let state: AppState
    let reader: PressArticleState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintScroll]), KeyHint("PgUp/PgDn", catalog[.hintPage]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// Lines above the text: the title (up to two lines) and the source line, then a blank.
    private func headerLines(width: Int) -> [String] {
        guard let article = reader.article else { return [] }
        return Array(TextLayout.wrap(article.title, width: width).prefix(2))
    }

    /// The text laid out for the area, and where it is drawn; nil while nothing is loaded.
    func text(area: Rect) -> (DocumentLayout, Rect)? {
        guard let article = reader.article, !area.isEmpty else { return nil }
        let top = headerLines(width: area.cols).count + 2
        let textArea = Rect(row: area.row + top, col: area.col, cols: area.cols, rows: max(0, area.rows - top))
        let catalog = state.catalog
        var appended: [Document.Block] = []
        if let link = article.link {
            appended += [.rule, .paragraph([.text(catalog.text(.pressOriginal, ["link": link]), [.emphasis])])]
        }
        appended.append(.paragraph([.text(catalog[.pressEndOfArticle], [.emphasis])]))
        let source = DocumentLayoutSource(
            title: article.title, body: article.document, unlinked: true, appended: appended, width: textArea.cols,
            labels: DocumentLayout.Labels(image: catalog[.documentImage], submit: catalog[.documentSubmit]))
        return (source.layout, textArea)
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        guard let article = reader.article else {
            let text: (String, Role) = if let failure = reader.failure {
                (SectionLines.failure(failure, catalog), .error)
            } else if reader.isMissing {
                (catalog[.pressArticleMissing], .warning)
            } else {
                (catalog[.pressLoading], .muted)
            }
            for (index, line) in TextLayout.wrap(text.0, width: area.cols).prefix(area.rows).enumerated() {
                buffer.write(line, row: area.row + index, col: area.col, role: text.1)
            }
            return
        }
        let title = headerLines(width: area.cols)
        for (index, line) in title.prefix(area.rows).enumerated() {
            buffer.write(line, row: area.row + index, col: area.col, role: .title)
        }
        var facts = article.sourceName + " · " + DateText.day(article.published, language: state.language, timeZone: state.settings.timeZone)
            + " " + DateText.time(article.published, language: state.language, timeZone: state.settings.timeZone)
        if let author = article.author { facts += " · " + catalog.text(.pressAuthor, ["author": author]) }
        if title.count < area.rows {
            buffer.write(TextLayout.truncate(facts, width: area.cols), row: area.row + title.count, col: area.col, role: .muted)
        }
        guard let (layout, textArea) = text(area: area), !textArea.isEmpty else { return }
        let view = DocumentView(layout: layout, offset: reader.offset)
        view.draw(in: &buffer, area: textArea)
        view.drawScrollMarks(in: &buffer, area: textArea)
    }

    /// What the core needs to scroll: the text's lines and the lines the view shows.
    func measure(area: Rect) -> PageMeasure? {
        guard let (layout, textArea) = text(area: area) else { return nil }
        return PageMeasure(lines: layout.lines.count, height: textArea.rows)
    }
}
