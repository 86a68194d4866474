import KioskCore
import XCTest

final class SiteRuleTests: XCTestCase {
    func testAHostCoversItsSubdomainsOnLabelBoundariesOnly() throws {
        // Given the rule example.org
        let rule = try SiteRule("example.org", category: .jobs)
        // Then the host and its subdomains match, look-alikes do not
        XCTAssertTrue(rule.matchesHost("example.org"))
        XCTAssertTrue(rule.matchesHost("jobs.example.org"))
        XCTAssertTrue(rule.matchesHost("a.b.example.org"))
        XCTAssertFalse(rule.matchesHost("xexample.org"))
        XCTAssertFalse(rule.matchesHost("evil-example.org"))
        XCTAssertFalse(rule.matchesHost("example.org.evil.com"))
        XCTAssertFalse(rule.matchesHost(".example.org"))
        XCTAssertFalse(rule.matchesHost("org"))
        XCTAssertFalse(rule.matchesHost("example.or"))
    }

    func testALeadingDotMeansThatHostOnly() throws {
        // Given the rule .example.org
        let rule = try SiteRule(".example.org", category: .jobs)
        // Then only the host itself matches
        XCTAssertFalse(rule.includesSubdomains)
        XCTAssertTrue(rule.matchesHost("example.org"))
        XCTAssertFalse(rule.matchesHost("www.example.org"))
    }

    func testAPathIsACaseSensitivePrefixOnSegmentBoundaries() throws {
        // Given the rule example.org/jobs
        let rule = try SiteRule("example.org/jobs", category: .jobs)
        // Then the path itself and what is below match, neighbours and other cases do not
        XCTAssertTrue(rule.matchesPath("/jobs"))
        XCTAssertTrue(rule.matchesPath("/jobs/"))
        XCTAssertTrue(rule.matchesPath("/jobs/42/apply"))
        XCTAssertFalse(rule.matchesPath("/jobsearch"))
        XCTAssertFalse(rule.matchesPath("/Jobs"))
        XCTAssertFalse(rule.matchesPath("/"))
        XCTAssertFalse(rule.matchesPath("/x/jobs"))
        // And a rule without a path matches every path
        XCTAssertTrue(try SiteRule("example.org", category: .jobs).matchesPath("/anything/at/all"))
    }

    func testSchemeAndPortMustBeTheRules() throws {
        // Given an https rule and an http rule with a port
        let https = try SiteRule("example.org", category: .jobs)
        let http = try SiteRule("http://example.org:8080", category: .jobs)
        func url(_ text: String) throws -> StrictURL { try StrictURL.parse(text).get() }
        // Then each matches its own scheme and port only
        XCTAssertTrue(https.matches(try url("https://example.org/")))
        XCTAssertFalse(https.matches(try url("http://example.org/")))
        XCTAssertFalse(https.matches(try url("https://example.org:8443/")))
        XCTAssertTrue(http.matches(try url("http://example.org:8080/")))
        XCTAssertFalse(http.matches(try url("http://example.org/")))
        XCTAssertFalse(http.matches(try url("https://example.org:8080/")))
    }

    func testSpecificityIsHostThenPathThenExactness() throws {
        let general = try SiteRule("example.org", category: .jobs)
        let path = try SiteRule("example.org/jobs", category: .jobs)
        let subdomain = try SiteRule("www.example.org", category: .jobs)
        let exact = try SiteRule(".example.org", category: .jobs)
        XCTAssertTrue(subdomain.isMoreSpecific(than: path))
        XCTAssertTrue(path.isMoreSpecific(than: general))
        XCTAssertTrue(exact.isMoreSpecific(than: general))
        XCTAssertFalse(general.isMoreSpecific(than: exact))
        // And of two rules with the same text, the one granting less comes first
        let withPost = try SiteRule("example.org", category: .jobs, allowsPost: true)
        XCTAssertTrue(general.isMoreSpecific(than: withPost))
        XCTAssertFalse(withPost.isMoreSpecific(than: general))
    }
}
