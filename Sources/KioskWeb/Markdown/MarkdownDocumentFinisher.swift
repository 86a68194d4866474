import KioskCore

/// Makes the document the HTML converter built from a lesson's HTML into a lesson document.
///
/// Links are mapped by `MarkdownLinkTarget` (a link that may not stay becomes its text), forms
/// written as raw HTML are left out (a lesson submits nothing), and the title is the first
/// level-1 heading's text, or empty when there is none.
enum MarkdownDocumentFinisher {
    /// Longest title, in characters, as the HTML converter's titles.
    static let maxTitleLength = 200

    static func finish(_ document: Document) -> Document {
        let blocks = document.blocks.compactMap(finish)
        return Document(title: title(of: blocks), blocks: blocks)
    }

    /// The first level-1 heading as one line, spaces collapsed.
    static func title(of blocks: [Document.Block]) -> String {
        for case .heading(1, let inlines) in blocks {
            let words = Document.Inline.plainText(inlines).split(whereSeparator: \.isWhitespace)
            return String(words.joined(separator: " ").prefix(maxTitleLength))
        }
        return ""
    }

    private static func finish(_ block: Document.Block) -> Document.Block? {
        switch block {
        case .heading(let level, let inlines): .heading(level: level, finish(inlines))
        case .paragraph(let inlines): .paragraph(finish(inlines))
        case .list(let ordered, let items): .list(ordered: ordered, items: items.map { $0.compactMap(finish) })
        case .quote(let blocks): .quote(blocks.compactMap(finish))
        case .table(let rows): .table(rows: rows.map { $0.map(finish) })
        case .preformatted, .rule: block
        case .form: nil
        }
    }

    private static func finish(_ inlines: [Document.Inline]) -> [Document.Inline] {
        var result: [Document.Inline] = []
        for inline in inlines {
            guard case .link(let content, let target) = inline else {
                append(inline, to: &result)
                continue
            }
            let finished = finish(content)
            if let kept = MarkdownLinkTarget.target(target) {
                result.append(.link(finished, target: kept))
            } else {
                for piece in finished { append(piece, to: &result) }
            }
        }
        return result
    }

    /// Appends an inline, joining it to the text before it when both have the same style.
    private static func append(_ inline: Document.Inline, to inlines: inout [Document.Inline]) {
        if case .text(let text, let style) = inline, case .text(let previous, let previousStyle)? = inlines.last,
           style == previousStyle {
            inlines[inlines.count - 1] = .text(previous + text, style)
        } else {
            inlines.append(inline)
        }
    }
}
