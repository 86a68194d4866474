import Foundation
import KioskCore

/// Reads a feed body and hands its articles to the archive: the steps a sync takes for a
/// fetched body and an import takes for a file, so both keep exactly the same thing.
struct PressFeedKeeper: Sendable {
    /// Why a body was not kept.
    enum Failure: Error, Equatable {
        /// The body is not a readable feed.
        case unreadable(FeedParseError)
        /// The archive refused the articles.
        case archive(StoreFailure)

        /// One line for the report.
        var reason: String {
            switch self {
            case .unreadable(let error): PressFailureText.parse(error)
            case .archive(let failure): PressFailureText.store(failure)
            }
        }
    }

    /// Seconds in a day of retention.
    static let secondsPerDay: TimeInterval = 86_400

    let archive: any PressArchive
    let parser: FeedParser
    let converter: HTMLDocumentConverter
    let defaultRetentionDays: Int
    /// The time of the sync: stands in for missing dates, and retention counts back from it.
    let now: Date

    /// Parses `body` (fetched from `feedURL`), converts every item the archive does not keep yet
    /// and stores them for `source` with `validators`, in one call to the archive.
    ///
    /// Items are converted on every core (`OrderedConcurrentMap`), in the feed's order. An item
    /// already kept is not converted: an hourly sync finds most of a feed kept. When the look-up
    /// fails every item is converted, and the archive's own check inside its transaction decides.
    func keep(
        _ body: Data, feedURL: StrictURL?, source: PressSyncSource, validators: CacheValidators
    ) -> Result<PressSourceReport.Outcome, Failure> {
        let feed: ParsedFeed
        do {
            feed = try parser.parse(body, feedURL: feedURL, fetchedAt: now)
        } catch {
            return .failure(.unreadable(error))
        }
        let kept = (try? archive.keptKeys(feed.items.map(\.id), source: source.url)) ?? []
        let fresh = feed.items.filter { !kept.contains($0.id) }
        let builder = PressArticleBuilder(converter: converter, feedURL: feedURL, language: source.language)
        let drafts = OrderedConcurrentMap.map(fresh) { builder.draft($0) }
        do {
            let result = try archive.storeArticles(
                drafts, alreadyKept: feed.items.count - fresh.count, source: source.url, etag: validators.etag,
                lastModified: validators.lastModified, keepAfter: keepAfter(for: source), at: now)
            return .success(.stored(result, duplicatesInFeed: feed.duplicateCount, format: feed.format))
        } catch {
            return .failure(.archive(error))
        }
    }

    /// Articles published before this are not kept: `now` less the source's retention (or the
    /// default; at least one day), counted in days of 24 hours, as the archive prunes.
    func keepAfter(for source: PressSyncSource) -> Date {
        let days = max(1, source.retentionDays ?? defaultRetentionDays)
        return now.addingTimeInterval(-Double(days) * Self.secondsPerDay)
    }
}
