import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// What staff set and see from the shell, and the home screen's press badge.
final class PressAdminTests: PressTestCase {
    /// The `AllowlistError` that `body` throws, or nil when it succeeds.
    private func error(_ body: () throws -> Void, line: UInt = #line) -> AllowlistError? {
        do {
            try body()
            return nil
        } catch let error as AllowlistError {
            return error
        } catch {
            XCTFail("unexpected \(error)", line: line)
            return nil
        }
    }

    private func retentionAudit() throws -> [AuditEvent] {
        try AuditRepository(database: database).events(matching: AuditFilter(actionPrefix: "feed.retention")).reversed()
    }

    // MARK: - Retention

    func testARetentionIsSetInAnySpellingOfTheURLAndAudited() throws {
        // Given Le Soir with the default retention
        // When staff give it 30 days, writing its URL loosely, then set it back to the default
        try press.setRetention(source: "HTTPS://News.Example.BE/soir", days: 30, by: "staff:admin", now: noon)
        XCTAssertEqual(try press.syncSources().last?.retentionDays, 30)
        try press.setRetention(source: Self.soir, days: nil, by: "staff:marc", terminal: "office-1", now: noon + 60)
        // Then the retention is the default again, and both changes are in the audit log
        XCTAssertNil(try press.syncSources().last?.retentionDays)
        let audit = try retentionAudit()
        XCTAssertEqual(audit.map(\.detail), ["retention 30 days", "retention default"])
        XCTAssertEqual(audit.map(\.subject), [Self.soir, Self.soir])
        XCTAssertEqual(audit.map(\.actor), ["staff:admin", "staff:marc"])
        XCTAssertEqual(audit.map(\.terminal), ["admin-cli", "office-1"])
        XCTAssertEqual(audit.map(\.at), [noon, noon + 60])
    }

    func testARetentionOutOfRangeOrForAnUnknownSourceIsRefusedAndNothingIsWritten() throws {
        // Given the sources of the test case
        // When staff give 0 days, 3651 days, a source that is not listed, or no author
        // Then each is refused, and nothing is stored or audited
        XCTAssertEqual(error { try press.setRetention(source: Self.soir, days: 0, by: "staff:admin", now: noon) },
                       .invalid("Retention must be 1 to 3650 days"))
        XCTAssertEqual(error { try press.setRetention(source: Self.soir, days: 3651, by: "staff:admin", now: noon) },
                       .invalid("Retention must be 1 to 3650 days"))
        XCTAssertEqual(error { try press.setRetention(source: "https://news.example.be/other", days: 5, by: "staff:admin", now: noon) },
                       .feedNotFound("https://news.example.be/other"))
        guard case .invalid = error({ try press.setRetention(source: Self.soir, days: 5, by: " \u{1B} ", now: noon) }) else {
            return XCTFail("an empty author should be refused")
        }
        XCTAssertEqual(try retentionAudit(), [])
        XCTAssertEqual(try count("press_source_state"), 0)
        // And the bounds themselves are accepted
        try press.setRetention(source: Self.soir, days: 1, by: "staff:admin", now: noon)
        try press.setRetention(source: Self.standaard, days: 3650, by: "staff:admin", now: noon)
        XCTAssertEqual(try press.syncSources().map(\.retentionDays), [3650, nil, 1])
    }

    // MARK: - Status

    func testTheStatusListsEverySourceWithItsArticlesAndLastSyncs() throws {
        // Given a Soir sync, a failed Standaard sync, and Grenz-Echo disabled, never synced, kept 60 days
        try store([draft("a", "A"), draft("b", "B")], in: Self.soir)
        try press.recordSyncFailure(source: Self.standaard, reason: "timed out after 20 s", at: noon + 60)
        try allowlist.setFeedEnabled(url: Self.grenzEcho, false, by: "staff:admin", now: noon)
        try press.setRetention(source: Self.grenzEcho, days: 60, by: "staff:admin", now: noon)
        // When staff ask for the status
        let status = try press.syncStatus()
        // Then every listed source is there by name, enabled or not
        XCTAssertEqual(status, [
            PressSourceStatus(url: Self.standaard, name: "De Standaard", enabled: true, articleCount: 0,
                              lastAttempt: noon + 60, lastSuccess: nil, lastOutcome: "failed: timed out after 20 s",
                              retentionDays: nil),
            PressSourceStatus(url: Self.grenzEcho, name: "Grenz-Echo", enabled: false, articleCount: 0,
                              lastAttempt: nil, lastSuccess: nil, lastOutcome: nil, retentionDays: 60),
            PressSourceStatus(url: Self.soir, name: "Le Soir", enabled: true, articleCount: 2,
                              lastAttempt: noon, lastSuccess: noon, lastOutcome: "2 new, 0 already kept",
                              retentionDays: nil),
        ])
    }

    // MARK: - Home badge

    func testTheHomeSummaryCountsUnreadArticlesTheProfileAllows() throws {
        // Given two Soir articles, one Standaard article, and Julien having read one Soir article
        try store([draft("a", "Un"), draft("b", "Deux")], in: Self.soir)
        try store([draft("c", "Drie")], in: Self.standaard)
        _ = try press.openArticle(id: try id(of: "Un"), detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)
        let accounts = makeRepository(database)
        let profiles = AccessProfileRepository(database: database)
        // When Julien has no profile
        // Then every source counts
        XCTAssertEqual(try accounts.homeSummary(detainee: julien.id, now: noon).unread[.press], 2)
        // When his profile allows Le Soir only
        try profiles.save(AccessProfile(name: "soir-only", pressSources: ["Le Soir"]), by: "staff:admin", now: noon)
        try profiles.assign("soir-only", toDetainee: julien.number, by: "staff:admin", now: noon)
        // Then only its unread article counts
        XCTAssertEqual(try accounts.homeSummary(detainee: julien.id, now: noon).unread[.press], 1)
        // When his profile does not open the press at all
        try profiles.save(AccessProfile(name: "no-press", sections: [.courses]), by: "staff:admin", now: noon)
        try profiles.assign("no-press", toDetainee: julien.number, by: "staff:admin", now: noon)
        // Then there is no press badge
        XCTAssertNil(try accounts.homeSummary(detainee: julien.id, now: noon).unread[.press])
    }

    func testTheHomeSummaryHasNoPressBadgeWhenEverythingIsRead() throws {
        // Given one article that Julien has read
        try store([draft("a", "Un")], in: Self.soir)
        _ = try press.openArticle(id: try id(of: "Un"), detainee: julien.id, allowed: nil, terminal: "cell-101", at: noon)
        // When his home screen loads
        let summary = try makeRepository(database).homeSummary(detainee: julien.id, now: noon)
        // Then no press count is given
        XCTAssertEqual(summary.unread, [:])
    }
}
