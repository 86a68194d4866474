import KioskCore

/// What one press sync came to: a report per source, the articles removed by retention, and
/// what went wrong with the archive itself.
///
/// `lines` renders it for the command line (`PressSyncReport+Lines.swift`); `hasFailures` is
/// what the command's exit status follows.
public struct PressSyncReport: Equatable, Sendable {
    /// One report per source, in the order the archive listed them.
    public var sources: [PressSourceReport]
    /// Why the list of sources could not be read; nothing was fetched or pruned then.
    public var sourcesFailure: StoreFailure?
    /// Articles deleted by retention after the sources were synced.
    public var removedByRetention: Int
    /// Why old articles could not be deleted, when the prune failed.
    public var pruneFailure: StoreFailure?

    public init(
        sources: [PressSourceReport], sourcesFailure: StoreFailure? = nil, removedByRetention: Int = 0,
        pruneFailure: StoreFailure? = nil
    ) {
        self.sources = sources
        self.sourcesFailure = sourcesFailure
        self.removedByRetention = removedByRetention
        self.pruneFailure = pruneFailure
    }

    /// Sources whose feed was read and stored.
    public var syncedCount: Int { sources.filter { $0.storeResult != nil }.count }
    /// Sources that answered "not modified".
    public var unchangedCount: Int { sources.filter { $0.outcome == .notModified }.count }
    /// Sources that failed.
    public var failedCount: Int { sources.filter(\.isFailure).count }
    /// Articles kept for the first time, all sources together.
    public var articlesAdded: Int { sources.compactMap(\.storeResult).reduce(0) { $0 + $1.added } }
    /// Articles read again that were already kept.
    public var articlesKnown: Int { sources.compactMap(\.storeResult).reduce(0) { $0 + $1.known } }
    /// Articles read but older than their source's retention, not kept.
    public var articlesTooOld: Int { sources.compactMap(\.storeResult).reduce(0) { $0 + $1.tooOld } }

    /// True when a source failed, the sources could not be listed, or old articles could not
    /// be removed: the command then exits with status 1.
    public var hasFailures: Bool {
        sourcesFailure != nil || pruneFailure != nil || sources.contains(where: \.isFailure)
    }
}
