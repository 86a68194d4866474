import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Sources that cannot be synced, and an archive that refuses: each is reported and recorded
/// with its reason while the other sources of the same run are kept.
final class PressSyncFailureTests: PressSyncTestCase {
    func testBrokenSourcesFailWithTheirReasonsWhileTheGoodOnesAreStored() throws {
        // Given the three demo feeds and, between them, a silent source, a 404, a redirect to a
        // host no rule names, a body past the size cap and a feed that is not well-formed
        try serveDemoFeeds()
        let other = try LoopbackHTTPServer(routes: ["/feed.xml": .ok(FeedFixtures.rss(items: ""))])
        defer { other.stop() }
        let away = other.url("/feed.xml", host: "elsewhere.localhost")
        server.route("/silent.xml", LoopbackRoute(neverAnswers: true))
        server.route("/gone.xml", .status(404))
        server.route("/moved.xml", .redirect(302, to: away))
        server.route("/huge.xml", .large(150_000))
        server.route("/broken.xml", .ok(FeedFixtures.malformed))
        let archive = InMemoryPressArchive(sources: [
            source(.quartier),
            source("/silent.xml", name: "Silent feed"),
            source("/gone.xml", name: "Gone feed"),
            source(.wijkkrant),
            source("/moved.xml", name: "Moved feed"),
            source("/huge.xml", name: "Huge feed"),
            source("/broken.xml", name: "Broken feed"),
            source(.courier),
        ])
        // When the sync runs with a 2 s time cap (ample for a loopback answer) and a 100 kB size cap
        let report = try sync(archive, limits: FetchLimits(totalTime: 2, maximumBodyBytes: 100_000)).run()
        // Then each broken source fails with what went wrong and why
        XCTAssertEqual(try sourceReport(report, server.url("/silent.xml")).failureReason,
                       "timed out: no complete answer within 2 s")
        XCTAssertEqual(try sourceReport(report, server.url("/gone.xml")).failureReason,
                       "the server answered HTTP 404 (not found)")
        XCTAssertEqual(try sourceReport(report, server.url("/moved.xml")).failureReason,
                       "redirect 1 to \(away) refused: no rule allows elsewhere.localhost/feed.xml")
        XCTAssertEqual(try sourceReport(report, server.url("/huge.xml")).failureReason, "too large: more than 100 kB")
        let broken = try XCTUnwrap(try sourceReport(report, server.url("/broken.xml")).failureReason)
        XCTAssertTrue(broken.hasPrefix("not a feed: line 5, column "), broken)
        XCTAssertTrue(broken.hasSuffix("not well-formed XML: an end tag that does not match its start tag"), broken)
        // And each reason is recorded with its source, at the sync's time
        XCTAssertEqual(archive.failureCalls.map(\.source), ["/silent.xml", "/gone.xml", "/moved.xml", "/huge.xml", "/broken.xml"].map { server.url($0) })
        XCTAssertEqual(archive.failureCalls.map(\.reason), report.sources.compactMap(\.failureReason))
        XCTAssertTrue(archive.failureCalls.allSatisfy { $0.at == now })
        // And the other site was never asked
        XCTAssertEqual(other.requests.count, 0)
        // And the good sources, before, between and after them, are all stored
        XCTAssertEqual(report.sources.compactMap(\.storeResult), [
            PressStoreResult(added: 6), PressStoreResult(added: 5), PressStoreResult(added: 5),
        ])
        XCTAssertEqual(archive.storeCalls.map(\.source), DemoFeed.allCases.map { server.url($0.path) })
        // And the report says it all, and fails
        XCTAssertTrue(report.hasFailures)
        XCTAssertEqual(report.lines, [
            "ok      Le Journal du Quartier   6 new",
            "error   Silent feed              timed out: no complete answer within 2 s",
            "error   Gone feed                the server answered HTTP 404 (not found)",
            "ok      De Wijkkrant             5 new",
            "error   Moved feed               redirect 1 to \(away) refused: no rule allows elsewhere.localhost/feed.xml",
            "error   Huge feed                too large: more than 100 kB",
            "error   Broken feed              \(broken)",
            "ok      The Workshop Courier     5 new",
            "8 sources: 3 synced, 0 unchanged, 5 failed; 16 articles added, 0 removed by retention",
        ])
        XCTAssertEqual(archive.pruneCalls.count, 1)
    }

    func testAPageThatIsNotAFeedSaysWhatItIs() throws {
        // Given a source that answers with a web page
        server.route("/page", .ok("<html><body>Welcome</body></html>", type: "text/html"))
        let archive = InMemoryPressArchive(sources: [source("/page", name: "Portal")])
        // When it is synced
        let report = try sync(archive).run()
        // Then it fails as not a feed, naming the document
        XCTAssertEqual(report.sources.first?.failureReason, "not an RSS or Atom feed (the document is 'html')")
        XCTAssertEqual(archive.storeCalls.count, 0)
    }

    func testASourceTheRulesDoNotAllowIsRefusedWithoutARequest() throws {
        // Given a source on a host no rule names
        let archive = InMemoryPressArchive(sources: [
            PressSyncSource(url: server.url("/feed.xml", host: "elsewhere.localhost"), name: "Elsewhere", language: .fr),
        ])
        // When it is synced
        let report = try sync(archive).run()
        // Then it is refused before anything is sent
        XCTAssertEqual(report.sources.first?.failureReason, "refused: no rule allows elsewhere.localhost/feed.xml")
        XCTAssertEqual(server.requests.count, 0)
    }

    func testAStoreFailureForOneSourceIsReportedAndTheSyncGoesOn() throws {
        // Given the demo feeds and an archive that cannot write the Dutch source's articles
        try serveDemoFeeds()
        let archive = demoArchive()
        archive.storeFailures[server.url("/wijkkrant.atom")] = .notWritable
        // When the sync runs
        let report = try sync(archive).run()
        // Then that source fails with the database's reason, and the next source is still stored
        XCTAssertEqual(report.sources.map(\.outcome), [
            .stored(PressStoreResult(added: 6), duplicatesInFeed: 0, format: .rss2),
            .failed("could not keep the articles: the database is full or read-only, nothing was written"),
            .stored(PressStoreResult(added: 5), duplicatesInFeed: 0, format: .rss1),
        ])
        // And no second write is tried for it, and the prune still runs
        XCTAssertEqual(archive.failureCalls, [])
        XCTAssertEqual(archive.pruneCalls.count, 1)
        XCTAssertTrue(report.hasFailures)
    }

    func testAFailureThatCannotBeRecordedSaysSo() throws {
        // Given a 404 and an archive that cannot record failures
        server.route("/gone.xml", .status(404))
        let archive = InMemoryPressArchive(sources: [source("/gone.xml", name: "Gone feed")])
        archive.failureRecordingFailure = .unavailable
        // When it is synced
        let report = try sync(archive).run()
        // Then the reason is reported with a note that it was not recorded
        XCTAssertEqual(report.sources.first?.failureReason,
                       "the server answered HTTP 404 (not found) (not recorded: the database could not be read or is damaged)")
        XCTAssertEqual(archive.failureCalls.count, 1)
    }

    func testANotModifiedThatCannotBeRecordedFails() throws {
        // Given a source already synced, and an archive that now refuses to record a 304
        try serve(.courier)
        let archive = InMemoryPressArchive(sources: [source(.courier)])
        _ = try sync(archive).run()
        archive.notModifiedFailure = .notWritable
        // When it is synced again
        let report = try sync(archive).run()
        // Then the source fails with what could not be done
        XCTAssertEqual(report.sources.first?.failureReason,
                       "not modified, but the database could not record it: the database is full or read-only, nothing was written")
        XCTAssertTrue(report.hasFailures)
    }

    func testUnreadableSourcesStopTheRunBeforeAnyFetchOrPrune() throws {
        // Given an archive whose sources cannot be read
        try serveDemoFeeds()
        let archive = demoArchive()
        archive.listingFailure = .unavailable
        // When the sync runs
        let report = try sync(archive).run()
        // Then the report says so, nothing was fetched, nothing pruned
        XCTAssertEqual(report.sourcesFailure, .unavailable)
        XCTAssertEqual(report.sources, [])
        XCTAssertEqual(server.requests.count, 0)
        XCTAssertEqual(archive.pruneCalls, [])
        XCTAssertTrue(report.hasFailures)
        XCTAssertEqual(report.lines, ["error   the press sources could not be read: the database could not be read or is damaged"])
    }

    func testAPruneFailureIsReportedAfterTheSources() throws {
        // Given the English feed and an archive that cannot delete old articles
        try serve(.courier)
        let archive = InMemoryPressArchive(sources: [source(.courier)])
        archive.pruneAnswer = .failure(.notWritable)
        // When the sync runs
        let report = try sync(archive).run()
        // Then the source is stored, and the failed prune is its own error line
        XCTAssertEqual(report.pruneFailure, .notWritable)
        XCTAssertTrue(report.hasFailures)
        XCTAssertEqual(report.lines, [
            "ok      The Workshop Courier   5 new",
            "error   old articles could not be removed: the database is full or read-only, nothing was written",
            "1 source: 1 synced, 0 unchanged, 0 failed; 5 articles added, none removed by retention",
        ])
    }
}
