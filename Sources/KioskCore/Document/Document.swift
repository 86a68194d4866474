/// A piece of rich text (a lesson, an article, a web page): a title and a list of blocks.
///
/// Every source of rich text becomes this one model and is drawn by one widget. Links are
/// numbered in document order, so "type 3 to follow link 3" works on any terminal; the number
/// of a link is its index in `links` plus one. Text in a document is already sanitised: the
/// converters that build documents clean what enters.
public struct Document: Equatable, Codable, Sendable {
    public var title: String
    public var blocks: [Block]

    /// Deepest nesting of quotes and lists a converter produces; deeper content is flattened.
    public static let maxNesting = 8

    public init(title: String = "", blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    /// Link targets in document order: the target of link number `n` is `links[n - 1]`.
    public var links: [String] {
        var targets: [String] = []
        for block in blocks { block.collectLinks(into: &targets) }
        return targets
    }

    /// The text of the body without markup, for search: one line per paragraph, heading, list
    /// item, table row and preformatted line. The title is not included.
    public var plainText: String {
        var lines: [String] = []
        for block in blocks { block.collectText(into: &lines) }
        return lines.joined(separator: "\n")
    }
}
