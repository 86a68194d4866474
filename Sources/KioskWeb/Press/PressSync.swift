import Foundation
import KioskCore

/// Fetches every press source, keeps their new articles, and removes those past retention.
///
/// Sources are fetched one after another (decision 25), each with the ETag and Last-Modified
/// its last fetch left, so an unchanged feed costs a 304. For each source:
/// - a fetched body is parsed, every item converted into an article (`PressArticleBuilder`)
///   and handed to `PressArchive.storeArticles` with the page's new validators;
/// - a 304 is recorded with `recordNotModified`;
/// - a refusal, a failed fetch or a body that is not a feed is recorded with
///   `recordSyncFailure` and a one-line reason.
///
/// Nothing stops the run: a broken source, or an archive that refuses one source's articles,
/// is reported for that source and the next one is fetched. An archive failure is not also
/// recorded as the source's failure (the database just refused a write). At the end old
/// articles are pruned once. Only a failure to list the sources ends the run early.
public struct PressSync: Sendable {
    public let fetcher: any PageFetching
    public let archive: any PressArchive
    public let parser: FeedParser
    public let converter: HTMLDocumentConverter
    /// Days articles are kept when a source names no retention of its own.
    public let defaultRetentionDays: Int
    /// The time of the sync, passed to the archive and to the parser.
    public let now: Date

    public init(
        fetcher: any PageFetching, archive: any PressArchive, parser: FeedParser = FeedParser(),
        converter: HTMLDocumentConverter = HTMLDocumentConverter(), defaultRetentionDays: Int, now: Date
    ) {
        self.fetcher = fetcher
        self.archive = archive
        self.parser = parser
        self.converter = converter
        self.defaultRetentionDays = defaultRetentionDays
        self.now = now
    }

    /// Syncs every enabled source, then prunes; blocks until done (each fetch within its cap).
    public func run() -> PressSyncReport {
        let sources: [PressSyncSource]
        do {
            sources = try archive.syncSources()
        } catch {
            return PressSyncReport(sources: [], sourcesFailure: error)
        }
        let reports = sources.map(sync)
        do {
            let removed = try archive.pruneArticles(now: now, defaultDays: defaultRetentionDays)
            return PressSyncReport(sources: reports, removedByRetention: removed)
        } catch {
            return PressSyncReport(sources: reports, pruneFailure: error)
        }
    }

    /// Fetches and keeps one source.
    func sync(_ source: PressSyncSource) -> PressSourceReport {
        let sent = CacheValidators(etag: source.etag, lastModified: source.lastModified)
        let outcome = fetcher.fetch(source.url, validators: sent)
        switch outcome {
        case .fetched(let page):
            switch keeper.keep(page.body, feedURL: page.finalURL, source: source, validators: page.validators) {
            case .success(let stored):
                return PressSourceReport(source: source, outcome: stored)
            case .failure(.unreadable(let error)):
                return failed(source, reason: PressFailureText.parse(error))
            case .failure(.archive(let failure)):
                return PressSourceReport(source: source, outcome: .failed(PressFailureText.store(failure)))
            }
        case .notModified(_, let validators, _):
            do {
                try archive.recordNotModified(
                    source: source.url, etag: validators.etag, lastModified: validators.lastModified, at: now)
                return PressSourceReport(source: source, outcome: .notModified)
            } catch {
                return PressSourceReport(source: source, outcome: .failed(PressFailureText.notModified(error)))
            }
        case .refused, .failed:
            return failed(source, reason: PressFailureText.fetch(outcome))
        }
    }

    /// Records the reason with the source and reports it; says so when it could not be recorded.
    private func failed(_ source: PressSyncSource, reason: String) -> PressSourceReport {
        do {
            try archive.recordSyncFailure(source: source.url, reason: reason, at: now)
            return PressSourceReport(source: source, outcome: .failed(reason))
        } catch {
            let note = "\(reason) (not recorded: \(PressFailureText.database(error)))"
            return PressSourceReport(source: source, outcome: .failed(note))
        }
    }

    private var keeper: PressFeedKeeper {
        PressFeedKeeper(
            archive: archive, parser: parser, converter: converter, defaultRetentionDays: defaultRetentionDays, now: now)
    }
}
