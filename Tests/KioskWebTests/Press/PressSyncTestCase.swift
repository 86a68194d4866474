import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Base of the press sync tests: the loopback server of `FetcherTestCase`, the demo feeds on it,
/// an in-memory archive, and the screen scripts' clock.
class PressSyncTestCase: FetcherTestCase {
    /// Monday 2 March 2026, 09:00 in Brussels.
    let now = Date(timeIntervalSince1970: 1_772_438_400)
    /// The retention a source gets when it names none.
    let defaultDays = 30

    /// The ETag the server gives a demo feed.
    func etag(_ feed: DemoFeed) -> String { "\"\(feed.path.dropFirst())-v1\"" }

    /// The Last-Modified the server gives every demo feed.
    let lastModified = "Sun, 01 Mar 2026 16:00:00 GMT"

    /// Serves a demo feed with an ETag and a Last-Modified, answering 304 to its own ETag.
    func serve(_ feed: DemoFeed, body: Data? = nil, etag: String? = nil) throws {
        let tag = etag ?? self.etag(feed)
        var route = LoopbackRoute(
            status: 200,
            headers: [("Content-Type", feed.contentType), ("ETag", tag), ("Last-Modified", lastModified)],
            body: Array(try body ?? feed.data()))
        route.notModifiedWhenETag = tag
        server.route(feed.path, route)
    }

    /// Serves every demo feed.
    func serveDemoFeeds() throws {
        for feed in DemoFeed.allCases { try serve(feed) }
    }

    /// The listed source for a demo feed served on loopback.
    func source(_ feed: DemoFeed, retentionDays: Int? = nil) -> PressSyncSource {
        PressSyncSource(url: server.url(feed.path), name: feed.name, language: feed.language,
                        retentionDays: retentionDays)
    }

    /// A listed source for another path on loopback.
    func source(_ path: String, name: String) -> PressSyncSource {
        PressSyncSource(url: server.url(path), name: name, language: .en)
    }

    /// An archive listing the three demo feeds (then `extra`).
    func demoArchive(_ extra: PressSyncSource...) -> InMemoryPressArchive {
        InMemoryPressArchive(sources: DemoFeed.allCases.map { source($0) } + extra)
    }

    /// A sync over `archive` through the real fetcher, allowing the loopback server only.
    func sync(_ archive: InMemoryPressArchive, limits: FetchLimits = FetchLimits(totalTime: 10)) throws -> PressSync {
        PressSync(fetcher: try fetcher(limits: limits), archive: archive, defaultRetentionDays: defaultDays, now: now)
    }

    /// `now` less whole days.
    func daysBefore(_ days: Int) -> Date {
        now.addingTimeInterval(-Double(days) * 86_400)
    }

    /// The report of the source at `url`.
    func sourceReport(_ report: PressSyncReport, _ url: String) throws -> PressSourceReport {
        try XCTUnwrap(report.sources.first { $0.url == url }, "no report for \(url)")
    }

    /// An absolute URL for a test.
    func url(_ text: String) -> StrictURL {
        guard case .success(let url) = StrictURL.parse(text) else { preconditionFailure("test URL must parse: \(text)") }
        return url
    }
}

/// Reading what a converted article holds.
enum ArticleProbe {
    /// The text of every heading, in order.
    static func headings(_ document: Document) -> [String] {
        document.blocks.compactMap {
            if case .heading(_, let inlines) = $0 { Document.Inline.plainText(inlines) } else { nil }
        }
    }

    /// For every top-level list: whether it is ordered, and the text of each item.
    static func lists(_ document: Document) -> [(ordered: Bool, items: [String])] {
        document.blocks.compactMap {
            guard case .list(let ordered, let items) = $0 else { return nil }
            return (ordered, items.map { Document(blocks: $0).plainText })
        }
    }

    /// Whether a top-level quote is there.
    static func hasQuote(_ document: Document) -> Bool {
        document.blocks.contains { if case .quote = $0 { true } else { false } }
    }
}
