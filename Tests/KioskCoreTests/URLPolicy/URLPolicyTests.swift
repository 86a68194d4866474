import KioskCore
import XCTest

final class URLPolicyTests: XCTestCase {
    private func policy(_ rules: [(String, SiteCategory, getForms: Bool, post: Bool)]) throws -> URLPolicy {
        URLPolicy(rules: try rules.map { try SiteRule($0.0, category: $0.1, allowsGetForms: $0.getForms, allowsPost: $0.post) })
    }

    func testNoRulesDenyEverything() {
        // Given an empty allowlist
        let empty = URLPolicy(rules: [])
        // Then even a well-formed https URL is refused
        XCTAssertEqual(empty.decide("https://example.org/"), .refused(.notListed(host: "example.org", path: "/")))
    }

    func testAnAllowedDecisionCarriesTheParsedURLToFetch() throws {
        // Given a rule for example.org
        let allowlist = try policy([("example.org", .jobs, false, false)])
        // When a URL written oddly is decided
        let decision = allowlist.decide("HTTPS://Jobs.Example.ORG.:443/%6fffers?x=1#frag")
        // Then the decision gives the normalised URL and the rule
        XCTAssertTrue(decision.isAllowed)
        XCTAssertEqual(decision.url?.string, "https://jobs.example.org/offers?x=1")
        XCTAssertEqual(decision.rule?.text, "example.org")
        XCTAssertNil(decision.refusal)
        XCTAssertEqual(decision.description, "allowed by example.org")
    }

    func testTheMostSpecificRuleDecidesAlone() throws {
        // Given a broad rule allowing POST and a narrower one without it
        let allowlist = try policy([
            ("example.org", .jobs, true, true),
            ("example.org/mail", .jobs, false, false),
        ])
        // When a POST goes to each
        // Then the narrower rule refuses POST under its path, the broader one allows elsewhere
        XCTAssertEqual(
            allowlist.decide("https://example.org/mail/send", method: .post),
            .refused(.postNotAllowed(rule: "example.org/mail")))
        XCTAssertEqual(allowlist.decide("https://example.org/mail", method: .getForm).refusal, .formNotAllowed(rule: "example.org/mail"))
        XCTAssertEqual(allowlist.decide("https://example.org/mailbox", method: .post).rule?.text, "example.org")
        XCTAssertEqual(allowlist.decide("https://example.org/apply", method: .post).rule?.text, "example.org")
    }

    func testALongerHostBeatsALongerPath() throws {
        // Given a path rule on the parent domain and a host rule on a subdomain
        let allowlist = try policy([
            ("example.org/jobs/apply", .jobs, false, true),
            ("jobs.example.org", .jobs, true, false),
        ])
        // Then on the subdomain the subdomain rule decides, even under the longer path
        XCTAssertEqual(allowlist.decide("https://jobs.example.org/jobs/apply").rule?.text, "jobs.example.org")
        XCTAssertEqual(
            allowlist.decide("https://jobs.example.org/jobs/apply", method: .post),
            .refused(.postNotAllowed(rule: "jobs.example.org")))
        // And on the parent domain only the path rule applies
        XCTAssertTrue(allowlist.decide("https://example.org/jobs/apply/now", method: .post).isAllowed)
        XCTAssertEqual(allowlist.decide("https://example.org/jobs").refusal, .notListed(host: "example.org", path: "/jobs"))
    }

    func testAnExactHostRuleBeatsASubdomainRuleOnTheSameHost() throws {
        // Given both forms for the same host with different rights
        let allowlist = try policy([
            ("example.org", .jobs, false, true),
            (".example.org", .jobs, false, false),
        ])
        // Then the exact rule decides for the host, the subdomain rule for its subdomains
        XCTAssertEqual(allowlist.decide("https://example.org/x", method: .post).refusal, .postNotAllowed(rule: ".example.org"))
        XCTAssertEqual(allowlist.decide("https://www.example.org/x", method: .post).rule?.text, "example.org")
    }

    func testTheOrderOfRulesDoesNotMatter() throws {
        // Given the same rules in every order
        let rules: [(String, SiteCategory, getForms: Bool, post: Bool)] = [
            ("example.org", .jobs, false, false), ("example.org/apply", .jobs, false, true),
            (".example.org", .library, true, false), ("www.example.org/apply/x", .government, false, false),
        ]
        let urls = ["https://example.org/apply/1", "https://www.example.org/apply/x/y", "https://www.example.org/apply/1",
                    "https://example.org/", "https://a.www.example.org/apply/x"]
        let reference = try policy(rules)
        var orders = [rules, rules.reversed()]
        orders.append([rules[2], rules[0], rules[3], rules[1]])
        for order in orders {
            let shuffled = try policy(order)
            for url in urls {
                for method in URLMethod.allCases {
                    // Then every decision is the same
                    XCTAssertEqual(shuffled.decide(url, method: method), reference.decide(url, method: method), "\(url) \(method)")
                }
            }
        }
    }

    func testATrailingSlashInARuleDoesNotMatter() throws {
        // Given a rule written with a trailing slash
        let allowlist = try policy([("example.org/jobs/", .jobs, false, false)])
        // Then it covers the path with and without the slash, and below it, but not beside it
        XCTAssertTrue(allowlist.decide("https://example.org/jobs").isAllowed)
        XCTAssertTrue(allowlist.decide("https://example.org/jobs/").isAllowed)
        XCTAssertTrue(allowlist.decide("https://example.org/jobs/42").isAllowed)
        XCTAssertFalse(allowlist.decide("https://example.org/jobsearch").isAllowed)
        XCTAssertFalse(allowlist.decide("https://example.org/").isAllowed)
    }

    func testFormsNeedTheirOwnPermission() throws {
        // Given one rule per combination of rights
        let allowlist = try policy([
            ("plain.example.org", .jobs, false, false), ("get.example.org", .jobs, true, false),
            ("post.example.org", .jobs, false, true),
        ])
        // Then links are always allowed, GET forms and POST only where the rule says so
        for host in ["plain", "get", "post"] {
            XCTAssertTrue(allowlist.decide("https://\(host).example.org/", method: .get).isAllowed, host)
        }
        XCTAssertEqual(allowlist.decide("https://plain.example.org/s?q=x", method: .getForm).refusal, .formNotAllowed(rule: "plain.example.org"))
        XCTAssertTrue(allowlist.decide("https://get.example.org/s?q=x", method: .getForm).isAllowed)
        XCTAssertEqual(allowlist.decide("https://get.example.org/s", method: .post).refusal, .postNotAllowed(rule: "get.example.org"))
        XCTAssertEqual(allowlist.decide("https://post.example.org/s?q=x", method: .getForm).refusal, .formNotAllowed(rule: "post.example.org"))
        XCTAssertTrue(allowlist.decide("https://post.example.org/s", method: .post).isAllowed)
    }

    func testRefusalsSayWhichPartMissed() throws {
        // Given a rule for https on the default port
        let allowlist = try policy([("example.org/jobs", .jobs, false, false)])
        // Then another scheme, another port, another path and another host each get their reason
        XCTAssertEqual(allowlist.decide("http://example.org/jobs").refusal, .schemeNotListed(.http))
        XCTAssertEqual(allowlist.decide("https://example.org:8443/jobs").refusal, .portNotAllowed(8443))
        XCTAssertEqual(allowlist.decide("https://example.org/admin").refusal, .notListed(host: "example.org", path: "/admin"))
        XCTAssertEqual(allowlist.decide("https://evil.com/jobs").description, "denied: no rule allows evil.com/jobs")
        XCTAssertEqual(
            allowlist.decide("http://example.org/jobs").description,
            "denied: http is not allowed for this site (no rule names http://)")
        XCTAssertEqual(
            allowlist.decide("https://example.org/" + String(repeating: "x", count: 200)).description,
            "denied: no rule allows example.org/" + String(repeating: "x", count: 68) + "…")
    }

    func testLinksAreResolvedThenDecided() throws {
        // Given a page allowed under /jobs
        let allowlist = try policy([("example.org/jobs", .jobs, false, false)])
        let page = try XCTUnwrap(allowlist.decide("https://example.org/jobs/list").url)
        // Then a relative link stays allowed, a climb out of /jobs is refused on its resolved path
        XCTAssertEqual(allowlist.decide(reference: "42", against: page).url?.string, "https://example.org/jobs/42")
        XCTAssertEqual(
            allowlist.decide(reference: "../admin", against: page).refusal, .notListed(host: "example.org", path: "/admin"))
        XCTAssertEqual(allowlist.decide(reference: "%2e%2e/admin", against: page).refusal, .malformed(.dotSegment))
        XCTAssertEqual(
            allowlist.decide(reference: "//evil.com/jobs", against: page).refusal, .notListed(host: "evil.com", path: "/jobs"))
    }
}
