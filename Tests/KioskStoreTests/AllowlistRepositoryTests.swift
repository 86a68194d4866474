import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class AllowlistRepositoryTests: StoreTestCase {
    private func makeAllowlist(_ database: KioskDatabase) -> AllowlistRepository {
        AllowlistRepository(database: database)
    }

    /// The `AllowlistError` that `body` throws, or nil when it succeeds.
    private func error<T>(_ body: () throws -> T, line: UInt = #line) -> AllowlistError? {
        do {
            _ = try body()
            return nil
        } catch let error as AllowlistError {
            return error
        } catch {
            XCTFail("unexpected \(error)", line: line)
            return nil
        }
    }

    func testTheMigrationCreatesBothTablesWithUniqueKeys() throws {
        // Given a fresh database
        let database = try openDatabase()
        // When reading its schema
        let (ruleColumns, feedColumns, ruleUnique, feedUnique) = try database.pool.read { db in
            (try db.columns(in: "site_rule").map(\.name), try db.columns(in: "feed_source").map(\.name),
             try db.table("site_rule", hasUniqueKey: ["rule"]), try db.table("feed_source", hasUniqueKey: ["url"]))
        }
        // Then both tables have the planned columns, and rule text and feed URL are unique
        XCTAssertEqual(ruleColumns, ["id", "rule", "category", "allows_get_forms", "allows_post", "created_at", "created_by"])
        XCTAssertEqual(feedColumns, ["id", "url", "name", "language", "enabled", "created_at", "created_by"])
        XCTAssertTrue(ruleUnique)
        XCTAssertTrue(feedUnique)
    }

    func testTheSchemaRefusesUnknownCategoriesAndLanguages() throws {
        // Given a fresh database
        let database = try openDatabase()
        // When rows with an unknown category or language are written past the repository
        // Then SQLite's CHECK constraints refuse them
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: "INSERT INTO site_rule (rule, category, created_at, created_by) VALUES ('example.org', 'casino', 0, 'x')")
        })
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: "INSERT INTO feed_source (url, name, language, created_at, created_by) VALUES ('https://a.example/', 'A', 'xx', 0, 'x')")
        })
    }

    func testAnAddedRuleIsStoredInCanonicalTextWithItsAttributes() throws {
        // Given an empty allowlist
        let allowlist = makeAllowlist(try openDatabase())
        // When staff add a rule written loosely
        let entry = try allowlist.addSiteRule(
            "HTTPS://Jobs.Example.ORG./apply/", category: .jobs, allowsGetForms: true, allowsPost: true,
            by: "staff:admin", now: Self.noon)
        // Then it is listed in canonical text, with its attributes, author and date
        XCTAssertEqual(entry.text, "jobs.example.org/apply")
        XCTAssertEqual(try allowlist.listSiteRules(), [entry])
        XCTAssertEqual(entry.category, .jobs)
        XCTAssertTrue(entry.allowsGetForms)
        XCTAssertTrue(entry.allowsPost)
        XCTAssertEqual(entry.createdBy, "staff:admin")
        XCTAssertEqual(entry.createdAt, Self.noon)
        XCTAssertEqual(entry.rule?.host, "jobs.example.org")
        XCTAssertNil(entry.problem)
    }

    func testTheSameRuleInAnotherSpellingIsADuplicate() throws {
        // Given the rule example.org
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("example.org", category: .jobs, by: "staff:admin")
        // When it is added again as https://EXAMPLE.org:443/
        let refusal = error { try allowlist.addSiteRule("https://EXAMPLE.org:443/", category: .press, by: "staff:admin") }
        // Then it is refused as a duplicate and nothing changed
        XCTAssertEqual(refusal, .duplicateRule("example.org"))
        XCTAssertEqual(refusal?.description, "The site rule example.org already exists")
        XCTAssertEqual(try allowlist.listSiteRules().map(\.category), [.jobs])
    }

    func testAnInvalidRuleIsRefusedWithTheParsersMessageAndNothingIsWritten() throws {
        // Given an empty allowlist
        let allowlist = makeAllowlist(try openDatabase())
        // When staff add a wildcard rule and a rule with an IP address
        let wildcard = error { try allowlist.addSiteRule("https://*.example.org", category: .jobs, by: "staff:admin") }
        let ip = error { try allowlist.addSiteRule("10.0.0.1", category: .jobs, by: "staff:admin") }
        // Then each is refused with a message naming the rule and the fix
        XCTAssertEqual(
            wildcard?.description,
            "rule 'https://*.example.org': wildcards are not allowed; write example.org to cover its subdomains")
        XCTAssertEqual(ip?.description, "rule '10.0.0.1': IP addresses are not allowed; name the host")
        XCTAssertEqual(try allowlist.listSiteRules(), [])
    }

    func testTheAuthorIsRequiredAndSanitised() throws {
        let allowlist = makeAllowlist(try openDatabase())
        XCTAssertEqual(
            error { try allowlist.addSiteRule("example.org", category: .jobs, by: " \u{1B} ") },
            .invalid("The author of a change must be 1 to 100 characters"))
        let entry = try allowlist.addSiteRule("example.org", category: .jobs, by: "cli:\u{1B}[2Jroot")
        XCTAssertEqual(entry.createdBy, "cli:[2Jroot")
    }

    func testThePolicyIsBuiltFromTheStoredRules() throws {
        // Given stored rules, one of them only for an exact host with POST
        let database = try openDatabase()
        let allowlist = makeAllowlist(database)
        try allowlist.addSiteRule("example.org/jobs", category: .jobs, by: "staff:admin")
        try allowlist.addSiteRule(".apply.example.org", category: .jobs, allowsPost: true, by: "staff:admin")
        // When the policy is read back, even from a second connection
        let policy = try makeAllowlist(try openDatabase()).policy()
        // Then it decides with those rules, and denies anything else
        XCTAssertEqual(policy.decide("https://example.org/jobs/1").rule?.text, "example.org/jobs")
        XCTAssertTrue(policy.decide("https://apply.example.org/send", method: .post).isAllowed)
        XCTAssertEqual(policy.decide("https://x.apply.example.org/send").refusal, .notListed(host: "x.apply.example.org", path: "/send"))
        XCTAssertEqual(policy.decide("https://example.org/admin").refusal, .notListed(host: "example.org", path: "/admin"))
        XCTAssertFalse(policy.decide("https://evil.com/").isAllowed)
    }

    func testAStoredRuleThatNoLongerParsesIsListedWithItsProblemAndIgnored() throws {
        // Given a row written past the parser (an old version, or a hand edit)
        let database = try openDatabase()
        let allowlist = makeAllowlist(database)
        try allowlist.addSiteRule("example.org", category: .jobs, by: "staff:admin")
        try database.pool.write { db in
            try db.execute(sql: "INSERT INTO site_rule (rule, category, created_at, created_by) VALUES ('*.evil.com', 'jobs', 0, 'x')")
        }
        // When listing and building the policy
        let entries = try allowlist.listSiteRules()
        let policy = try allowlist.policy()
        // Then the bad row is shown with its problem, and the policy leaves it out
        XCTAssertEqual(entries.map(\.text), ["*.evil.com", "example.org"])
        XCTAssertNil(entries[0].rule)
        XCTAssertEqual(entries[0].problem, "rule '*.evil.com': wildcards are not allowed; write evil.com to cover its subdomains")
        XCTAssertFalse(policy.decide("https://www.evil.com/").isAllowed)
        XCTAssertTrue(policy.decide("https://example.org/").isAllowed)
        // And it can still be removed as stored
        try allowlist.removeSiteRule("*.evil.com")
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["example.org"])
    }

    func testARuleIsRemovedInAnySpelling() throws {
        // Given two rules
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("example.org/jobs", category: .jobs, by: "staff:admin")
        try allowlist.addSiteRule("example.net", category: .library, by: "staff:admin")
        // When one is removed written differently
        let removed = try allowlist.removeSiteRule("https://EXAMPLE.org/jobs/")
        // Then it is gone and the other stays
        XCTAssertEqual(removed.text, "example.org/jobs")
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["example.net"])
        XCTAssertFalse(try allowlist.policy().decide("https://example.org/jobs").isAllowed)
        // And removing it again says it is not there
        XCTAssertEqual(error { try allowlist.removeSiteRule("example.org/jobs") }, .ruleNotFound("example.org/jobs"))
    }

    // MARK: - Feeds

    func testAFeedAllowedByAPressRuleIsStoredInNormalForm() throws {
        // Given a press rule
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin")
        // When a feed on it is added, written loosely
        let feed = try allowlist.addFeed(
            url: "HTTPS://News.Example.BE/rss/%66r#top", name: "  Le \u{1B}[31mSoir ", language: .fr, by: "staff:admin",
            now: Self.noon)
        // Then it is stored enabled, in normal form, with a clean name
        XCTAssertEqual(feed, FeedSourceEntry(
            url: "https://news.example.be/rss/fr", name: "Le [31mSoir", language: .fr, enabled: true,
            createdAt: Self.noon, createdBy: "staff:admin"))
        XCTAssertEqual(try allowlist.listFeeds(), [feed])
        // And the same URL in another form is a duplicate
        XCTAssertEqual(
            error { try allowlist.addFeed(url: "https://news.example.be/rss/fr", name: "Again", language: .fr, by: "staff:admin") },
            .duplicateFeed("https://news.example.be/rss/fr"))
    }

    func testAFeedMustBeAllowedByAPressRule() throws {
        // Given a jobs rule and a press rule on a path
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("example.org", category: .jobs, by: "staff:admin")
        try allowlist.addSiteRule("example.org/press", category: .press, by: "staff:admin")
        func add(_ url: String) -> AllowlistError? {
            error { try allowlist.addFeed(url: url, name: "Feed", language: .nl, by: "staff:admin") }
        }
        // Then a feed under the press path is accepted
        XCTAssertNil(add("https://example.org/press/rss"))
        // And one decided by the jobs rule, one on no rule, and malformed ones are refused
        XCTAssertEqual(
            add("https://example.org/jobs/rss"),
            .feedRuleNotPress(url: "https://example.org/jobs/rss", rule: "example.org", category: .jobs))
        XCTAssertEqual(
            add("https://example.org/jobs/rss")?.description,
            "Feed https://example.org/jobs/rss is allowed by the site rule example.org of category jobs; feeds need a rule of category press")
        XCTAssertEqual(
            add("https://evil.com/rss"),
            .feedNotAllowed(url: "https://evil.com/rss", refusal: .notListed(host: "evil.com", path: "/rss")))
        XCTAssertEqual(add("http://example.org/press/rss"), .feedNotAllowed(url: "http://example.org/press/rss", refusal: .schemeNotListed(.http)))
        XCTAssertEqual(add("https://127.0.0.1/rss"), .invalidFeedURL(.malformed(.ipLiteral)))
        XCTAssertEqual(add("file:///etc/passwd"), .invalidFeedURL(.unsupportedScheme("file")))
        XCTAssertEqual(try allowlist.listFeeds().map(\.url), ["https://example.org/press/rss"])
    }

    func testAFeedNeedsAName() throws {
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin")
        XCTAssertEqual(
            error { try allowlist.addFeed(url: "https://news.example.be/rss", name: " \u{7} ", language: .de, by: "staff:admin") },
            .invalid("Feed name must not be empty"))
        XCTAssertEqual(
            error { try allowlist.addFeed(url: "https://news.example.be/rss", name: String(repeating: "n", count: 101), language: .de, by: "staff:admin") },
            .invalid("Feed name must be at most 100 characters"))
        XCTAssertEqual(try allowlist.listFeeds(), [])
    }

    func testARuleAnEnabledFeedNeedsCannotBeRemoved() throws {
        // Given a press rule with an enabled feed
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin")
        try allowlist.addFeed(url: "https://news.example.be/rss", name: "News", language: .nl, by: "staff:admin")
        // When the rule is removed
        let refusal = error { try allowlist.removeSiteRule("news.example.be") }
        // Then it is refused, naming the feed, and the rule stays
        XCTAssertEqual(refusal, .ruleStillNeeded(rule: "news.example.be", feeds: ["https://news.example.be/rss"]))
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["news.example.be"])
        // And once the feed is disabled, the rule can go, and the feed cannot be enabled again
        try allowlist.setFeedEnabled(url: "https://news.example.be/rss", false)
        try allowlist.removeSiteRule("news.example.be")
        XCTAssertEqual(
            error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", true) },
            .feedNotAllowed(url: "https://news.example.be/rss", refusal: .notListed(host: "news.example.be", path: "/rss")))
        XCTAssertEqual(try allowlist.listFeeds().map(\.enabled), [false])
    }

    func testAnotherPressRuleCoveringTheFeedLetsARuleGo() throws {
        // Given two press rules that both allow a feed
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("example.be", category: .press, by: "staff:admin")
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin")
        try allowlist.addFeed(url: "https://news.example.be/rss", name: "News", language: .fr, by: "staff:admin")
        // When the narrower one is removed
        try allowlist.removeSiteRule("news.example.be")
        // Then the feed is still allowed by the other
        XCTAssertEqual(try allowlist.policy().decide("https://news.example.be/rss").rule?.text, "example.be")
        // And removing the last press rule for it is refused
        XCTAssertEqual(
            error { try allowlist.removeSiteRule("example.be") },
            .ruleStillNeeded(rule: "example.be", feeds: ["https://news.example.be/rss"]))
    }

    func testARuleThatWouldTakeAFeedAwayFromItsPressRuleIsRefused() throws {
        // Given a feed allowed by a press rule
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("example.be", category: .press, by: "staff:admin")
        try allowlist.addFeed(url: "https://news.example.be/rss", name: "News", language: .fr, by: "staff:admin")
        // When a narrower jobs rule is added over the feed
        let refusal = error { try allowlist.addSiteRule("news.example.be", category: .jobs, by: "staff:admin") }
        // Then it is refused, naming the feed, and nothing changed
        XCTAssertEqual(refusal, .ruleTakesOverFeeds(rule: "news.example.be", feeds: ["https://news.example.be/rss"]))
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["example.be"])
        // And a narrower press rule, or a jobs rule beside the feed, is fine
        XCTAssertNoThrow(try allowlist.addSiteRule("news.example.be/rss", category: .press, by: "staff:admin"))
        XCTAssertNoThrow(try allowlist.addSiteRule("news.example.be/jobs", category: .jobs, by: "staff:admin"))
    }

    func testFeedsAreEnabledDisabledAndRemovedByURLInAnyForm() throws {
        // Given a feed
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin")
        try allowlist.addFeed(url: "https://news.example.be/rss", name: "News", language: .en, by: "staff:admin")
        // When it is disabled and enabled by an equivalent URL
        try allowlist.setFeedEnabled(url: "https://NEWS.example.be:443/rss#x", false)
        XCTAssertEqual(try allowlist.listFeeds().map(\.enabled), [false])
        try allowlist.setFeedEnabled(url: "https://news.example.be./rss", true)
        XCTAssertEqual(try allowlist.listFeeds().map(\.enabled), [true])
        // Then removing works the same way, once
        try allowlist.removeFeed(url: "https://News.Example.be/rss")
        XCTAssertEqual(try allowlist.listFeeds(), [])
        XCTAssertEqual(error { try allowlist.removeFeed(url: "https://news.example.be/rss") }, .feedNotFound("https://news.example.be/rss"))
        XCTAssertEqual(error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", true) }, .feedNotFound("https://news.example.be/rss"))
    }
}
