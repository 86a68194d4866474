import Foundation
import KioskCore

/// Keeps a feed read from a file as the articles of one listed source, exactly as a sync keeps
/// a fetched body: what `kiosk press import --source URL FILE` and the demo seed run.
///
/// The source's URL is the base for relative links. Nothing is fetched, nothing is pruned, and
/// a file that is not a feed is reported but not recorded as the source's sync failure (the
/// source itself did not fail). The articles are stored without validators, so the next sync
/// fetches the source in full rather than trusting a 304 for a state it never saw.
public struct PressFeedImport: Sendable {
    public let archive: any PressArchive
    public let parser: FeedParser
    public let converter: HTMLDocumentConverter
    /// Days articles are kept when the source names no retention of its own.
    public let defaultRetentionDays: Int
    /// The time of the import: stands in for missing dates; retention counts back from it.
    public let now: Date

    public init(
        archive: any PressArchive, parser: FeedParser = FeedParser(),
        converter: HTMLDocumentConverter = HTMLDocumentConverter(), defaultRetentionDays: Int, now: Date
    ) {
        self.archive = archive
        self.parser = parser
        self.converter = converter
        self.defaultRetentionDays = defaultRetentionDays
        self.now = now
    }

    /// Imports `data` for the enabled source listed under `sourceURL` (compared in normal form).
    public func run(_ data: Data, sourceURL: String) -> PressSourceReport {
        let sources: [PressSyncSource]
        do {
            sources = try archive.syncSources()
        } catch {
            return PressSourceReport(
                url: sourceURL, name: sourceURL,
                outcome: .failed("the press sources could not be read: \(PressFailureText.database(error))"))
        }
        let wanted = Self.normalForm(sourceURL)
        guard let source = sources.first(where: { Self.normalForm($0.url) == wanted }) else {
            let shown = PressFailureText.clean(sourceURL)
            return PressSourceReport(
                url: sourceURL, name: sourceURL, outcome: .failed("\(shown) is not an enabled press source"))
        }
        return run(data, for: source)
    }

    /// Imports `data` as the feed of `source`.
    public func run(_ data: Data, for source: PressSyncSource) -> PressSourceReport {
        let feedURL: StrictURL? = if case .success(let url) = StrictURL.parse(source.url) { url } else { nil }
        let keeper = PressFeedKeeper(
            archive: archive, parser: parser, converter: converter, defaultRetentionDays: defaultRetentionDays, now: now)
        switch keeper.keep(data, feedURL: feedURL, source: source, validators: .none) {
        case .success(let outcome): return PressSourceReport(source: source, outcome: outcome)
        case .failure(let failure): return PressSourceReport(source: source, outcome: .failed(failure.reason))
        }
    }

    /// The URL in normal form when it parses, else as written.
    private static func normalForm(_ url: String) -> String {
        if case .success(let parsed) = StrictURL.parse(url.trimmingCharacters(in: .whitespaces)) { return parsed.string }
        return url
    }
}
