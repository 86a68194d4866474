extension Document {
    /// The same document with every link replaced by its text and forms left out: for reading
    /// offline, where a link leads nowhere, a form sends nothing, and a link number would only
    /// invite a key that does nothing.
    public var unlinked: Document {
        Document(title: title, blocks: blocks.compactMap(Self.unlinked))
    }

    private static func unlinked(_ block: Block) -> Block? {
        switch block {
        case .heading(let level, let inlines): .heading(level: level, unlinked(inlines))
        case .paragraph(let inlines): .paragraph(unlinked(inlines))
        case .list(let ordered, let items): .list(ordered: ordered, items: items.map { $0.compactMap(unlinked) })
        case .quote(let blocks): .quote(blocks.compactMap(unlinked))
        case .table(let rows): .table(rows: rows.map { $0.map(unlinked) })
        case .preformatted, .rule: block
        case .form: nil
        }
    }

    private static func unlinked(_ inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            if case .link(let content, _) = inline { return unlinked(content) }
            return [inline]
        }
    }
}
