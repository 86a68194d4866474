import KioskCore

/// Turns one feed item into the article the archive keeps: its body as a `Document`, a title
/// that is never empty.
///
/// The body is the item's full content when it has one, else its summary, else nothing. It is
/// converted like any web page (`HTMLDocumentConverter`), with the item's own link as the base
/// for relative links, or the feed's URL when the item has no link, which is what feed readers
/// do. The item's fields are already sanitised by the feed parser; the converter cleans the body.
struct PressArticleBuilder: Sendable {
    /// Longest title made from the first words of an article's text, in characters.
    static let maximumFallbackTitle = 80

    let converter: HTMLDocumentConverter
    /// Where the feed was fetched from (after redirects); nil when unknown.
    let feedURL: StrictURL?
    /// The source's language, for the last-resort title.
    let language: Language

    /// The article for `item`, keyed by its identity within the feed.
    func draft(_ item: FeedItem) -> PressArticleDraft {
        var document = body(of: item)
        let title = Self.title(item: item, document: document, language: language)
        document.title = title
        return PressArticleDraft(
            key: item.id, title: title, link: item.link, author: item.author, published: item.published,
            dateWasMissing: item.dateWasMissing, document: document)
    }

    /// The converted content, summary, or an empty document.
    private func body(of item: FeedItem) -> Document {
        guard let html = item.contentHTML ?? item.summaryHTML else { return Document() }
        return converter.convert(html: html, baseURL: baseURL(for: item))
    }

    /// The item's link when it parses, else the feed's URL.
    func baseURL(for item: FeedItem) -> StrictURL? {
        if let link = item.link, case .success(let url) = StrictURL.parse(link) { return url }
        return feedURL
    }

    // MARK: - Title

    /// The item's title; else the first words of its text; else its link; else "untitled".
    static func title(item: FeedItem, document: Document, language: Language) -> String {
        let written = TextSanitizer.singleLine.clean(item.title).trimming(.whitespaces)
        if !written.isEmpty { return written }
        let words = leadingWords(of: document.plainText, maximum: maximumFallbackTitle)
        if !words.isEmpty { return words }
        if let link = item.link {
            let shown = TextSanitizer.singleLine.clean(link)
            if !shown.isEmpty { return shown }
        }
        return untitled(language)
    }

    /// The first words of `text` on one line, at most `maximum` characters, `…` when cut.
    static func leadingWords(of text: String, maximum: Int) -> String {
        let words = TextSanitizer.singleLine.clean(text).split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            let candidate = result.isEmpty ? String(word) : result + " " + word
            guard candidate.count <= maximum else {
                if result.isEmpty { result = String(word.prefix(maximum)) }
                return result + "…"
            }
            result = candidate
        }
        return result
    }

    /// A title for an article with no title, no text and no link, in the source's language.
    static func untitled(_ language: Language) -> String {
        switch language {
        case .fr: "Article sans titre"
        case .nl: "Artikel zonder titel"
        case .de: "Artikel ohne Titel"
        case .en: "Untitled article"
        }
    }
}
