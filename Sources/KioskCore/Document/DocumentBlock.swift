extension Document {
    /// A block of a document: what stands on lines of its own, separated by a blank line.
    public enum Block: Equatable, Codable, Sendable {
        /// A heading, level 1 (most important) to 6.
        case heading(level: Int, [Inline])
        case paragraph([Inline])
        /// A bulleted or numbered list; each item is a list of blocks (which may hold lists).
        case list(ordered: Bool, items: [[Block]])
        case quote([Block])
        /// Text shown exactly as written, line by line: never wrapped, clipped at the edge.
        case preformatted(String)
        /// A horizontal line between sections.
        case rule
        /// A table as rows of cells, each cell a run of inlines.
        case table(rows: [[TableCell]])
        /// A form: its fields are modelled here; submitting is the browser's job.
        case form(Form)
    }

    /// One table cell: a run of inlines.
    public typealias TableCell = [Inline]
}

extension Document.Block {
    /// Appends the targets of the links in this block, in document order (outer link first).
    func collectLinks(into targets: inout [String]) {
        switch self {
        case .heading(_, let inlines), .paragraph(let inlines):
            Document.Inline.collectLinks(inlines, into: &targets)
        case .list(_, let items):
            for item in items { for block in item { block.collectLinks(into: &targets) } }
        case .quote(let blocks):
            for block in blocks { block.collectLinks(into: &targets) }
        case .table(let rows):
            for row in rows { for cell in row { Document.Inline.collectLinks(cell, into: &targets) } }
        case .preformatted, .rule, .form:
            break
        }
    }

    /// Appends the lines of plain text this block contributes.
    func collectText(into lines: inout [String]) {
        switch self {
        case .heading(_, let inlines), .paragraph(let inlines):
            lines.append(Document.Inline.plainText(inlines))
        case .list(_, let items):
            for item in items { for block in item { block.collectText(into: &lines) } }
        case .quote(let blocks):
            for block in blocks { block.collectText(into: &lines) }
        case .preformatted(let text):
            lines.append(text)
        case .table(let rows):
            for row in rows { lines.append(row.map(Document.Inline.plainText).joined(separator: "\t")) }
        case .form(let form):
            let labels = form.fields.filter(\.isVisible).map(\.label).filter { !$0.isEmpty }
            if !labels.isEmpty { lines.append(labels.joined(separator: " ")) }
        case .rule:
            break
        }
    }
}
