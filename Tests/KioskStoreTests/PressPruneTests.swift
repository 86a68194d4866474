import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Forgetting old articles: retention per source, removed sources, and never what is being read.
final class PressPruneTests: PressTestCase {
    /// Stores articles of any age, `daysAgo` days before noon each.
    private func keep(_ ages: [String: Double], in source: String) throws {
        let drafts = ages.sorted { $0.key < $1.key }.map { title, days in
            draft(title, title, hoursAgo: days * 24, text: "texte \(title)")
        }
        _ = try press.storeArticles(drafts, source: source, etag: nil, lastModified: nil, keepAfter: .distantPast, at: noon)
    }

    func testArticlesOlderThanTheDefaultRetentionAreDeletedWithTheirSearchRowsAndReadMarks() throws {
        // Given Soir articles of 2, 7 (exactly) and 8 days, the 8-day one read by Julien
        try keep(["two": 2, "seven": 7, "eight": 8], in: Self.soir)
        _ = try press.openArticle(id: try id(of: "eight"), detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)
        try press.closeArticle(terminal: "cell-101")
        // When the archive is pruned with 7 days by default
        let deleted = try press.pruneArticles(now: noon, defaultDays: 7)
        // Then the one past 7 days is gone, with its search row and read mark
        XCTAssertEqual(deleted, 1)
        XCTAssertEqual(try keptTitles(), ["seven", "two"])
        XCTAssertEqual(try count("press_search"), 2)
        XCTAssertEqual(try count("press_read"), 0)
        XCTAssertEqual(try titles(searching: "eight"), [])
        // And the search index is still sound (FTS5 raises an error otherwise)
        try database.write { db in
            try db.execute(sql: "INSERT INTO press_search (press_search, rank) VALUES ('integrity-check', 1)")
        }
        // And pruning again deletes nothing
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: 7), 0)
    }

    func testEachSourceKeepsItsOwnRetention() throws {
        // Given 10-day-old articles in three sources; Le Soir keeps 30 days, De Standaard 5
        try keep(["soir": 10], in: Self.soir)
        try keep(["standaard": 10, "standaard-new": 4], in: Self.standaard)
        try keep(["grenz": 10], in: Self.grenzEcho)
        try press.setRetention(source: Self.soir, days: 30, by: "staff:admin", now: noon)
        try press.setRetention(source: Self.standaard, days: 5, by: "staff:admin", now: noon)
        // When pruning with a default of 14 days
        let deleted = try press.pruneArticles(now: noon, defaultDays: 14)
        // Then only De Standaard's old article goes
        XCTAssertEqual(deleted, 1)
        XCTAssertEqual(try keptTitles(), ["grenz", "soir", "standaard-new"])
        // And back to the default, Le Soir's goes at the default's age
        try press.setRetention(source: Self.soir, days: nil, by: "staff:admin", now: noon)
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: 9), 2)
        XCTAssertEqual(try keptTitles(), ["standaard-new"])
    }

    func testARemovedSourceLosesEveryArticleAndItsState() throws {
        // Given new articles and sync state in De Standaard, which is then removed
        try keep(["vandaag": 0, "gisteren": 1], in: Self.standaard)
        try keep(["soir": 1], in: Self.soir)
        try press.setRetention(source: Self.standaard, days: 30, by: "staff:admin", now: noon)
        try allowlist.removeFeed(url: Self.standaard, by: "staff:admin", now: noon)
        // When pruning
        let deleted = try press.pruneArticles(now: noon, defaultDays: 30)
        // Then its articles and its state are gone, whatever their age
        XCTAssertEqual(deleted, 2)
        XCTAssertEqual(try keptTitles(), ["soir"])
        let states = try database.read { db in try String.fetchAll(db, sql: "SELECT source_url FROM press_source_state") }
        XCTAssertFalse(states.contains(Self.standaard))
        // And a source added again later starts from nothing
        try allowlist.addFeed(url: Self.standaard, name: "De Standaard", language: .nl, by: "staff:admin", now: noon)
        XCTAssertEqual(try press.syncSources().first { $0.url == Self.standaard }?.retentionDays, nil)
    }

    func testAnArticleBeingReadIsNeverDeletedUntilItIsClosed() throws {
        // Given an old Soir article and an article of a removed source, both open on terminals
        try keep(["old": 40, "other": 40], in: Self.soir)
        try keep(["gone": 0], in: Self.standaard)
        let (old, gone) = (try id(of: "old"), try id(of: "gone"))
        _ = try press.openArticle(id: old, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)
        _ = try press.openArticle(id: gone, detainee: julien.id, allowed: nil, terminal: "cell-102", at: noon)
        try allowlist.removeFeed(url: Self.standaard, by: "staff:admin", now: noon)
        // When pruning
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: 7), 1)
        // Then both held articles stay, readable and searchable where their source is listed
        XCTAssertEqual(try keptTitles(), ["gone", "old"])
        XCTAssertEqual(try titles(searching: "old"), ["old"])
        XCTAssertEqual(try press.openArticle(id: old, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)?.title,
                       "old")
        // When the terminals close them, the next pruning deletes them
        try press.closeArticle(terminal: "cell-101")
        try press.closeArticle(terminal: "cell-102")
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: 7), 2)
        XCTAssertEqual(try keptTitles(), [])
        XCTAssertEqual(try count("press_search"), 0)
        XCTAssertEqual(try count("press_read"), 0)
    }

    func testANonsenseDefaultStillKeepsADay() throws {
        // Given an article of an hour
        try keep(["recent": 1.0 / 24], in: Self.soir)
        // When pruning with a default of 0 or fewer days
        // Then it is kept
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: 0), 0)
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: -5), 0)
        XCTAssertEqual(try keptTitles(), ["recent"])
    }

    func testAnIDIsNeverGivenAgainAfterPruning() throws {
        // Given an article pruned away
        try keep(["first": 40], in: Self.soir)
        let first = try id(of: "first")
        XCTAssertEqual(try press.pruneArticles(now: noon, defaultDays: 7), 1)
        // When another is kept
        try keep(["second": 0], in: Self.soir)
        // Then it has another id, and the old id opens nothing
        XCTAssertNotEqual(try id(of: "second"), first)
        XCTAssertNil(try press.openArticle(id: first, detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon))
    }
}
