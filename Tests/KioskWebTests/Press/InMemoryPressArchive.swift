import Foundation
import KioskCore

/// A `PressArchive` in memory for the press tests: keeps articles by key as the real store
/// does, remembers validators, records every call, and fails on demand.
///
/// Rules follow `PressRepository`: a key already kept counts as known whatever its date; a new
/// article published before `keepAfter` is too old; a key given twice in one call counts once.
final class InMemoryPressArchive: PressArchive, @unchecked Sendable {
    /// One call to `storeArticles`.
    struct StoreCall: Equatable {
        var source: String
        var drafts: [PressArticleDraft]
        var alreadyKept = 0
        var etag: String?
        var lastModified: String?
        var keepAfter: Date
        var at: Date
    }

    /// One call to `recordNotModified`.
    struct NotModifiedCall: Equatable {
        var source: String
        var etag: String?
        var lastModified: String?
        var at: Date
    }

    /// One call to `recordSyncFailure`.
    struct FailureCall: Equatable {
        var source: String
        var reason: String
        var at: Date
    }

    /// One call to `pruneArticles`.
    struct PruneCall: Equatable {
        var now: Date
        var defaultDays: Int
    }

    private let lock = NSLock()
    private var sources: [PressSyncSource]
    private var kept: [String: [PressArticleDraft]] = [:]
    private var stores: [StoreCall] = []
    private var notModifieds: [NotModifiedCall] = []
    private var failures: [FailureCall] = []
    private var prunes: [PruneCall] = []

    /// When set, `keptKeys` throws it.
    var keptKeysFailure: StoreFailure?
    /// When set, `syncSources` throws it.
    var listingFailure: StoreFailure?
    /// `storeArticles` throws the failure given for a source URL.
    var storeFailures: [String: StoreFailure] = [:]
    /// When set, `recordNotModified` throws it.
    var notModifiedFailure: StoreFailure?
    /// When set, `recordSyncFailure` throws it.
    var failureRecordingFailure: StoreFailure?
    /// What `pruneArticles` answers.
    var pruneAnswer: Result<Int, StoreFailure> = .success(0)

    init(sources: [PressSyncSource]) {
        self.sources = sources
    }

    // MARK: - What the tests read

    var storeCalls: [StoreCall] { lock.withLock { stores } }
    var notModifiedCalls: [NotModifiedCall] { lock.withLock { notModifieds } }
    var failureCalls: [FailureCall] { lock.withLock { failures } }
    var pruneCalls: [PruneCall] { lock.withLock { prunes } }

    /// The articles kept for a source, in the order they were first stored.
    func articles(of source: String) -> [PressArticleDraft] {
        lock.withLock { kept[source] ?? [] }
    }

    /// The article kept under `key` for a source.
    func article(_ key: String, of source: String) -> PressArticleDraft? {
        articles(of: source).first { $0.key == key }
    }

    /// The source as it would be listed now (validators included).
    func source(_ url: String) -> PressSyncSource? {
        lock.withLock { sources.first { $0.url == url } }
    }

    // MARK: - PressArchive

    func syncSources() throws(StoreFailure) -> [PressSyncSource] {
        if let listingFailure { throw listingFailure }
        return lock.withLock { sources }
    }

    func keptKeys(_ keys: [String], source: String) throws(StoreFailure) -> Set<String> {
        if let keptKeysFailure { throw keptKeysFailure }
        return lock.withLock {
            let list = kept[source] ?? []
            return Set(keys.filter { key in list.contains { $0.key == key } })
        }
    }

    func storeArticles(_ drafts: [PressArticleDraft], alreadyKept: Int, source: String, etag: String?,
                       lastModified: String?, keepAfter: Date, at: Date) throws(StoreFailure) -> PressStoreResult {
        let call = StoreCall(source: source, drafts: drafts, alreadyKept: alreadyKept, etag: etag,
                             lastModified: lastModified, keepAfter: keepAfter, at: at)
        lock.withLock { stores.append(call) }
        if let failure = storeFailures[source] { throw failure }
        return lock.withLock {
            var result = PressStoreResult(known: alreadyKept)
            var seen: Set<String> = []
            var list = kept[source] ?? []
            for draft in drafts where seen.insert(draft.key).inserted {
                if list.contains(where: { $0.key == draft.key }) {
                    result.known += 1
                } else if draft.published < keepAfter {
                    result.tooOld += 1
                } else {
                    list.append(draft)
                    result.added += 1
                }
            }
            kept[source] = list
            updateValidators(of: source, etag: etag, lastModified: lastModified)
            return result
        }
    }

    func recordNotModified(source: String, etag: String?, lastModified: String?, at: Date) throws(StoreFailure) {
        lock.withLock {
            notModifieds.append(NotModifiedCall(source: source, etag: etag, lastModified: lastModified, at: at))
        }
        if let notModifiedFailure { throw notModifiedFailure }
        lock.withLock {
            let current = sources.first { $0.url == source }
            updateValidators(of: source, etag: etag ?? current?.etag, lastModified: lastModified ?? current?.lastModified)
        }
    }

    func recordSyncFailure(source: String, reason: String, at: Date) throws(StoreFailure) {
        lock.withLock { failures.append(FailureCall(source: source, reason: reason, at: at)) }
        if let failureRecordingFailure { throw failureRecordingFailure }
    }

    func pruneArticles(now: Date, defaultDays: Int) throws(StoreFailure) -> Int {
        lock.withLock { prunes.append(PruneCall(now: now, defaultDays: defaultDays)) }
        return try pruneAnswer.get()
    }

    /// Call with the lock held.
    private func updateValidators(of source: String, etag: String?, lastModified: String?) {
        guard let index = sources.firstIndex(where: { $0.url == source }) else { return }
        sources[index].etag = etag
        sources[index].lastModified = lastModified
    }
}
