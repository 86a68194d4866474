import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// The sync against the three demo feeds of `content/press/`, served on loopback.
final class PressSyncDemoFeedsTests: PressSyncTestCase {
    func testEveryDemoFeedIsStoredWithAllItsArticles() throws {
        // Given the three demo feeds served and listed
        try serveDemoFeeds()
        let archive = demoArchive()
        // When the sync runs
        let report = try sync(archive).run()
        // Then each source is stored with all its articles, in its own dialect
        XCTAssertEqual(report.sources.map(\.outcome), [
            .stored(PressStoreResult(added: 6), duplicatesInFeed: 0, format: .rss2),
            .stored(PressStoreResult(added: 5), duplicatesInFeed: 0, format: .atom),
            .stored(PressStoreResult(added: 5), duplicatesInFeed: 0, format: .rss1),
        ])
        XCTAssertEqual(report.sources.map(\.name), DemoFeed.allCases.map(\.name))
        for feed in DemoFeed.allCases {
            XCTAssertEqual(archive.articles(of: server.url(feed.path)).count, feed.articleCount, "\(feed)")
        }
        // And nothing failed, and the summary counts them
        XCTAssertFalse(report.hasFailures)
        XCTAssertEqual(archive.failureCalls, [])
        XCTAssertEqual(report.summary, "3 sources: 3 synced, 0 unchanged, 0 failed; 16 articles added, 0 removed by retention")
    }

    func testEachStoreCarriesTheNewValidatorsTheRetentionAndTheClock() throws {
        // Given the demo feeds, one source keeping its articles 7 days instead of the default 30
        try serveDemoFeeds()
        let archive = InMemoryPressArchive(sources: [source(.quartier), source(.wijkkrant, retentionDays: 7)])
        // When the sync runs
        _ = try sync(archive).run()
        // Then every store gets the page's ETag and Last-Modified, its own cut-off and the sync's time
        let calls = archive.storeCalls
        XCTAssertEqual(calls.map(\.source), [server.url("/quartier.xml"), server.url("/wijkkrant.atom")])
        XCTAssertEqual(calls.map(\.etag), [etag(.quartier), etag(.wijkkrant)])
        XCTAssertEqual(calls.map(\.lastModified), [lastModified, lastModified])
        XCTAssertEqual(calls.map(\.keepAfter), [daysBefore(30), daysBefore(7)])
        XCTAssertEqual(calls.map(\.at), [now, now])
        // And the first fetch was unconditional
        XCTAssertTrue(server.requests.allSatisfy { $0.header("If-None-Match") == nil && $0.header("If-Modified-Since") == nil })
    }

    func testRetentionLeavesOutArticlesOlderThanTheSourceKeeps() throws {
        // Given the Dutch feed (16 to 28 February) kept 7 days by its source
        try serve(.wijkkrant)
        let archive = InMemoryPressArchive(sources: [source(.wijkkrant, retentionDays: 7)])
        // When the sync runs on 2 March
        let report = try sync(archive).run()
        // Then the three articles from before 23 February are too old to keep
        XCTAssertEqual(report.sources.first?.storeResult, PressStoreResult(added: 2, tooOld: 3))
        XCTAssertEqual(report.lines.first, "ok      De Wijkkrant   2 new, 3 too old to keep")
    }

    func testFrenchArticleKeepsItsHeadingsListAndResolvedLinks() throws {
        // Given the French feed
        try serve(.quartier)
        let archive = InMemoryPressArchive(sources: [source(.quartier)])
        // When it is synced
        _ = try sync(archive).run()
        // Then the training article is kept from its full content, headings and list included
        let article = try XCTUnwrap(archive.article("quartier-2026-0227-formation-cuisine", of: server.url("/quartier.xml")))
        XCTAssertEqual(article.title, "L'école de la rue Haute ouvre une formation en cuisine de collectivité")
        XCTAssertEqual(article.document.title, article.title)
        XCTAssertEqual(article.author, "Nadia El Amrani")
        XCTAssertEqual(article.link, "https://press.example/quartier/2026/02/formation-cuisine")
        XCTAssertEqual(article.published, Date(timeIntervalSince1970: 1_772_173_800))  // 27 Feb 2026 06:30 UTC
        XCTAssertFalse(article.dateWasMissing)
        XCTAssertEqual(ArticleProbe.headings(article.document), ["Qui peut s'inscrire ?", "Comment s'inscrire ?"])
        let list = try XCTUnwrap(ArticleProbe.lists(article.document).first)
        XCTAssertFalse(list.ordered)
        XCTAssertEqual(list.items.count, 3)
        XCTAssertEqual(list.items.first, "toute personne de plus de 18 ans, avec ou sans diplôme ;")
        // And its relative link is resolved against the article's own link
        XCTAssertEqual(article.document.links, ["https://press.example/formations/cuisine-collectivite"])
        // And the body is the content, not the one-line description
        XCTAssertFalse(article.document.plainText.contains("Vingt semaines pour devenir commis"))
    }

    func testArticleWithoutLinkOrDateIsResolvedAgainstTheFeedAndDatedBySync() throws {
        // Given the French feed, whose last brief has neither link nor date
        try serve(.quartier)
        let archive = InMemoryPressArchive(sources: [source(.quartier)])
        // When it is synced
        _ = try sync(archive).run()
        // Then the brief is kept, dated by the sync, with its link resolved against the feed's URL
        let brief = try XCTUnwrap(archive.article("quartier-2026-breve-collecte", of: server.url("/quartier.xml")))
        XCTAssertNil(brief.link)
        XCTAssertTrue(brief.dateWasMissing)
        XCTAssertEqual(brief.published, now)
        XCTAssertEqual(brief.document.links, [server.url("/breves/collecte.html")])
        XCTAssertTrue(brief.document.plainText.hasPrefix("L'association Le Fil collecte"))
    }

    func testDutchAtomHTMLContentBecomesADocument() throws {
        // Given the Dutch Atom feed, whose content is escaped HTML
        try serve(.wijkkrant)
        let archive = InMemoryPressArchive(sources: [source(.wijkkrant)])
        // When it is synced
        _ = try sync(archive).run()
        // Then markup survives as blocks, with accents, and `../..` links resolve
        let poetry = try XCTUnwrap(archive.article(
            "tag:press.example,2026:wijkkrant/poeziewedstrijd", of: server.url("/wijkkrant.atom")))
        XCTAssertEqual(poetry.title, "Poëziewedstrijd voor alle bewoners: schrijf over je straat")
        XCTAssertEqual(ArticleProbe.headings(poetry.document), ["Zo doe je mee"])
        XCTAssertEqual(ArticleProbe.lists(poetry.document).first?.ordered, true)
        XCTAssertEqual(ArticleProbe.lists(poetry.document).first?.items.count, 3)
        XCTAssertEqual(poetry.document.links, ["https://press.example/wijkkrant/bibliotheek/poezie"])
        XCTAssertTrue(poetry.document.plainText.contains("De beste ideeën worden in mei"))
        XCTAssertEqual(poetry.author, "Els Goossens")
    }

    func testRDFItemWithADescriptionOnlyKeepsItAsItsBody() throws {
        // Given the English RSS 1.0 feed, whose chess item has a plain description and no content
        try serve(.courier)
        let archive = InMemoryPressArchive(sources: [source(.courier)])
        // When it is synced
        _ = try sync(archive).run()
        // Then the description is the body: one paragraph
        let chess = try XCTUnwrap(archive.article(
            "https://press.example/courier/2026/02/chess-winter-tournament", of: server.url("/courier.rdf")))
        XCTAssertEqual(chess.title, "Chess: Jürgen Müller wins the winter tournament")
        XCTAssertEqual(chess.document.blocks.count, 1)
        XCTAssertTrue(chess.document.plainText.hasPrefix("Twenty-four players took part"))
        // And another item keeps its quote and ordered tips
        let resume = try XCTUnwrap(archive.article(
            "https://press.example/courier/2026/02/resume-after-a-gap", of: server.url("/courier.rdf")))
        XCTAssertEqual(ArticleProbe.headings(resume.document), ["Three tips from the job coaches"])
        XCTAssertEqual(ArticleProbe.lists(resume.document).first?.items.count, 3)
        let reading = try XCTUnwrap(archive.article(
            "https://press.example/courier/2026/02/reading-group", of: server.url("/courier.rdf")))
        XCTAssertTrue(ArticleProbe.hasQuote(reading.document))
    }

    func testSecondRunWithTheStoredETagIsNotModified() throws {
        // Given a first sync of the demo feeds
        try serveDemoFeeds()
        let archive = demoArchive()
        _ = try sync(archive).run()
        let firstRequests = server.requests.count
        // When the sync runs again and the server sees its own ETags
        let report = try sync(archive).run()
        // Then every source is unchanged, recorded as such with its validators, and nothing is stored again
        XCTAssertEqual(report.sources.map(\.outcome), [.notModified, .notModified, .notModified])
        XCTAssertEqual(archive.storeCalls.count, 3)
        XCTAssertEqual(archive.notModifiedCalls, DemoFeed.allCases.map {
            InMemoryPressArchive.NotModifiedCall(
                source: server.url($0.path), etag: etag($0), lastModified: lastModified, at: now)
        })
        // And the requests carried the stored validators
        let second = server.requests.dropFirst(firstRequests)
        XCTAssertEqual(second.map { $0.header("If-None-Match") }, DemoFeed.allCases.map { etag($0) })
        XCTAssertEqual(second.map { $0.header("If-Modified-Since") }, Array(repeating: lastModified, count: 3))
        XCTAssertEqual(report.lines, [
            "same    Le Journal du Quartier   not modified since the last sync",
            "same    De Wijkkrant             not modified since the last sync",
            "same    The Workshop Courier     not modified since the last sync",
            "3 sources: 0 synced, 3 unchanged, 0 failed; 0 articles added, 0 removed by retention",
        ])
        XCTAssertFalse(report.hasFailures)
    }

    func testLastModifiedAloneAlsoGivesNotModified() throws {
        // Given a server that sends only Last-Modified and honours If-Modified-Since
        var route = LoopbackRoute(status: 200, headers: [("Last-Modified", lastModified)],
                                  body: Array(try DemoFeed.courier.data()))
        route.notModifiedWhenModifiedSince = lastModified
        server.route("/courier.rdf", route)
        let archive = InMemoryPressArchive(sources: [source(.courier)])
        _ = try sync(archive).run()
        // When the sync runs again
        let report = try sync(archive).run()
        // Then the source is unchanged and keeps its Last-Modified
        XCTAssertEqual(report.sources.map(\.outcome), [.notModified])
        XCTAssertEqual(server.requests.last?.header("If-Modified-Since"), lastModified)
        XCTAssertNil(server.requests.last?.header("If-None-Match"))
        XCTAssertEqual(archive.notModifiedCalls.map(\.lastModified), [lastModified])
    }

    func testAChangedFeedAddsOnlyItsNewArticle() throws {
        // Given a first sync of the English feed
        try serve(.courier)
        let archive = InMemoryPressArchive(sources: [source(.courier)])
        _ = try sync(archive).run()
        // When the feed gains an article and a new ETag, and the sync runs again
        let text = String(decoding: try DemoFeed.courier.data(), as: UTF8.self)
        let added = """
          <item rdf:about="https://press.example/courier/2026/03/kitchen">
            <title>Kitchen workshop: a new menu every week</title>
            <link>https://press.example/courier/2026/03/kitchen</link>
            <dc:date>2026-03-02T07:00:00+01:00</dc:date>
            <description>The kitchen workshop now writes its own menus.</description>
          </item>
        </rdf:RDF>
        """
        try serve(.courier, body: Data(text.replacingOccurrences(of: "</rdf:RDF>", with: added).utf8), etag: "\"courier-v2\"")
        let report = try sync(archive).run()
        // Then only the new article is added, the others are known, and the new ETag is stored
        XCTAssertEqual(report.sources.first?.storeResult, PressStoreResult(added: 1, known: 5))
        XCTAssertEqual(archive.articles(of: server.url("/courier.rdf")).count, 6)
        XCTAssertEqual(archive.source(server.url("/courier.rdf"))?.etag, "\"courier-v2\"")
        XCTAssertEqual(report.lines.first, "ok      The Workshop Courier   1 new, 5 already kept")
    }

    func testPruneRunsOnceAtTheEndWithTheClockAndTheDefault() throws {
        // Given the demo feeds and an archive that will remove 4 old articles
        try serveDemoFeeds()
        let archive = demoArchive()
        archive.pruneAnswer = .success(4)
        // When the sync runs
        let report = try sync(archive).run()
        // Then prune is called once, and the report counts what it removed
        XCTAssertEqual(archive.pruneCalls, [InMemoryPressArchive.PruneCall(now: now, defaultDays: 30)])
        XCTAssertEqual(report.removedByRetention, 4)
        XCTAssertEqual(report.lines.last, "3 sources: 3 synced, 0 unchanged, 0 failed; 16 articles added, 4 removed by retention")
    }
}
