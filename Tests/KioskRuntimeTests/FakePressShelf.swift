import Foundation
import KioskCore

/// A press shelf in memory: one newspaper, articles by id, and what was asked of it.
final class FakePressShelf: PressShelf, @unchecked Sendable {
    var articles: [PressArticle] = []
    var read: Set<Int64> = []
    /// The article held on each terminal.
    var held: [String: Int64] = [:]
    var failure: StoreFailure?

    private func summaries(allowed: Set<String>?) -> [PressArticleSummary] {
        articles.filter { allowed?.contains($0.sourceName) ?? true }.sorted { $0.published > $1.published }.map {
            PressArticleSummary(id: $0.id, sourceURL: $0.sourceURL, sourceName: $0.sourceName, title: $0.title,
                                published: $0.published, isRead: read.contains($0.id))
        }
    }

    func pressSources(detainee: AccountID, allowed: Set<String>?) throws(StoreFailure) -> [PressSourceSummary] {
        if let failure { throw failure }
        let lines = summaries(allowed: allowed)
        guard let first = articles.first, !lines.isEmpty else { return [] }
        return [PressSourceSummary(url: first.sourceURL, name: first.sourceName, language: first.language,
                                   articleCount: lines.count, unreadCount: lines.filter { !$0.isRead }.count,
                                   latest: lines.first?.published)]
    }

    func pressArticles(detainee: AccountID, source: String?, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary] {
        if let failure { throw failure }
        return Array(summaries(allowed: allowed).filter { source == nil || $0.sourceURL == source }.prefix(limit))
    }

    func searchPress(_ query: String, detainee: AccountID, allowed: Set<String>?, limit: Int) throws(StoreFailure)
        -> [PressArticleSummary] {
        if let failure { throw failure }
        return Array(summaries(allowed: allowed).filter { $0.title.localizedCaseInsensitiveContains(query) }.prefix(limit))
    }

    func openArticle(id: Int64, detainee: AccountID, allowed: Set<String>?, terminal: String, at: Date)
        throws(StoreFailure) -> PressArticle? {
        if let failure { throw failure }
        guard let article = articles.first(where: { $0.id == id }), allowed?.contains(article.sourceName) ?? true else {
            return nil
        }
        read.insert(id)
        held[terminal] = id
        return article
    }

    func closeArticle(terminal: String) throws(StoreFailure) {
        if let failure { throw failure }
        held[terminal] = nil
    }
}
