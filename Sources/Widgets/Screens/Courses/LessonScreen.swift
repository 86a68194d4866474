import KioskCore

/// The lesson reader: the title, the text scrolled, and under it where the reader is and the
/// lesson the selected link opens.
struct LessonScreen {
    let state: AppState
    let lesson: LessonState

    static func hints(_ lesson: LessonState, _ catalog: Catalog) -> [KeyHint] {
        var hints = [KeyHint("↑↓", catalog[.hintScroll]), KeyHint("PgUp/PgDn", catalog[.hintPage])]
        if !lesson.links.isEmpty {
            hints += [KeyHint("Tab", catalog[.hintLink])]
            if lesson.selectedLink != nil { hints += [KeyHint("Enter", catalog[.hintOpen])] }
        }
        return hints + [KeyHint("Esc", catalog[.hintBack])]
    }

    /// The text laid out for the area, and where it is drawn.
    func text(area: Rect) -> (DocumentLayout, Rect) {
        let catalog = state.catalog
        let textArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 3))
        let source = DocumentLayoutSource(
            title: lesson.title, body: lesson.document, appended: [.paragraph([.text(catalog[.lessonEnd], [.emphasis])])],
            width: textArea.cols, labels: DocumentLayout.Labels(image: catalog[.documentImage], submit: catalog[.documentSubmit]))
        return (source.layout, textArea)
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        SectionLines.drawTitle(lesson.title, section: .courses, state, in: &buffer, area: area)
        let (layout, textArea) = text(area: area)
        guard !textArea.isEmpty else { return }
        let view = DocumentView(layout: layout, offset: lesson.offset, selectedLink: lesson.selectedLink)
        view.draw(in: &buffer, area: textArea)
        view.drawScrollMarks(in: &buffer, area: textArea)
        let first = view.visibleOffset(height: textArea.rows)
        // The footer: the lines in view, and what Enter opens (or what failed).
        let row = area.bottom - 1
        let last = min(first + textArea.rows, layout.lines.count)
        let position = catalog.text(.lessonPosition, ["first": String(first + 1), "last": String(last),
                                                      "lines": String(layout.lines.count)])
        let positionWidth = TextWidth.of(position)
        let room = positionWidth + 10 <= area.cols ? area.cols - positionWidth - 2 : area.cols
        if room < area.cols { buffer.write(position, row: row, col: area.right - positionWidth, role: .muted) }
        if let failure = lesson.failure {
            buffer.write(TextLayout.truncate(SectionLines.failure(failure, catalog), width: room), row: row, col: area.col, role: .error)
        } else if let index = lesson.selectedLink, lesson.links.indices.contains(index) {
            let text = ">\(index + 1)< " + catalog.text(.lessonLinkSelected, ["title": lesson.links[index].title])
            buffer.write(TextLayout.truncate(text, width: room), row: row, col: area.col, role: .selected)
        }
    }

    /// What the core needs to scroll: the text's lines and the lines the view shows.
    func measure(area: Rect) -> PageMeasure? {
        let (layout, textArea) = text(area: area)
        guard !textArea.isEmpty else { return nil }
        return PageMeasure(lines: layout.lines.count, height: textArea.rows)
    }
}
