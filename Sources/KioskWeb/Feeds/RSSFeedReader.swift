import Foundation

/// Reads RSS 2.0 (and 0.9x) and RSS 1.0 / 0.90 (RDF) documents into a draft.
///
/// Titles and descriptions are read as HTML, as RSS readers do: tags in an RSS title are
/// markup, escaped or not. `content:encoded`, `dc:date`, `dc:creator` and `dc:language` are
/// matched on their namespace URI whatever prefix the feed chose.
enum RSSFeedReader {
    /// A draft when `root` is an RSS document, else nil.
    static func read(_ root: FeedXMLElement) -> FeedDraft? {
        if root.namespace == FeedNamespace.none, root.name == "rss" {
            guard let channel = root.first(FeedNamespace.none, "channel") else {
                return FeedDraft(format: .rss2)
            }
            let items = channel.all(FeedNamespace.none, "item") + root.all(FeedNamespace.none, "item")
            return draft(.rss2, channel: channel, items: items, namespace: FeedNamespace.none)
        }
        if root.namespace == FeedNamespace.rdf, root.name == "RDF" {
            let namespace = root.first(FeedNamespace.rss090, "channel") != nil ? FeedNamespace.rss090 : FeedNamespace.rss1
            guard let channel = root.first(namespace, "channel") else { return FeedDraft(format: .rss1) }
            let items = root.all(namespace, "item") + channel.all(namespace, "item")
            return draft(.rss1, channel: channel, items: items, namespace: namespace)
        }
        return nil
    }

    private static func draft(
        _ format: ParsedFeed.Format, channel: FeedXMLElement, items: [FeedXMLElement], namespace: String
    ) -> FeedDraft {
        var draft = FeedDraft(format: format)
        draft.title = channel.first(namespace, "title").map { FeedDraftText(text: $0.text, kind: .html) }
        draft.link = channel.first(namespace, "link").map { FeedDraftLink(reference: $0.text, base: $0.base) }
        draft.language = (channel.first(namespace, "language") ?? channel.first(FeedNamespace.dublinCore, "language"))?.text
        draft.entries = items.map { entry($0, namespace: namespace) }
        return draft
    }

    private static func entry(_ item: FeedXMLElement, namespace: String) -> FeedEntryDraft {
        var entry = FeedEntryDraft()
        let guid = item.first(namespace, "guid")
        entry.id = nonBlank(guid?.text) ?? item.attribute("about", namespace: FeedNamespace.rdf)
        entry.title = item.first(namespace, "title").map { FeedDraftText(text: $0.text, kind: .html) }
        if let link = item.first(namespace, "link"), nonBlank(link.text) != nil {
            entry.link = FeedDraftLink(reference: link.text, base: link.base)
        } else if let guid, guid.attribute("isPermaLink")?.lowercased() != "false", let text = nonBlank(guid.text) {
            entry.link = FeedDraftLink(reference: text, base: nil)  // a permalink guid, if absolute
        }
        entry.date = nonBlank(item.first(namespace, "pubDate")?.text)
            ?? nonBlank(item.first(FeedNamespace.dublinCore, "date")?.text)
        entry.author = nonBlank(item.first(FeedNamespace.dublinCore, "creator")?.text)
            ?? nonBlank(item.first(namespace, "author")?.text).map(authorName)
        entry.summary = item.first(namespace, "description").map { FeedDraftText(text: $0.text, kind: .html) }
        entry.content = item.first(FeedNamespace.content, "encoded").map { FeedDraftText(text: $0.text, kind: .html) }
        return entry
    }

    /// `editor@example.org (Jeanne Dupont)` → `Jeanne Dupont`; anything else as written.
    private static func authorName(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return text }
        let name = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? text : name
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimming(.whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
