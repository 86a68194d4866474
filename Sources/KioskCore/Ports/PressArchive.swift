import Foundation

/// What the press sync needs from storage: the sources to fetch and a place to keep articles.
public protocol PressArchive: Sendable {
    /// The enabled feed sources, in name order, with what their last fetch left.
    func syncSources() throws(StoreFailure) -> [PressSyncSource]

    /// Which of `keys` are already kept for `source`: the sync converts only the other items.
    func keptKeys(_ keys: [String], source: String) throws(StoreFailure) -> Set<String>

    /// Keeps a source's new articles in one transaction with its fresh validators and the
    /// sync's outcome: articles whose key is already kept are left alone; articles published
    /// before `keepAfter` are not kept. `alreadyKept` counts the feed's items the caller found
    /// kept beforehand (`keptKeys`) and did not convert: they count as known in the result and
    /// in the outcome recorded.
    func storeArticles(_ drafts: [PressArticleDraft], alreadyKept: Int, source: String, etag: String?,
                       lastModified: String?, keepAfter: Date, at: Date) throws(StoreFailure) -> PressStoreResult

    /// Records that a source answered 304: its articles stand; validators are refreshed.
    func recordNotModified(source: String, etag: String?, lastModified: String?, at: Date) throws(StoreFailure)

    /// Records why a source could not be synced (one line, shown to staff); its articles stand.
    func recordSyncFailure(source: String, reason: String, at: Date) throws(StoreFailure)

    /// Deletes articles published more than their source's retention (or `defaultDays`) before
    /// `now`, and articles of sources no longer listed, except those held as being read.
    /// Returns how many were deleted.
    func pruneArticles(now: Date, defaultDays: Int) throws(StoreFailure) -> Int
}

extension PressArchive {
    /// `storeArticles` for drafts of every item of the feed.
    public func storeArticles(_ drafts: [PressArticleDraft], source: String, etag: String?, lastModified: String?,
                              keepAfter: Date, at: Date) throws(StoreFailure) -> PressStoreResult {
        try storeArticles(drafts, alreadyKept: 0, source: source, etag: etag, lastModified: lastModified,
                          keepAfter: keepAfter, at: at)
    }
}
