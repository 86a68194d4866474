import Foundation
import KioskCore
@testable import KioskStore
import XCTest

/// The supervisor screens' changes to allowlists and announcements, on a real database.
final class StaffRepositoryContentTests: StoreTestCase {
    private let author = ChangeAuthor(actor: "staff:admin", terminal: "A-117", at: StoreTestCase.noon)

    private func events(_ database: KioskDatabase) throws -> [AuditEvent] {
        try AuditRepository(database: database).events(matching: AuditFilter(limit: 100))
    }

    func testAddingARuleReturnsTheFreshListAndAuditsItWithTheScreensTerminal() throws {
        // Given an empty database
        let database = try openDatabase()
        let repository = StaffRepository(database: database, hasher: Self.cheapHasher)
        // When a rule is added from a screen
        let result = try repository.addSiteRule(SiteRuleDraft(text: "HTTPS://Jobs.Example.be/", category: .jobs, allowsGetForms: true),
                                                by: author)
        // Then the fresh list holds it in canonical text, and the audit line names the terminal
        guard case .done(let rules) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(rules.map(\.text), ["jobs.example.be"])
        XCTAssertEqual(rules.first?.allowsGetForms, true)
        let added = try events(database).filter { $0.action == "site-rule.added" }
        XCTAssertEqual(added.map(\.terminal), ["A-117"])
        XCTAssertEqual(added.map(\.actor), ["staff:admin"])
        XCTAssertEqual(added.map(\.at), [Self.noon])
    }

    func testARefusalComesBackAsWordsAndWritesNothing() throws {
        let database = try openDatabase()
        let repository = StaffRepository(database: database, hasher: Self.cheapHasher)
        _ = try repository.addSiteRule(SiteRuleDraft(text: "https://jobs.example.be", category: .jobs), by: author)
        let before = try events(database).count
        // When the same rule is added again
        let again = try repository.addSiteRule(SiteRuleDraft(text: "https://jobs.example.be", category: .press), by: author)
        // Then it is refused in words, and no audit line is written
        XCTAssertEqual(again, .refused("The site rule jobs.example.be already exists"))
        XCTAssertEqual(try events(database).count, before)
        // And a feed needs a press rule: refused with the allowlist's reason
        let feed = try repository.addFeedSource(FeedSourceDraft(url: "https://jobs.example.be/rss", name: "Jobs", language: .fr), by: author)
        guard case .refused(let reason) = feed else { return XCTFail("\(feed)") }
        XCTAssertTrue(reason.contains("category jobs"), reason)
        XCTAssertEqual(try repository.feedSources(), [])
    }

    func testFeedSourcesAreAddedDisabledAndRemoved() throws {
        let database = try openDatabase()
        let repository = StaffRepository(database: database, hasher: Self.cheapHasher)
        _ = try repository.addSiteRule(SiteRuleDraft(text: "https://news.example.be", category: .press), by: author)
        let added = try repository.addFeedSource(FeedSourceDraft(url: "https://news.example.be/rss", name: "Le Journal", language: .fr),
                                                 by: author)
        guard case .done(let sources) = added else { return XCTFail("\(added)") }
        XCTAssertEqual(sources.map(\.enabled), [true])
        // When it is disabled, then the rule it needed may be removed, and then the source
        XCTAssertEqual(try repository.setFeedSourceEnabled(url: "https://news.example.be/rss", false, by: author).listing?.map(\.enabled), [false])
        XCTAssertEqual(try repository.removeSiteRule("https://news.example.be", by: author), .done([]))
        XCTAssertEqual(try repository.removeFeedSource(url: "https://news.example.be/rss", by: author), .done([]))
        XCTAssertEqual(try events(database).map(\.action).reversed(),
                       ["site-rule.added", "feed.added", "feed.disabled", "site-rule.removed", "feed.removed"])
    }

    func testAnnouncementsArePublishedAndWithdrawnAndListedWithTheWithdrawnOnes() throws {
        let database = try openDatabase()
        let repository = StaffRepository(database: database, hasher: Self.cheapHasher)
        let draft = AnnouncementDraft(text: "Gym closed", startsAt: Self.noon, endsAt: nil, target: .wing("b"))
        guard case .done(let published) = try repository.publishAnnouncement(draft, by: author), let id = published.first?.id else {
            return XCTFail("not published")
        }
        XCTAssertEqual(published.map(\.target), [.wing("B")])
        // When it is withdrawn twice, the second is refused in words
        let withdrawn = try repository.withdrawAnnouncement(id: id, by: author)
        XCTAssertEqual(withdrawn.listing?.first?.withdrawnBy, "staff:admin")
        XCTAssertEqual(try repository.withdrawAnnouncement(id: id, by: author), .refused("Announcement \(id) is already withdrawn"))
        // Then the list still shows it, withdrawn, and both changes are audited at the screen's terminal
        XCTAssertEqual(try repository.announcements().map(\.id), [id])
        XCTAssertEqual(try events(database).filter { $0.action.hasPrefix("announcement.") }.map(\.terminal), ["A-117", "A-117"])
    }
}

private extension ChangeResult {
    var listing: Value? {
        if case .done(let value) = self { return value }
        return nil
    }
}
