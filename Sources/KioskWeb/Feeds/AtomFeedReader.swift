import Foundation

/// Reads Atom 1.0 documents into a draft, honouring `type="text|html|xhtml"` on text constructs.
enum AtomFeedReader {
    /// A draft when `root` is an Atom feed, else nil.
    static func read(_ root: FeedXMLElement) -> FeedDraft? {
        guard root.namespace == FeedNamespace.atom, root.name == "feed" else { return nil }
        var draft = FeedDraft(format: .atom)
        draft.title = root.first(FeedNamespace.atom, "title").map(text)
        draft.link = alternateLink(root)
        draft.language = root.language
        let feedAuthor = authorName(root)
        draft.entries = root.all(FeedNamespace.atom, "entry").map { entry($0, feedAuthor: feedAuthor) }
        return draft
    }

    private static func entry(_ element: FeedXMLElement, feedAuthor: String?) -> FeedEntryDraft {
        var entry = FeedEntryDraft()
        entry.id = nonBlank(element.first(FeedNamespace.atom, "id")?.text)
        entry.title = element.first(FeedNamespace.atom, "title").map(text)
        entry.link = alternateLink(element)
        entry.date = nonBlank(element.first(FeedNamespace.atom, "published")?.text)
            ?? nonBlank(element.first(FeedNamespace.atom, "updated")?.text)
        entry.author = authorName(element) ?? feedAuthor
        entry.summary = element.first(FeedNamespace.atom, "summary").map(text)
        if let content = element.first(FeedNamespace.atom, "content"), content.attribute("src") == nil {
            entry.content = contentText(content)
        }
        return entry
    }

    /// A text construct: `text` (default), `html`, or `xhtml` (a `div` of markup).
    private static func text(_ element: FeedXMLElement) -> FeedDraftText {
        switch element.attribute("type")?.lowercased() {
        case "html": FeedDraftText(text: element.text, kind: .html)
        case "xhtml": FeedDraftText(text: xhtmlMarkup(element), kind: .html)
        default: FeedDraftText(text: element.text, kind: .plain)
        }
    }

    /// `content` may also carry a MIME type: text types are read as text, others ignored.
    private static func contentText(_ element: FeedXMLElement) -> FeedDraftText? {
        let type = element.attribute("type")?.lowercased() ?? "text"
        if ["text", "html", "xhtml"].contains(type) { return text(element) }
        if type == "text/html" || type == "application/xhtml+xml" { return FeedDraftText(text: element.text, kind: .html) }
        if type.hasPrefix("text/") { return FeedDraftText(text: element.text, kind: .plain) }
        return nil
    }

    /// The inside of the wrapping xhtml `div`, or of the element when there is none.
    private static func xhtmlMarkup(_ element: FeedXMLElement) -> String {
        if let div = element.first(FeedNamespace.xhtml, "div") { return div.innerXML }
        return element.innerXML
    }

    /// The first `rel="alternate"` link (no rel means alternate), preferring HTML ones.
    private static func alternateLink(_ element: FeedXMLElement) -> FeedDraftLink? {
        let alternates = element.all(FeedNamespace.atom, "link").filter {
            ($0.attribute("rel") ?? "alternate").lowercased() == "alternate" && $0.attribute("href") != nil
        }
        let html = alternates.first { ($0.attribute("type") ?? "text/html").lowercased().contains("html") }
        guard let link = html ?? alternates.first, let href = link.attribute("href") else { return nil }
        return FeedDraftLink(reference: href, base: link.base)
    }

    private static func authorName(_ element: FeedXMLElement) -> String? {
        nonBlank(element.first(FeedNamespace.atom, "author")?.first(FeedNamespace.atom, "name")?.text)
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimming(.whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
