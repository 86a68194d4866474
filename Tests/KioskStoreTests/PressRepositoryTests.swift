import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// The sync's side of the archive: the schema, keeping articles, and what syncs leave.
final class PressRepositoryTests: PressTestCase {
    // MARK: - Schema

    func testTheMigrationCreatesThePressTablesAndAnAccentFoldingIndex() throws {
        // Given a fresh database (opened by the test case)
        // When reading its migrations and schema
        let (tables, searchSQL, unique) = try database.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'press%' ORDER BY name"),
             try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'press_search'") ?? "",
             try db.table("press_article", hasUniqueKey: ["source_url", "item_key"]))
        }
        // Then v7-press comes after v6, and the tables exist with their keys
        let migrations = try database.appliedMigrations()
        XCTAssertEqual(migrations.firstIndex(of: "v7-press"), migrations.firstIndex(of: "v6-section-use").map { $0 + 1 })
        for table in ["press_article", "press_read", "press_reading", "press_search", "press_source_state"] {
            XCTAssertTrue(tables.contains(table), "\(table) in \(tables)")
        }
        XCTAssertTrue(unique)
        XCTAssertTrue(searchSQL.contains("fts5"), searchSQL)
        XCTAssertTrue(searchSQL.contains("unicode61'' ''remove_diacritics'' ''2"), searchSQL)
    }

    func testTheSchemaRefusesAnOutOfRangeRetention() throws {
        // Given a fresh database
        // When a retention of 0 or 3651 days is written past the repository
        // Then SQLite's CHECK refuses it
        for days in [0, 3651] {
            XCTAssertThrowsError(try database.write { db in
                try db.execute(sql: "INSERT INTO press_source_state (source_url, retention_days) VALUES (?, ?)",
                               arguments: [Self.soir, days])
            })
        }
    }

    // MARK: - Keeping articles

    func testStoredArticlesAreListedNewestFirstWithCounts() throws {
        // Given three Soir articles and one Standaard article
        let result = try store([draft("a", "Oldest", hoursAgo: 3), draft("b", "Newest", hoursAgo: 1),
                                draft("c", "Middle", hoursAgo: 2)], in: Self.soir)
        try store([draft("x", "Vandaag", hoursAgo: 5)], in: Self.standaard)
        // When Julien lists them
        let soir = try press.pressArticles(detainee: julien.id, source: Self.soir, allowed: nil, limit: 10)
        let all = try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 10)
        let sources = try press.pressSources(detainee: julien.id, allowed: nil)
        // Then three were added, each list is newest first, and the limit applies
        XCTAssertEqual(result, PressStoreResult(added: 3, known: 0, tooOld: 0))
        XCTAssertEqual(soir.map(\.title), ["Newest", "Middle", "Oldest"])
        XCTAssertEqual(soir.first?.sourceName, "Le Soir")
        XCTAssertEqual(soir.first?.published, noon - Self.hour)
        XCTAssertEqual(soir.first?.isRead, false)
        XCTAssertEqual(all.map(\.title), ["Newest", "Middle", "Oldest", "Vandaag"])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 2).map(\.title),
                       ["Newest", "Middle"])
        XCTAssertEqual(try press.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 0), [])
        // And sources with articles are listed by name (Grenz-Echo has none), with counts and latest date
        XCTAssertEqual(sources, [
            PressSourceSummary(url: Self.standaard, name: "De Standaard", language: .nl, articleCount: 1, unreadCount: 1,
                               latest: noon - 5 * Self.hour),
            PressSourceSummary(url: Self.soir, name: "Le Soir", language: .fr, articleCount: 3, unreadCount: 3,
                               latest: noon - Self.hour),
        ])
    }

    func testAKeyIsKeptOnceWithinABatchAndAcrossBatches() throws {
        // Given a batch naming one key twice
        let first = try store([draft("a", "First"), draft("a", "Second"), draft("b", "Other")], in: Self.soir)
        // When the next sync brings the same keys again, with a changed title, and a new one
        let second = try store([draft("a", "Changed"), draft("b", "Other"), draft("c", "New")], in: Self.soir)
        // Then the first draft of a key wins, the known ones are left alone, and only the new one is added
        XCTAssertEqual(first, PressStoreResult(added: 2, known: 0, tooOld: 0))
        XCTAssertEqual(second, PressStoreResult(added: 1, known: 2, tooOld: 0))
        XCTAssertEqual(try keptTitles(), ["First", "New", "Other"])
        XCTAssertEqual(try count("press_search"), 3)
        // And the same key in another source is another article
        XCTAssertEqual(try store([draft("a", "Elders")], in: Self.standaard).added, 1)
    }

    func testKeptKeysAreTheKeysTheSourceAlreadyHasAnArticleFor() throws {
        // Given Le Soir keeping "a" and "b", and De Standaard keeping "c"
        try store([draft("a", "A"), draft("b", "B")], in: Self.soir)
        try store([draft("c", "C")], in: Self.standaard)
        // When a feed of Le Soir names "a", "c" and "z"
        let kept = try press.keptKeys(["a", "c", "z"], source: Self.soir)
        // Then only "a" is kept for it: another source's key is another article
        XCTAssertEqual(kept, ["a"])
        XCTAssertEqual(try press.keptKeys([], source: Self.soir), [])
    }

    func testItemsFoundKeptBeforehandCountAsKnownInTheResultAndTheOutcome() throws {
        // Given Le Soir keeping "a" and "b"
        try store([draft("a", "A"), draft("b", "B")], in: Self.soir)
        // When a sync hands over only the new "c", having found two items kept beforehand
        let result = try press.storeArticles(
            [draft("c", "C")], alreadyKept: 2, source: Self.soir, etag: nil, lastModified: nil,
            keepAfter: noon - 30 * Self.day, at: noon)
        // Then the two count as known, in the result and in the outcome staff read
        XCTAssertEqual(result, PressStoreResult(added: 1, known: 2, tooOld: 0))
        XCTAssertEqual(try soirStatus()?.lastOutcome, "1 new, 2 already kept")
        XCTAssertEqual(try keptTitles(), ["A", "B", "C"])
        // And a key kept since the look-up still counts once, as known, without a second row
        let raced = try press.storeArticles(
            [draft("c", "C again")], alreadyKept: 2, source: Self.soir, etag: nil, lastModified: nil,
            keepAfter: noon - 30 * Self.day, at: noon)
        XCTAssertEqual(raced, PressStoreResult(added: 0, known: 3, tooOld: 0))
        XCTAssertEqual(try count("press_search"), 3)
    }

    func testArticlesPublishedBeforeKeepAfterAreNotKept() throws {
        // Given a sync keeping the last 10 days
        let keepAfter = noon - 10 * Self.day
        // When it brings an article of 11 days, one of exactly 10 days, and one of today
        let result = try press.storeArticles(
            [draft("old", "Old", hoursAgo: 11 * 24), draft("edge", "Edge", hoursAgo: 10 * 24), draft("new", "New")],
            source: Self.soir, etag: nil, lastModified: nil, keepAfter: keepAfter, at: noon)
        // Then only the older one is refused as too old
        XCTAssertEqual(result, PressStoreResult(added: 2, known: 0, tooOld: 1))
        XCTAssertEqual(try keptTitles(), ["Edge", "New"])
        // And an article already kept counts as known, not too old, when it has aged since
        let later = try press.storeArticles([draft("edge", "Edge", hoursAgo: 10 * 24)], source: Self.soir, etag: nil,
                                            lastModified: nil, keepAfter: noon, at: noon)
        XCTAssertEqual(later, PressStoreResult(added: 0, known: 1, tooOld: 0))
    }

    func testALongTitleIsCappedToOneLine() throws {
        // Given a draft whose title is long and has a newline
        let title = "Ligne\nsuivante " + String(repeating: "x", count: 1000)
        // When it is stored
        try store([draft("a", title)], in: Self.soir)
        // Then its title is one line of 300 scalars
        let kept = try keptTitles()
        XCTAssertEqual(kept.first?.unicodeScalars.count, PressArticleRecord.maximumTitleLength)
        XCTAssertEqual(kept.first?.hasPrefix("Ligne suivante x"), true)
    }

    func testTheDocumentSurvivesTheJSONRoundTrip() throws {
        // Given an article with headings, nested lists, a link, styles, a quote, a table and a break
        let document = Document(title: "Titre", blocks: [
            .heading(level: 2, [.text("Le titre")]),
            .paragraph([.text("Gras", .strong), .text(" et "), .text("italique", [.emphasis, .code]),
                        .link([.text("lien")], target: "https://news.example.be/x"), .lineBreak, .image(alt: "photo")]),
            .list(ordered: true, items: [[.paragraph([.text("un")])],
                                         [.list(ordered: false, items: [[.paragraph([.text("deux")])]])]]),
            .quote([.paragraph([.text("« Citation »")])]),
            .preformatted("  code  "),
            .rule,
            .table(rows: [[[.text("a")], [.text("b")]]]),
        ])
        var article = draft("rich", "Riche")
        article.author = "Marie Dupont"
        article.document = document
        try store([article], in: Self.soir)
        // When Julien opens it
        let opened = try press.openArticle(id: try id(of: "Riche"), detainee: julien.id, allowed: nil, terminal: "cell-101",
                                           at: noon)
        // Then it comes back exactly, with its source's name and language
        XCTAssertEqual(opened?.document, document)
        XCTAssertEqual(opened?.title, "Riche")
        XCTAssertEqual(opened?.author, "Marie Dupont")
        XCTAssertEqual(opened?.link, "https://news.example.be/rich")
        XCTAssertEqual(opened?.published, noon - Self.hour)
        XCTAssertEqual(opened?.sourceName, "Le Soir")
        XCTAssertEqual(opened?.language, .fr)
        XCTAssertEqual(opened?.sourceURL, Self.soir)
    }

    func testStoredArticlesSurviveAReopen() throws {
        // Given a kept article
        try store([draft("a", "Gardé", text: "Texte")], in: Self.soir)
        // When the database is closed and opened again
        try database.close()
        let reopened = PressRepository(database: try openDatabase())
        // Then it is still listed and found
        XCTAssertEqual(try reopened.pressArticles(detainee: julien.id, source: nil, allowed: nil, limit: 5).map(\.title), ["Gardé"])
        XCTAssertEqual(try reopened.searchPress("garde", detainee: julien.id, allowed: nil, limit: 5).map(\.title), ["Gardé"])
    }

    // MARK: - Sync state

    func testSyncSourcesAreTheEnabledFeedsByNameWithWhatTheLastSyncLeft() throws {
        // Given Grenz-Echo disabled, a Soir sync with validators and a retention for Le Soir
        try allowlist.setFeedEnabled(url: Self.grenzEcho, false, by: "staff:admin", now: noon)
        try store([draft("a", "A")], in: Self.soir, etag: "\"v1\"")
        try press.setRetention(source: Self.soir, days: 7, by: "staff:admin", now: noon)
        // When the sync asks for its sources
        let sources = try press.syncSources()
        // Then the enabled ones come by name with their validators and retention
        XCTAssertEqual(sources, [
            PressSyncSource(url: Self.standaard, name: "De Standaard", language: .nl),
            PressSyncSource(url: Self.soir, name: "Le Soir", language: .fr, etag: "\"v1\"", retentionDays: 7),
        ])
    }

    func testOutcomesOfSyncsAreRecordedForStaff() throws {
        // Given a first sync of Le Soir with validators
        _ = try press.storeArticles([draft("a", "A"), draft("b", "B"), draft("old", "Old", hoursAgo: 24 * 40)], source: Self.soir,
                                etag: "\"v1\"", lastModified: "Mon, 01 Jun 2026 10:00:00 GMT", keepAfter: noon - 30 * Self.day,
                                at: noon)
        var status = try soirStatus()
        XCTAssertEqual(status?.lastOutcome, "2 new, 0 already kept, 1 too old")
        XCTAssertEqual(status?.lastAttempt, noon)
        XCTAssertEqual(status?.lastSuccess, noon)
        // When the next answer is a 304 without an ETag
        try press.recordNotModified(source: Self.soir, etag: nil, lastModified: "Tue, 02 Jun 2026 10:00:00 GMT",
                                    at: noon + Self.hour)
        // Then the old ETag stays, the new Last-Modified replaces the old one
        XCTAssertEqual(try press.syncSources().last?.etag, "\"v1\"")
        XCTAssertEqual(try press.syncSources().last?.lastModified, "Tue, 02 Jun 2026 10:00:00 GMT")
        status = try soirStatus()
        XCTAssertEqual(status?.lastOutcome, "not modified")
        XCTAssertEqual(status?.lastSuccess, noon + Self.hour)
        // When the one after fails with a hostile reason
        let reason = "HTTP 500 \u{1B}[2J\u{9B}31m\r\nfrom \u{202E}server " + String(repeating: "é", count: 1000)
        try press.recordSyncFailure(source: Self.soir, reason: reason, at: noon + 2 * Self.hour)
        // Then the reason is one clean capped line, and validators, last success and articles stand
        status = try soirStatus()
        let outcome = try XCTUnwrap(status?.lastOutcome)
        XCTAssertTrue(outcome.hasPrefix("failed: HTTP 500 [2J31m from server é"), outcome)
        XCTAssertFalse(outcome.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        XCTAssertLessThanOrEqual(outcome.unicodeScalars.count, "failed: ".count + PressRepository.maximumReasonLength)
        XCTAssertEqual(status?.lastAttempt, noon + 2 * Self.hour)
        XCTAssertEqual(status?.lastSuccess, noon + Self.hour)
        XCTAssertEqual(status?.articleCount, 2)
        XCTAssertEqual(try press.syncSources().last?.etag, "\"v1\"")
        // And the next full answer replaces the validators and counts what was known
        try store([draft("a", "A"), draft("c", "C")], in: Self.soir, etag: nil)
        XCTAssertEqual(try soirStatus()?.lastOutcome, "1 new, 1 already kept")
        XCTAssertNil(try press.syncSources().last?.etag)
    }

    func testAValidatorThatIsNotOneCleanLineIsNotKept() throws {
        // Given a sync whose ETag would inject a header
        _ = try press.storeArticles([], source: Self.soir, etag: "\"v1\"\r\nX-Evil: 1", lastModified: String(repeating: "x", count: 600),
                                keepAfter: noon, at: noon)
        // Then neither validator is sent back
        XCTAssertNil(try press.syncSources().last?.etag)
        XCTAssertNil(try press.syncSources().last?.lastModified)
    }

    func testAFailureOfASourceNeverSyncedRecordsOnlyTheAttempt() throws {
        // Given no sync yet
        // When the first one fails with an empty reason
        try press.recordSyncFailure(source: Self.standaard, reason: " \u{7} ", at: noon)
        // Then the attempt is recorded, no success
        let status = try press.syncStatus().first { $0.url == Self.standaard }
        XCTAssertEqual(status?.lastOutcome, "failed: no reason given")
        XCTAssertEqual(status?.lastAttempt, noon)
        XCTAssertNil(status?.lastSuccess)
    }

    private func soirStatus() throws -> PressSourceStatus? {
        try press.syncStatus().first { $0.url == Self.soir }
    }
}
