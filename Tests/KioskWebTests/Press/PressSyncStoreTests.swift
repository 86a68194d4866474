import Foundation
import KioskCore
import KioskStore
import XCTest
@testable import KioskWeb

/// The press sync against the real store: the demo feeds served on loopback, fetched by the real
/// `PolicyFetcher` under a press rule kept in a real SQLite file, kept by `PressRepository`, and
/// read back through `PressShelf` as a detainee's screens read them.
///
/// Listed next to the three demo feeds: a source that answers 404 and one that redirects to
/// `elsewhere.localhost`, which no rule names. Whatever a test wrote, the file passes
/// `PRAGMA integrity_check` when it is reopened after the test.
final class PressSyncStoreTests: PressSyncTestCase {
    /// scrypt at a cost low enough for a test (never used in production).
    static let cheapHasher = SecretHasher(parameters: .init(logN: 4, blockSize: 1, parallelism: 1))
    static let staff = "staff:admin"

    private var folder: URL!
    private var database: KioskDatabase!
    private var press: PressRepository!
    /// The detainee whose shelf is read.
    private var julien: DetaineeAccount!
    /// The server standing for `elsewhere.localhost`, where the moved feed points.
    private var elsewhere: LoopbackHTTPServer!

    private var databasePath: String { folder.appendingPathComponent("kiosk.sqlite").path }
    private var quartier: String { server.url(DemoFeed.quartier.path) }
    private var wijkkrant: String { server.url(DemoFeed.wijkkrant.path) }
    private var courier: String { server.url(DemoFeed.courier.path) }
    private var gone: String { server.url("/gone.xml") }
    private var moved: String { server.url("/moved.xml") }
    private var away: String { elsewhere.url("/feed.xml", host: "elsewhere.localhost") }

    /// The training article of the French feed, which has headings, a list and the word "école".
    private let trainingTitle = "L'école de la rue Haute ouvre une formation en cuisine de collectivité"

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("PressSyncStoreTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try KioskDatabase(path: databasePath)
        press = PressRepository(database: database)

        // Given the demo feeds served, a 404, and a redirect to another site
        try serveDemoFeeds()
        elsewhere = try LoopbackHTTPServer(routes: ["/feed.xml": .ok(FeedFixtures.rss(items: ""))])
        server.route("/gone.xml", .status(404))
        server.route("/moved.xml", .redirect(302, to: away))
        // And a press rule for the loopback site, with the five sources listed under it
        let allowlist = AllowlistRepository(database: database)
        try allowlist.addSiteRule("http://feeds.localhost:\(server.port)", category: .press, by: Self.staff, now: now)
        for feed in DemoFeed.allCases {
            try allowlist.addFeed(url: server.url(feed.path), name: feed.name, language: feed.language,
                                  by: Self.staff, now: now)
        }
        try allowlist.addFeed(url: gone, name: "Gone feed", language: .en, by: Self.staff, now: now)
        try allowlist.addFeed(url: moved, name: "Moved feed", language: .en, by: Self.staff, now: now)
        // And a detainee
        julien = try AccountAdmin(database: database, hasher: Self.cheapHasher).createDetainee(
            number: "1001", pin: Secret("1234"), name: "Julien Lambert", cell: "A-101", language: .fr, now: now)
    }

    override func tearDownWithError() throws {
        elsewhere?.stop()
        elsewhere = nil
        try database?.close()
        database = nil
        press = nil
        // Then, whatever the test wrote, the file is intact once reopened.
        if folder != nil, FileManager.default.fileExists(atPath: databasePath) {
            let check = try KioskDatabase(path: databasePath)
            XCTAssertEqual(try check.integrityCheck(), ["ok"], "integrity_check after the test's writes")
            try check.close()
        }
        if let folder { try? FileManager.default.removeItem(at: folder) }
        folder = nil
        try super.tearDownWithError()
    }

    // MARK: - What a detainee sees

    func testADetaineeSeesTheSyncedSourcesWithTheirCounts() throws {
        // When the sync runs
        let report = syncStore()
        // Then the three demo sources are on the shelf, by name, every article unread
        let sources = try press.pressSources(detainee: julien.id, allowed: nil)
        XCTAssertEqual(sources.map(\.name), ["De Wijkkrant", "Le Journal du Quartier", "The Workshop Courier"])
        XCTAssertEqual(sources.map(\.url), [wijkkrant, quartier, courier])
        XCTAssertEqual(sources.map(\.language), [.nl, .fr, .en])
        XCTAssertEqual(sources.map(\.articleCount), [5, 6, 5])
        XCTAssertEqual(sources.map(\.unreadCount), [5, 6, 5])
        // And the French brief without a date is the newest, dated by the sync
        XCTAssertEqual(sources.first { $0.url == quartier }?.latest, now)
        // And the list of every article holds all 16, newest first
        let articles = try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 100)
        XCTAssertEqual(articles.count, 16)
        XCTAssertEqual(articles.map(\.published), articles.map(\.published).sorted(by: >))
        XCTAssertTrue(articles.allSatisfy { !$0.isRead })
        // And the report counts it all
        XCTAssertEqual(report.summary, "5 sources: 3 synced, 0 unchanged, 2 failed; 16 articles added, 0 removed by retention")
    }

    func testAnOpenedArticleReturnsItsDocumentAndIsMarkedRead() throws {
        // Given a synced shelf
        syncStore()
        let id = try articleID(trainingTitle, source: quartier)
        // When the detainee opens the training article on terminal T1
        let article = try XCTUnwrap(
            try press.openArticle(id: id, detainee: julien.id, allowed: nil, terminal: "T1", at: now))
        // Then it comes with its source and its Document: the feed's headings and list
        XCTAssertEqual(article.title, trainingTitle)
        XCTAssertEqual(article.sourceName, "Le Journal du Quartier")
        XCTAssertEqual(article.sourceURL, quartier)
        XCTAssertEqual(article.language, .fr)
        XCTAssertEqual(article.author, "Nadia El Amrani")
        XCTAssertEqual(article.link, "https://press.example/quartier/2026/02/formation-cuisine")
        XCTAssertEqual(article.published, Date(timeIntervalSince1970: 1_772_173_800))  // 27 Feb 2026 06:30 UTC
        XCTAssertEqual(article.document.title, trainingTitle)
        XCTAssertEqual(ArticleProbe.headings(article.document), ["Qui peut s'inscrire ?", "Comment s'inscrire ?"])
        let list = try XCTUnwrap(ArticleProbe.lists(article.document).first)
        XCTAssertFalse(list.ordered)
        XCTAssertEqual(list.items.count, 3)
        XCTAssertEqual(list.items.first, "toute personne de plus de 18 ans, avec ou sans diplôme ;")
        XCTAssertEqual(article.document.links, ["https://press.example/formations/cuisine-collectivite"])
        // And it is read now: one fewer unread in its source, marked in the list
        let sources = try press.pressSources(detainee: julien.id, allowed: nil)
        XCTAssertEqual(sources.first { $0.url == quartier }?.unreadCount, 5)
        XCTAssertEqual(sources.first { $0.url == quartier }?.articleCount, 6)
        let listed = try press.pressArticles(detainee: julien.id, source: quartier, allowed: nil, limit: 100)
        XCTAssertEqual(listed.filter(\.isRead).map(\.id), [id])
    }

    func testSearchingWithoutAccentsFindsTheFrenchArticle() throws {
        // Given a synced shelf
        syncStore()
        // When the detainee searches "ecole", typed without its accent
        let found = try press.searchPress("ecole", detainee: julien.id, allowed: nil, limit: 20)
        // Then the article with "école" in its title comes first, and only French articles match
        XCTAssertEqual(found.first?.title, trainingTitle)
        XCTAssertEqual(found.first?.sourceURL, quartier)
        XCTAssertEqual(Set(found.map(\.sourceName)), ["Le Journal du Quartier"])
        // And typed with its accent and a capital, the same articles are found
        let accented = try press.searchPress("École", detainee: julien.id, allowed: nil, limit: 20)
        XCTAssertEqual(accented.map(\.id), found.map(\.id))
    }

    // MARK: - Failures

    func testFailedSourcesSayWhyWhileTheGoodOnesAreKept() throws {
        // When the sync runs
        let report = syncStore()
        // Then the 404 and the refused redirect fail, with their reasons in the report
        XCTAssertTrue(report.hasFailures)
        XCTAssertEqual(try sourceReport(report, gone).failureReason, "the server answered HTTP 404 (not found)")
        let refusal = "redirect 1 to \(away) refused: no rule allows elsewhere.localhost/feed.xml"
        XCTAssertEqual(try sourceReport(report, moved).failureReason, refusal)
        // And the status staff read says why, for the sync's time, with nothing kept and no success
        let status = try statusByURL()
        XCTAssertEqual(status[gone]?.lastOutcome, "failed: the server answered HTTP 404 (not found)")
        XCTAssertEqual(status[moved]?.lastOutcome, "failed: " + refusal)
        for url in [gone, moved] {
            XCTAssertEqual(status[url]?.articleCount, 0, url)
            XCTAssertEqual(status[url]?.lastAttempt, now, url)
            XCTAssertNil(status[url]?.lastSuccess, url)
            XCTAssertEqual(status[url]?.enabled, true, url)
        }
        // And the good sources are kept, their last sync a success
        XCTAssertEqual(status[quartier]?.lastOutcome, "6 new, 0 already kept")
        XCTAssertEqual(status[wijkkrant]?.lastOutcome, "5 new, 0 already kept")
        XCTAssertEqual(status[courier]?.lastOutcome, "5 new, 0 already kept")
        for url in [quartier, wijkkrant, courier] {
            XCTAssertEqual(status[url]?.lastSuccess, now, url)
        }
        XCTAssertEqual(status.values.map(\.articleCount).reduce(0, +), 16)
        // And the failed sources are not on the detainee's shelf, and the other site was never asked
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).map(\.url), [wijkkrant, quartier, courier])
        XCTAssertEqual(elsewhere.requests.count, 0)
    }

    // MARK: - Second run

    func testASecondRunSendsTheValidatorsAndFindsTheUnchangedFeedsNotModified() throws {
        // Given a first sync, after which the English feed gains an article and a new ETag
        syncStore()
        let firstRequests = server.requests.count
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
        try serve(.courier, body: Data(text.replacingOccurrences(of: "</rdf:RDF>", with: added).utf8),
                  etag: "\"courier-v2\"")
        // When the sync runs again an hour later
        let later = now.addingTimeInterval(3600)
        let report = syncStore(at: later)
        // Then each demo feed was asked with the validators its first answer left
        let second = Array(server.requests.dropFirst(firstRequests))
        for feed in DemoFeed.allCases {
            let request = try XCTUnwrap(second.first { $0.target == feed.path }, "\(feed) not asked again")
            XCTAssertEqual(request.header("If-None-Match"), etag(feed), "\(feed)")
            XCTAssertEqual(request.header("If-Modified-Since"), lastModified, "\(feed)")
        }
        // And the unchanged feeds are not modified, the changed one adds its one new article
        XCTAssertEqual(try sourceReport(report, quartier).outcome, .notModified)
        XCTAssertEqual(try sourceReport(report, wijkkrant).outcome, .notModified)
        XCTAssertEqual(try sourceReport(report, courier).storeResult, PressStoreResult(added: 1, known: 5))
        XCTAssertEqual(report.summary, "5 sources: 1 synced, 2 unchanged, 2 failed; 1 article added, 0 removed by retention")
        // And the store says so, keeps the validators to send next time, and the new ETag
        let status = try statusByURL()
        XCTAssertEqual(status[quartier]?.lastOutcome, "not modified")
        XCTAssertEqual(status[wijkkrant]?.lastOutcome, "not modified")
        XCTAssertEqual(status[courier]?.lastOutcome, "1 new, 5 already kept")
        XCTAssertEqual(status[quartier]?.lastSuccess, later)
        XCTAssertEqual(status[gone]?.lastAttempt, later)
        XCTAssertNil(status[gone]?.lastSuccess)
        let next = try press.syncSources()
        XCTAssertEqual(next.first { $0.url == quartier }?.etag, etag(.quartier))
        XCTAssertEqual(next.first { $0.url == quartier }?.lastModified, lastModified)
        XCTAssertEqual(next.first { $0.url == courier }?.etag, "\"courier-v2\"")
        // And the detainee sees the new article next to the ones already kept
        let sources = try press.pressSources(detainee: julien.id, allowed: nil)
        XCTAssertEqual(sources.map(\.articleCount), [5, 6, 6])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: courier, allowed: nil, limit: 1).first?.title,
                       "Kitchen workshop: a new menu every week")
    }

    // MARK: - Retention

    func testAnArticleHeldOpenSurvivesRetentionUntilItIsClosed() throws {
        // Given a synced shelf, the French source kept one day only
        syncStore()
        try press.setRetention(source: quartier, days: 1, by: Self.staff, now: now)
        // And the training article held open on terminal T1
        let id = try articleID(trainingTitle, source: quartier)
        XCTAssertNotNil(try press.openArticle(id: id, detainee: julien.id, allowed: nil, terminal: "T1", at: now))
        // When old articles are pruned two days later
        let twoDaysLater = now.addingTimeInterval(2 * 86_400)
        let removed = try press.pruneArticles(now: twoDaysLater, defaultDays: defaultDays)
        // Then the other French articles are gone, the held one stays, the other sources keep theirs
        XCTAssertEqual(removed, 5)
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: quartier, allowed: nil, limit: 100).map(\.id), [id])
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).map(\.articleCount), [5, 1, 5])

        // When the article is closed and old articles are pruned again
        try press.closeArticle(terminal: "T1")
        let removedAfterClose = try press.pruneArticles(now: twoDaysLater, defaultDays: defaultDays)
        // Then it goes too: the French source leaves the shelf, and the article no longer opens
        XCTAssertEqual(removedAfterClose, 1)
        XCTAssertEqual(try press.pressSources(detainee: julien.id, allowed: nil).map(\.name),
                       ["De Wijkkrant", "The Workshop Courier"])
        XCTAssertNil(try press.openArticle(id: id, detainee: julien.id, allowed: nil, terminal: "T1", at: twoDaysLater))
        XCTAssertEqual(try press.searchPress("ecole", detainee: julien.id, allowed: nil, limit: 20), [])
        XCTAssertEqual(try statusByURL()[quartier]?.articleCount, 0)
    }

    // MARK: - Helpers

    /// Runs the sync over the real store, through the press rule stored in it, at `at`.
    @discardableResult
    private func syncStore(at: Date? = nil) -> PressSyncReport {
        let policy: URLPolicy
        do {
            policy = URLPolicy(rules: try AllowlistRepository(database: database).policy().rules.filter { $0.category == .press })
        } catch {
            XCTFail("the stored policy could not be read: \(error)")
            policy = URLPolicy(rules: [])
        }
        let fetcher = PolicyFetcher(policy: policy, limits: FetchLimits(totalTime: 10))
        return PressSync(fetcher: fetcher, archive: press, defaultRetentionDays: defaultDays, now: at ?? now).run()
    }

    /// The id of the article titled `title` in `source`, as the detainee's list shows it.
    private func articleID(_ title: String, source: String) throws -> Int64 {
        let listed = try press.pressArticles(detainee: julien.id, source: source, allowed: nil, limit: 100)
        return try XCTUnwrap(listed.first { $0.title == title }?.id, "no article titled \(title)")
    }

    /// `kiosk press status`'s rows, by URL.
    private func statusByURL() throws -> [String: PressSourceStatus] {
        Dictionary(uniqueKeysWithValues: try press.syncStatus().map { ($0.url, $0) })
    }
}
