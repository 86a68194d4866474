import Foundation

/// What the detainee's press screens need from storage: the sources, articles, search and
/// read marks of one detainee.
///
/// `allowed` is the detainee's access profile applied by the core: the names of the sources
/// they may read, or nil for every source. Nothing outside it is ever returned.
public protocol PressShelf: Sendable {
    /// Sources with at least one kept article, by name, with counts for the detainee.
    func pressSources(detainee: AccountID, allowed: Set<String>?) throws(StoreFailure) -> [PressSourceSummary]

    /// Articles newest first, of one source (its URL) or of every allowed source (nil), at most `limit`.
    func pressArticles(detainee: AccountID, source: String?, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary]

    /// Articles matching every word of `query` in title or text, accents and case ignored,
    /// best match first, at most `limit`. Words are matched as prefixes; `query` is typed text,
    /// never search syntax.
    func searchPress(_ query: String, detainee: AccountID, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary]

    /// Opens an article: returns it, marks it read for the detainee and holds it as being read
    /// on `terminal` (retention never deletes it while held). Nil when it is gone or not allowed.
    func openArticle(id: Int64, detainee: AccountID, allowed: Set<String>?, terminal: String, at: Date)
        throws(StoreFailure) -> PressArticle?

    /// Releases the article held as being read on `terminal`, if any.
    func closeArticle(terminal: String) throws(StoreFailure)
}
