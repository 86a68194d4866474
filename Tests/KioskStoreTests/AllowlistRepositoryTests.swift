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
        try allowlist.removeSiteRule("*.evil.com", by: "staff:admin")
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["example.org"])
    }

    func testARuleIsRemovedInAnySpelling() throws {
        // Given two rules
        let allowlist = makeAllowlist(try openDatabase())
        try allowlist.addSiteRule("example.org/jobs", category: .jobs, by: "staff:admin")
        try allowlist.addSiteRule("example.net", category: .library, by: "staff:admin")
        // When one is removed written differently
        let removed = try allowlist.removeSiteRule("https://EXAMPLE.org/jobs/", by: "staff:admin")
        // Then it is gone and the other stays
        XCTAssertEqual(removed.text, "example.org/jobs")
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["example.net"])
        XCTAssertFalse(try allowlist.policy().decide("https://example.org/jobs").isAllowed)
        // And removing it again says it is not there
        XCTAssertEqual(error { try allowlist.removeSiteRule("example.org/jobs", by: "staff:admin") }, .ruleNotFound("example.org/jobs"))
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
        let refusal = error { try allowlist.removeSiteRule("news.example.be", by: "staff:admin") }
        // Then it is refused, naming the feed, and the rule stays
        XCTAssertEqual(refusal, .ruleStillNeeded(rule: "news.example.be", feeds: ["https://news.example.be/rss"]))
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["news.example.be"])
        // And once the feed is disabled, the rule can go, and the feed cannot be enabled again
        try allowlist.setFeedEnabled(url: "https://news.example.be/rss", false, by: "staff:admin")
        try allowlist.removeSiteRule("news.example.be", by: "staff:admin")
        XCTAssertEqual(
            error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", true, by: "staff:admin") },
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
        try allowlist.removeSiteRule("news.example.be", by: "staff:admin")
        // Then the feed is still allowed by the other
        XCTAssertEqual(try allowlist.policy().decide("https://news.example.be/rss").rule?.text, "example.be")
        // And removing the last press rule for it is refused
        XCTAssertEqual(
            error { try allowlist.removeSiteRule("example.be", by: "staff:admin") },
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
        try allowlist.setFeedEnabled(url: "https://NEWS.example.be:443/rss#x", false, by: "staff:admin")
        XCTAssertEqual(try allowlist.listFeeds().map(\.enabled), [false])
        try allowlist.setFeedEnabled(url: "https://news.example.be./rss", true, by: "staff:admin")
        XCTAssertEqual(try allowlist.listFeeds().map(\.enabled), [true])
        // Then removing works the same way, once
        try allowlist.removeFeed(url: "https://News.Example.be/rss", by: "staff:admin")
        XCTAssertEqual(try allowlist.listFeeds(), [])
        XCTAssertEqual(error { try allowlist.removeFeed(url: "https://news.example.be/rss", by: "staff:admin") }, .feedNotFound("https://news.example.be/rss"))
        XCTAssertEqual(error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", true, by: "staff:admin") }, .feedNotFound("https://news.example.be/rss"))
    }

    // MARK: - Audit

    /// The whole audit log, oldest first.
    private func auditLog(_ database: KioskDatabase) throws -> [AuditEvent] {
        try AuditRepository(database: database).events(matching: AuditFilter(limit: 1_000)).reversed()
    }

    private func event(
        _ action: String, _ subject: String, _ detail: String, actor: String = "staff:admin",
        terminal: String = "admin-cli", at: Date = noon
    ) -> AuditEvent {
        AuditEvent(at: at, actor: actor, terminal: terminal, action: action, subject: subject, detail: detail)
    }

    func testEveryKindOfChangeWritesExactlyOneMatchingAuditLine() throws {
        // Given an empty allowlist and an empty log
        let database = try openDatabase()
        let allowlist = makeAllowlist(database)
        var expected: [AuditEvent] = []
        XCTAssertEqual(try auditLog(database), expected)
        let later = Self.noon.addingTimeInterval(60)

        // When a rule is added from the shell, in loose spelling, with both form rights
        try allowlist.addSiteRule(
            "HTTPS://News.Example.BE/", category: .press, allowsGetForms: true, allowsPost: true,
            by: "cli:root", now: Self.noon)
        // Then one line names it in canonical text, with what it grants, on terminal admin-cli
        expected.append(event("site-rule.added", "news.example.be", "category press, GET forms, POST", actor: "cli:root"))
        XCTAssertEqual(try auditLog(database), expected)

        // When a second rule is added from a supervisor screen
        try allowlist.addSiteRule("example.org/jobs", category: .jobs, by: "staff:admin", terminal: "A-117", now: Self.noon)
        // Then its line carries that terminal
        expected.append(event("site-rule.added", "example.org/jobs", "category jobs", terminal: "A-117"))
        XCTAssertEqual(try auditLog(database), expected)

        // When a feed is added, written loosely
        try allowlist.addFeed(url: "https://NEWS.example.be/rss#top", name: " Le Soir ", language: .fr, by: "staff:admin", now: Self.noon)
        // Then one line names its stored URL, name and language
        expected.append(event("feed.added", "https://news.example.be/rss", "name Le Soir, language fr"))
        XCTAssertEqual(try auditLog(database), expected)

        // When it is disabled, then enabled, by an equivalent URL
        try allowlist.setFeedEnabled(url: "https://news.example.be:443/rss", false, by: "staff:admin", now: Self.noon)
        expected.append(event("feed.disabled", "https://news.example.be/rss", "name Le Soir, language fr"))
        XCTAssertEqual(try auditLog(database), expected)
        try allowlist.setFeedEnabled(url: "https://news.example.be./rss", true, by: "staff:chief", now: Self.noon)
        // Then each writes one line with its own actor
        expected.append(event("feed.enabled", "https://news.example.be/rss", "name Le Soir, language fr", actor: "staff:chief"))
        XCTAssertEqual(try auditLog(database), expected)

        // When it is enabled again while enabled
        try allowlist.setFeedEnabled(url: "https://news.example.be/rss", true, by: "staff:admin", now: Self.noon)
        // Then the action is still logged, saying nothing changed
        expected.append(event("feed.enabled", "https://news.example.be/rss", "name Le Soir, language fr, already enabled"))
        XCTAssertEqual(try auditLog(database), expected)

        // When the feed, then both rules are removed, a minute later
        try allowlist.removeFeed(url: "https://News.Example.be/rss", by: "staff:admin", now: later)
        expected.append(event("feed.removed", "https://news.example.be/rss", "name Le Soir, language fr", at: later))
        XCTAssertEqual(try auditLog(database), expected)
        try allowlist.removeSiteRule("news.example.be", by: "staff:admin", now: later)
        expected.append(event("site-rule.removed", "news.example.be", "category press, GET forms, POST", at: later))
        XCTAssertEqual(try auditLog(database), expected)
        try allowlist.removeSiteRule("https://EXAMPLE.org/jobs/", by: "cli:\u{1B}[2Jroot", terminal: "B-2", now: later)
        // Then each writes one line at that time, with the author cleaned like the one stored on the row
        expected.append(event("site-rule.removed", "example.org/jobs", "category jobs", actor: "cli:[2Jroot", terminal: "B-2", at: later))
        XCTAssertEqual(try auditLog(database), expected)

        // And the log survives reopening the file
        XCTAssertEqual(try auditLog(try openDatabase()), expected)
    }

    func testARefusedChangeWritesNoAuditLine() throws {
        // Given a press rule with an enabled feed, a disabled feed whose rule is gone, and their audit lines
        let database = try openDatabase()
        let allowlist = makeAllowlist(database)
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin")
        try allowlist.addSiteRule("old.example.be", category: .press, by: "staff:admin")
        try allowlist.addFeed(url: "https://news.example.be/rss", name: "News", language: .nl, by: "staff:admin")
        try allowlist.addFeed(url: "https://old.example.be/rss", name: "Old", language: .nl, by: "staff:admin")
        try allowlist.setFeedEnabled(url: "https://old.example.be/rss", false, by: "staff:admin")
        try allowlist.removeSiteRule("old.example.be", by: "staff:admin")
        let before = try auditLog(database)
        XCTAssertEqual(before.count, 6)
        let rules = try allowlist.listSiteRules(), feeds = try allowlist.listFeeds()

        // When staff try changes that are refused
        let refusals: [(String, AllowlistError?)] = [
            ("invalid rule", error { try allowlist.addSiteRule("https://*.example.org", category: .jobs, by: "staff:admin") }),
            ("duplicate rule", error { try allowlist.addSiteRule("NEWS.example.be", category: .press, by: "staff:admin") }),
            ("takes over a feed", error { try allowlist.addSiteRule("news.example.be/rss", category: .jobs, by: "staff:admin") }),
            ("rule still needed", error { try allowlist.removeSiteRule("news.example.be", by: "staff:admin") }),
            ("rule not found", error { try allowlist.removeSiteRule("example.com", by: "staff:admin") }),
            ("feed not allowed", error { try allowlist.addFeed(url: "https://evil.com/rss", name: "Evil", language: .en, by: "staff:admin") }),
            ("invalid feed URL", error { try allowlist.addFeed(url: "file:///etc/passwd", name: "X", language: .en, by: "staff:admin") }),
            ("feed without a name", error { try allowlist.addFeed(url: "https://news.example.be/b", name: " ", language: .en, by: "staff:admin") }),
            ("duplicate feed", error { try allowlist.addFeed(url: "https://news.example.be/rss", name: "Again", language: .nl, by: "staff:admin") }),
            ("feed not found", error { try allowlist.removeFeed(url: "https://news.example.be/none", by: "staff:admin") }),
            ("enable unknown feed", error { try allowlist.setFeedEnabled(url: "https://news.example.be/none", true, by: "staff:admin") }),
            ("enable a stranded feed", error { try allowlist.setFeedEnabled(url: "https://old.example.be/rss", true, by: "staff:admin") }),
            ("no author: add rule", error { try allowlist.addSiteRule("example.com", category: .jobs, by: " ") }),
            ("no author: remove rule", error { try allowlist.removeSiteRule("news.example.be", by: "\u{1B}") }),
            ("no author: add feed", error { try allowlist.addFeed(url: "https://news.example.be/b", name: "B", language: .en, by: "") }),
            ("no author: remove feed", error { try allowlist.removeFeed(url: "https://news.example.be/rss", by: " ") }),
            ("no author: disable feed", error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", false, by: " ") }),
            ("no author: check URL", error { try allowlist.checkURL("https://news.example.be/rss", by: " ") }),
        ]
        // Then each is refused
        for (name, refusal) in refusals {
            XCTAssertNotNil(refusal, name)
            if case .storage = refusal { XCTFail("\(name): refused by the database, not by the repository") }
        }
        // And nothing changed: no rule, no feed, no audit line
        XCTAssertEqual(try allowlist.listSiteRules(), rules)
        XCTAssertEqual(try allowlist.listFeeds(), feeds)
        XCTAssertEqual(try auditLog(database), before)
    }

    func testWhenTheAuditLineCannotBeWrittenTheChangeIsRolledBack() throws {
        // Given a rule, a feed and their audit lines
        let database = try openDatabase()
        let allowlist = makeAllowlist(database)
        try allowlist.addSiteRule("news.example.be", category: .press, by: "staff:admin", now: Self.noon)
        try allowlist.addSiteRule("example.org", category: .jobs, by: "staff:admin", now: Self.noon)
        try allowlist.addFeed(url: "https://news.example.be/rss", name: "News", language: .nl, by: "staff:admin", now: Self.noon)
        let rules = try allowlist.listSiteRules(), feeds = try allowlist.listFeeds(), log = try auditLog(database)
        // And an audit table that refuses every new line
        try database.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER test_audit_refused BEFORE INSERT ON audit_event
                BEGIN SELECT RAISE(ABORT, 'audit refused by test'); END
                """)
        }

        // When each kind of change is made
        let failures: [(String, AllowlistError?)] = [
            ("add rule", error { try allowlist.addSiteRule("example.net", category: .jobs, by: "staff:admin") }),
            ("remove rule", error { try allowlist.removeSiteRule("example.org", by: "staff:admin") }),
            ("add feed", error { try allowlist.addFeed(url: "https://news.example.be/nl", name: "NL", language: .nl, by: "staff:admin") }),
            ("disable feed", error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", false, by: "staff:admin") }),
            ("enable feed", error { try allowlist.setFeedEnabled(url: "https://news.example.be/rss", true, by: "staff:admin") }),
            ("remove feed", error { try allowlist.removeFeed(url: "https://news.example.be/rss", by: "staff:admin") }),
            ("check URL", error { try allowlist.checkURL("https://example.org/", by: "staff:admin") }),
        ]
        // Then each fails with the database's words
        for (name, failure) in failures {
            guard case .storage(let storeError) = failure else {
                XCTFail("\(name): expected a storage error, got \(String(describing: failure))")
                continue
            }
            XCTAssertTrue(storeError.detail.contains("audit refused by test"), "\(name): \(storeError.detail)")
        }
        // And no change was kept
        XCTAssertEqual(try allowlist.listSiteRules(), rules)
        XCTAssertEqual(try allowlist.listFeeds(), feeds)

        // And once the audit table accepts lines again, the same change goes through with its line
        try database.pool.write { db in try db.execute(sql: "DROP TRIGGER test_audit_refused") }
        XCTAssertEqual(try auditLog(database), log)
        let later = Self.noon.addingTimeInterval(60)
        try allowlist.removeSiteRule("example.org", by: "staff:admin", now: later)
        XCTAssertEqual(try allowlist.listSiteRules().map(\.text), ["news.example.be"])
        XCTAssertEqual(try auditLog(database), log + [event("site-rule.removed", "example.org", "category jobs", at: later)])
    }

    // MARK: - Checking a URL

    func testCheckingAURLRecordsTheDecision() throws {
        // Given a jobs rule with GET forms
        let database = try openDatabase()
        let allowlist = makeAllowlist(database)
        try allowlist.addSiteRule("example.org/jobs", category: .jobs, allowsGetForms: true, by: "staff:admin", now: Self.noon)
        let setup = try auditLog(database)

        // When URLs are checked from the shell: allowed, denied, a form, a POST, and hostile text
        let allowed = try allowlist.checkURL("https://Example.org/jobs/1", by: "cli:root", now: Self.noon)
        let denied = try allowlist.checkURL("https://evil.com/", by: "cli:root", now: Self.noon)
        let form = try allowlist.checkURL("https://example.org/jobs/search?q=x", method: .getForm, by: "cli:root", now: Self.noon)
        let post = try allowlist.checkURL("https://example.org/jobs/apply", method: .post, by: "cli:root", now: Self.noon)
        let hostile = try allowlist.checkURL("https://evil.com/\u{1B}]52;c;AAAA\u{7}\u{202E}x\ny", by: "cli:root", terminal: "A-117", now: Self.noon)

        // Then the decisions are the policy's
        XCTAssertEqual(allowed.rule?.text, "example.org/jobs")
        XCTAssertEqual(denied.refusal, .notListed(host: "evil.com", path: "/"))
        XCTAssertTrue(form.isAllowed)
        XCTAssertEqual(post.refusal, .postNotAllowed(rule: "example.org/jobs"))
        XCTAssertFalse(hostile.isAllowed)
        // And each is one url.checked line: the URL as given (cleaned), and the decision
        XCTAssertEqual(try auditLog(database), setup + [
            event("url.checked", "https://Example.org/jobs/1", "allowed by example.org/jobs", actor: "cli:root"),
            event("url.checked", "https://evil.com/", "denied: no rule allows evil.com/", actor: "cli:root"),
            event("url.checked", "https://example.org/jobs/search?q=x", "allowed by example.org/jobs (GET form)", actor: "cli:root"),
            event("url.checked", "https://example.org/jobs/apply",
                  "denied: POST is not allowed by rule 'example.org/jobs' (POST form)", actor: "cli:root"),
            event("url.checked", "https://evil.com/]52;c;AAAAx y", "denied: \(hostile.refusal!)", actor: "cli:root", terminal: "A-117"),
        ])
    }
}
