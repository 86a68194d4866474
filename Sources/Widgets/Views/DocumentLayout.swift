import Foundation
import KioskCore

/// A document laid out for one width: the lines a `DocumentView` scrolls through.
///
/// Pure and computed once per document and width; the scroll offset and the selected link
/// live in the screen's state. Blocks are separated by a blank line; text wraps at spaces by
/// display width, and words wider than a line are cut. Headings are in the `title` role
/// (levels 1 and 2 underlined with `═` and `─`), list items start with `•` or their number,
/// quotes with `│`, preformatted lines are clipped with `…`, and every link is followed by its
/// number, `[n]`, in the `key` role. Each form field's box carries the field's address, so the
/// page reader can find, select and scroll to it.
public struct DocumentLayout: Equatable, Sendable {
    /// Words the layout writes itself, in the reader's language.
    public struct Labels: Equatable, Sendable {
        /// Written before an image's description: "[image: a map of the site]".
        public var image: String
        /// The text of a submit button that has none.
        public var submit: String

        public init(image: String, submit: String) {
            self.image = image
            self.submit = submit
        }

        public static let english = Labels(image: "image", submit: "Submit")
    }

    public let width: Int
    public let lines: [DocumentLine]
    /// How many links were numbered: `document.links.count` (0 when the width is 0).
    public let linkCount: Int

    public init(_ document: Document, width: Int, labels: Labels = .english) {
        var builder = DocumentLayoutBuilder(labels: labels)
        self.width = max(0, width)
        self.lines = width > 0 ? builder.blocks(document.blocks, width: width) : []
        self.linkCount = builder.linkCount
    }

    /// The first line on which a link (index in `Document.links`) appears.
    public func firstLine(ofLink link: Int) -> Int? {
        lines.firstIndex { $0.links.contains(link) }
    }

    /// The line on which a form field's box stands.
    public func firstLine(ofField field: Document.FieldAddress) -> Int? {
        lines.firstIndex { $0.fields.contains(field) }
    }

    /// The first line of each target (link or field), in the order given; 0 for one not laid out.
    public func lines(of targets: [Document.Target]) -> [Int] {
        var links: [Int: Int] = [:]
        var fields: [Document.FieldAddress: Int] = [:]
        for (index, line) in lines.enumerated().reversed() {
            for link in line.links { links[link] = index }
            for field in line.fields { fields[field] = index }
        }
        return targets.map { target in
            switch target {
            case .link(let link): links[link] ?? 0
            case .field(let field): fields[field] ?? 0
            }
        }
    }

    /// The lines whose text holds `query`, capitals and accents set aside.
    public func lines(containing query: String) -> [Int] {
        let query = query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        return lines.indices.filter { lines[$0].text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    /// The largest useful scroll offset for a view `height` lines high.
    public func maxOffset(height: Int) -> Int {
        max(0, lines.count - max(0, height))
    }
}

/// The walk over blocks behind `DocumentLayout`; numbers links in document order as it goes.
struct DocumentLayoutBuilder {
    let labels: DocumentLayout.Labels
    private(set) var linkCount = 0
    private(set) var formCount = 0

    init(labels: DocumentLayout.Labels) {
        self.labels = labels
    }

    /// Blocks one under the other, with a blank line between them.
    mutating func blocks(_ blocks: [Document.Block], width: Int) -> [DocumentLine] {
        var lines: [DocumentLine] = []
        for block in blocks {
            let blockLines = self.block(block, width: width)
            guard !blockLines.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines += blockLines
        }
        return lines
    }

    mutating func block(_ block: Document.Block, width: Int) -> [DocumentLine] {
        switch block {
        case .heading(let level, let inlines):
            var flow = DocumentFlow()
            add(inlines, to: &flow, role: .title)
            var lines = flow.lines(width: width)
            if level <= 2 {
                let underline = max(1, lines.map(\.width).max() ?? 1)
                lines.append(DocumentLine([DocumentSpan(String(repeating: level <= 1 ? "═" : "─", count: underline), .title)]))
            }
            return lines
        case .paragraph(let inlines):
            var flow = DocumentFlow()
            add(inlines, to: &flow, role: .body)
            let lines = flow.lines(width: width)
            return lines.allSatisfy { $0.spans.isEmpty } ? [] : lines
        case .list(let ordered, let items):
            return list(items, ordered: ordered, width: width)
        case .quote(let blocks):
            let bar = DocumentSpan("│ ", .border)
            guard width > 2 else { return self.blocks(blocks, width: width) }
            return Self.prefixed(self.blocks(blocks, width: width - 2), first: bar, rest: bar)
        case .preformatted(let text):
            return Self.preformatted(text, width: width)
        case .rule:
            return [DocumentLine([DocumentSpan(String(repeating: "─", count: width), .border)])]
        case .table(let rows):
            return table(rows, width: width)
        case .form(let form):
            let number = formCount
            formCount += 1
            return form.fields.enumerated().filter { $0.element.isVisible }.flatMap { index, field in
                self.field(for: field, address: Document.FieldAddress(form: number, field: index), width: width)
            }
        }
    }

    /// Adds inlines to a flow: strong text in the `title` role, links followed by their number.
    mutating func add(_ inlines: [Document.Inline], to flow: inout DocumentFlow, role: Role, link: Int? = nil) {
        for inline in inlines {
            switch inline {
            case .text(let text, let style):
                flow.append(text: text, role: style.contains(.strong) ? .title : role, link: link)
            case .link(let content, _):
                let index = linkCount
                linkCount += 1
                add(content, to: &flow, role: role, link: index)
                flow.appendGlued(DocumentSpan("[\(index + 1)]", .key, link: index, isLinkNumber: true))
            case .lineBreak:
                flow.lineBreak()
            case .image(let alt):
                flow.append(text: "[\(labels.image): \(alt)]", role: .muted, link: link)
            }
        }
    }

    /// Items under a bullet or a right-aligned number, continuation lines indented to match.
    private mutating func list(_ items: [[Document.Block]], ordered: Bool, width: Int) -> [DocumentLine] {
        let numberWidth = String(items.count).count
        var lines: [DocumentLine] = []
        for (index, item) in items.enumerated() {
            var marker = "• "
            if ordered {
                let number = String(index + 1)
                marker = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            }
            let markerWidth = TextWidth.of(marker)
            guard width > markerWidth else {
                lines += blocks(item, width: width)
                continue
            }
            var itemLines = blocks(item, width: width - markerWidth)
            if itemLines.isEmpty { itemLines = [.blank] }
            lines += Self.prefixed(itemLines, first: DocumentSpan(marker),
                                   rest: DocumentSpan(String(repeating: " ", count: markerWidth)))
        }
        return lines
    }

    /// Lines behind a prefix (`first` on the first line); a blank line gets no indent, only a bar.
    static func prefixed(_ lines: [DocumentLine], first: DocumentSpan, rest: DocumentSpan) -> [DocumentLine] {
        lines.enumerated().map { index, line in
            var line = line
            let prefix = index == 0 ? first : rest
            if !line.spans.isEmpty || prefix.text.contains(where: { $0 != " " }) { line.prepend(prefix) }
            return line
        }
    }

    /// Lines as written, tabs expanded to every 8th column, cut at the edge with `…`.
    static func preformatted(_ text: String, width: Int) -> [DocumentLine] {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows.map { row in
            var expanded = ""
            var column = 0
            for character in row {
                if character == "\t" {
                    let spaces = 8 - column % 8
                    expanded += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    expanded.append(character)
                    column += TextWidth.of(String(character))
                }
            }
            return DocumentLine([DocumentSpan(TextLayout.truncate(expanded, width: width))])
        }
    }
}

extension DocumentLayoutBuilder {
    /// Aligned columns separated by `│` when the table fits the width; otherwise one wrapped
    /// paragraph per row, its cells separated by `│`.
    mutating func table(_ rows: [[Document.TableCell]], width: Int) -> [DocumentLine] {
        var grid: [[[DocumentFlow.Word]]] = []
        for row in rows {
            grid.append(row.map { cell in
                var flow = DocumentFlow()
                add(cell, to: &flow, role: .body)
                return flow.words()
            })
        }
        let columns = grid.map(\.count).max() ?? 0
        guard columns > 0 else { return [] }
        func naturalWidth(_ words: [DocumentFlow.Word]) -> Int {
            words.reduce(0) { $0 + $1.width } + max(0, words.count - 1)
        }
        var columnWidths = Array(repeating: 0, count: columns)
        for row in grid {
            for (column, words) in row.enumerated() { columnWidths[column] = max(columnWidths[column], naturalWidth(words)) }
        }
        let separator = DocumentSpan(" │ ", .border)
        if columnWidths.reduce(0, +) + 3 * (columns - 1) <= width {
            return grid.map { row in
                var line = DocumentLine()
                for (column, words) in row.enumerated() {
                    if column > 0 {
                        line.append(DocumentSpan(String(repeating: " ", count: columnWidths[column - 1] - naturalWidth(row[column - 1]))))
                        line.append(separator)
                    }
                    for (index, word) in words.enumerated() {
                        if index > 0 { line.append(word.gap ?? DocumentSpan(" ")) }
                        for span in word.spans { line.append(span) }
                    }
                }
                return line
            }
        }
        return grid.flatMap { row in
            var words: [DocumentFlow.Word] = []
            for cell in row where !cell.isEmpty {
                if !words.isEmpty {
                    var bar = DocumentFlow.Word()
                    bar.append(DocumentSpan("│", .border))
                    words.append(bar)
                }
                var cell = cell
                cell[0].gap = nil
                words += cell
            }
            return DocumentFlow.wrap(words, width: width)
        }
    }

    /// A form field on its own line(s): label, then its box; boxes are in the `input` role and
    /// carry the field's address.
    func field(for field: Document.FormField, address: Document.FieldAddress? = nil, width: Int) -> [DocumentLine] {
        var flow = DocumentFlow()
        switch field.kind {
        case .checkbox, .radio:
            let mark = field.kind == .checkbox ? (field.isChecked ? "[x]" : "[ ]") : (field.isChecked ? "(•)" : "( )")
            flow.appendWord([DocumentSpan(mark, .input, field: address)])
            flow.append(text: field.label, role: .body)
        case .submit:
            let text = !field.label.isEmpty ? field.label : !field.value.isEmpty ? field.value : labels.submit
            flow.appendWord([DocumentSpan(TextLayout.truncate("[ " + text, width: max(1, width - 2)) + " ]", .input, field: address)])
        case .text, .password, .textarea, .select, .hidden:
            flow.append(text: field.label, role: .body)
            flow.appendWord([DocumentSpan(Self.box(for: field, width: width), .input, field: address)])
        }
        return flow.lines(width: width)
    }

    /// `[value      ]`, at least 12 columns inside when the width allows; passwords masked.
    static func box(for field: Document.FormField, width: Int) -> String {
        var content: String
        var suffix = ""
        switch field.kind {
        case .password:
            content = String(repeating: "*", count: field.value.count)
        case .select:
            content = (field.options.first { $0.value == field.value } ?? field.options.first)?.label ?? ""
            suffix = "▾"
        default:
            content = field.value.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        let inner = max(1, min(width - 2 - suffix.count, max(12, TextWidth.of(content))))
        content = TextLayout.truncate(content, width: inner)
        content += String(repeating: " ", count: max(0, inner - TextWidth.of(content)))
        return "[" + content + suffix + "]"
    }
}
