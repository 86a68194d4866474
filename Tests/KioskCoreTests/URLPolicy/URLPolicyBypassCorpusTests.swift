import KioskCore
import XCTest

/// Attempts to reach a site that is not on the list, each with the decision it must get.
final class URLPolicyBypassCorpusTests: XCTestCase {
    private enum Expected: Equatable {
        case allow(rule: String)
        case deny(URLRefusal)
    }

    private struct Case {
        let url: String
        let method: URLMethod
        let expected: Expected
        let line: UInt

        init(_ url: String, _ method: URLMethod, _ expected: Expected, line: UInt = #line) {
            self.url = url
            self.method = method
            self.expected = expected
            self.line = line
        }

        init(_ url: String, _ expected: Expected, line: UInt = #line) {
            self.init(url, .get, expected, line: line)
        }
    }

    /// The allowlist the corpus attacks.
    static func corpusPolicy() throws -> URLPolicy {
        URLPolicy(rules: [
            try SiteRule("example.org", category: .jobs),
            try SiteRule("example.org/apply", category: .jobs, allowsPost: true),
            try SiteRule(".careers.example.com/jobs", category: .jobs, allowsGetForms: true),
            try SiteRule("http://legacy.example.net", category: .training),
            try SiteRule("news.example.be:8443", category: .press),
        ])
    }

    private static func notListed(_ host: String, _ path: String = "/") -> Expected {
        .deny(.notListed(host: host, path: path))
    }

    private static func malformed(_ defect: URLDefect) -> Expected { .deny(.malformed(defect)) }

    private static let cases: [Case] = [
        // Allowed, however written
        Case("https://example.org/", .allow(rule: "example.org")),
        Case("https://EXAMPLE.ORG./jobs", .allow(rule: "example.org")),
        Case("HTTPS://Example.Org:443/x", .allow(rule: "example.org")),
        Case("https://jobs.example.org/offers?id=3", .allow(rule: "example.org")),
        Case("https://example.org#@evil.com", .allow(rule: "example.org")),
        Case("https://example.org/@evil.com", .allow(rule: "example.org")),
        Case("https://example.org/?next=https://evil.com/", .allow(rule: "example.org")),
        Case("https://example.org/a..b/", .allow(rule: "example.org")),
        Case("https://careers.example.com/jobs", .allow(rule: ".careers.example.com/jobs")),
        Case("https://careers.example.com/jobs/", .allow(rule: ".careers.example.com/jobs")),
        Case("https://careers.example.com/%6aobs/1", .allow(rule: ".careers.example.com/jobs")),
        Case("https://careers.example.com/jobs/search?q=x", .getForm, .allow(rule: ".careers.example.com/jobs")),
        Case("http://legacy.example.net/page", .allow(rule: "http://legacy.example.net")),
        Case("https://news.example.be:8443/rss", .allow(rule: "news.example.be:8443")),
        Case("https://example.org/apply/send", .post, .allow(rule: "example.org/apply")),
        // Look-alike hosts
        Case("https://example.org.evil.com/", notListed("example.org.evil.com")),
        Case("https://evil-example.org/", notListed("evil-example.org")),
        Case("https://evilexample.org/", notListed("evilexample.org")),
        Case("https://example.org-evil.com/", notListed("example.org-evil.com")),
        Case("https://example.com/", notListed("example.com")),
        Case("https://xn--exmple-cua.org/", notListed("xn--exmple-cua.org")),
        Case("https://ex\u{430}mple.org", malformed(.nonASCIIHost)),
        Case("https://\u{FF45}xample.org/", malformed(.nonASCIIHost)),
        Case("https://example\u{3002}org/", malformed(.nonASCIIHost)),
        Case("https://example.org\u{FF0E}evil.com/", malformed(.nonASCIIHost)),
        // Userinfo and backslashes
        Case("https://example.org@evil.com/", malformed(.userinfo)),
        Case("https://user:pass@example.org/", malformed(.userinfo)),
        Case("https://@example.org/", malformed(.userinfo)),
        Case("https://example.org:443@evil.com/", malformed(.userinfo)),
        Case("https://evil.com\\@example.org/", malformed(.backslash)),
        Case("https://example.org\\@evil.com/", malformed(.backslash)),
        Case("https:\\\\evil.com/", malformed(.backslash)),
        Case("https://example.org/jobs\\..\\admin", malformed(.backslash)),
        // Encoding in the host
        Case("https://example.org%2eevil.com", malformed(.percentInHost)),
        Case("https://example%2Eorg/", malformed(.percentInHost)),
        Case("https://%65xample.org/", malformed(.percentInHost)),
        Case("https://example.org%00.evil.com/", malformed(.percentInHost)),
        // IP literals
        Case("https://127.0.0.1/", malformed(.ipLiteral)),
        Case("https://127.0.0.1./", malformed(.ipLiteral)),
        Case("https://2130706433/", malformed(.ipLiteral)),
        Case("https://0x7f.1/", malformed(.ipLiteral)),
        Case("https://0x7f000001/", malformed(.ipLiteral)),
        Case("https://0177.0.0.1/", malformed(.ipLiteral)),
        Case("https://127.1/", malformed(.ipLiteral)),
        Case("https://169.254.169.254/latest/meta-data/", malformed(.ipLiteral)),
        Case("https://[::1]/", malformed(.ipLiteral)),
        Case("https://[::ffff:127.0.0.1]/", malformed(.ipLiteral)),
        Case("https://[0:0:0:0:0:0:0:1]:443/", malformed(.ipLiteral)),
        // Ports and schemes
        Case("https://example.org:8443/", .deny(.portNotAllowed(8443))),
        Case("https://news.example.be/rss", .deny(.portNotAllowed(443))),
        Case("http://legacy.example.net:8080/", .deny(.portNotAllowed(8080))),
        Case("https://example.org:0/", malformed(.invalidPort)),
        Case("https://example.org:65536/", malformed(.invalidPort)),
        Case("https://example.org:/", malformed(.invalidPort)),
        Case("https://example.org:443:80/", malformed(.invalidPort)),
        Case("https://example.org:+443/", malformed(.invalidPort)),
        Case("http://example.org/", .deny(.schemeNotListed(.http))),
        Case("https://legacy.example.net/", .deny(.schemeNotListed(.https))),
        Case("javascript:alert(1)", .deny(.unsupportedScheme("javascript"))),
        Case("JaVaScRiPt:alert(document.cookie)", .deny(.unsupportedScheme("javascript"))),
        Case("data:text/html,<script>alert(1)</script>", .deny(.unsupportedScheme("data"))),
        Case("data:text/html;base64,PHNjcmlwdD4=", .deny(.unsupportedScheme("data"))),
        Case("file:///etc/passwd", .deny(.unsupportedScheme("file"))),
        Case("ftp://example.org/", .deny(.unsupportedScheme("ftp"))),
        Case("blob:https://example.org/0b6e", .deny(.unsupportedScheme("blob"))),
        Case("view-source:https://example.org/", .deny(.unsupportedScheme("view-source"))),
        Case("mailto:jobs@example.org", .deny(.unsupportedScheme("mailto"))),
        Case("ws://example.org/", .deny(.unsupportedScheme("ws"))),
        // Escaping a path rule
        Case("https://careers.example.com/jobsearch", notListed("careers.example.com", "/jobsearch")),
        Case("https://careers.example.com/Jobs", notListed("careers.example.com", "/Jobs")),
        Case("https://careers.example.com/", notListed("careers.example.com")),
        Case("https://www.careers.example.com/jobs", notListed("www.careers.example.com", "/jobs")),
        Case("https://example.org/jobs/../admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/../admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/%2e%2e/admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/%2E./admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/.%2E/admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/..;/admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/%2e%2e%3b/admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/%252e%252e/admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/..%20/admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/.../admin", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/./x", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs/..", malformed(.dotSegment)),
        Case("https://careers.example.com/jobs%2f..%2fadmin", malformed(.encodedSeparator)),
        Case("https://careers.example.com/jobs%2F..%2Fadmin", malformed(.encodedSeparator)),
        Case("https://careers.example.com/jobs%5c..%5cadmin", malformed(.encodedSeparator)),
        Case("https://careers.example.com/jobs/%252f..%252fadmin", malformed(.encodedSeparator)),
        Case("https://careers.example.com/jobs/a%00b", malformed(.encodedControl)),
        Case("https://careers.example.com/jobs/%0d%0aSet-Cookie:x", malformed(.encodedControl)),
        Case("https://careers.example.com/jobs/%zz", malformed(.badPercentEncoding)),
        Case("https://careers.example.com/jobs/%", malformed(.badPercentEncoding)),
        Case("https://careers.example.com/jobs/%25252525252e", malformed(.badPercentEncoding)),
        // Whitespace, controls and invisible characters
        Case("https://exa\tmple.org/", malformed(.whitespaceOrControl)),
        Case("https://exa\nmple.org/", malformed(.whitespaceOrControl)),
        Case("https://example.org/jobs\r\n", malformed(.whitespaceOrControl)),
        Case("https://example.org\t.evil.com/", malformed(.whitespaceOrControl)),
        Case(" https://example.org/", malformed(.whitespaceOrControl)),
        Case("https://example.org/ ", malformed(.whitespaceOrControl)),
        Case("https://exa mple.org/", malformed(.whitespaceOrControl)),
        Case("https://example.org: 443/", malformed(.whitespaceOrControl)),
        Case("https://example.org/\u{A0}", malformed(.whitespaceOrControl)),
        Case("https://example.org/\u{202E}gpj.exe", malformed(.whitespaceOrControl)),
        Case("https://example.org\u{200B}/", malformed(.whitespaceOrControl)),
        Case("https://example.org/\u{0}", malformed(.whitespaceOrControl)),
        Case("https://example.org/\u{1B}[2J", malformed(.whitespaceOrControl)),
        Case("https://example.org/\u{85}", malformed(.whitespaceOrControl)),
        Case("\u{FEFF}https://example.org/", malformed(.whitespaceOrControl)),
        // Not absolute, no host, odd hosts
        Case("https:example.org", malformed(.missingAuthority)),
        Case("https:/example.org", malformed(.missingAuthority)),
        Case("https:///example.org/", malformed(.emptyHost)),
        Case("https://", malformed(.emptyHost)),
        Case("https://./", malformed(.emptyHost)),
        Case("https://:443/", malformed(.emptyHost)),
        Case("//example.org/", malformed(.notAbsolute)),
        Case("example.org", malformed(.notAbsolute)),
        Case("/jobs", malformed(.notAbsolute)),
        Case("", malformed(.empty)),
        Case("https://example..org/", malformed(.invalidHostLabel)),
        Case("https://.example.org/", malformed(.invalidHostLabel)),
        Case("https://-example.org/", malformed(.invalidHostLabel)),
        Case("https://exa<mple.org/", malformed(.invalidHostCharacter("<"))),
        Case("https://example.org*.evil.com/", malformed(.invalidHostCharacter("*"))),
        Case("https://example.org,evil.com/", malformed(.invalidHostCharacter(","))),
        Case("https://example.org;evil.com/", malformed(.invalidHostCharacter(";"))),
        Case("https://example.org&evil.com/", malformed(.invalidHostCharacter("&"))),
        Case("https://example.org/" + String(repeating: "a", count: 9_000), malformed(.tooLong(limit: StrictURL.maximumLength))),
        // Forms
        Case("https://example.org/jobs", .post, .deny(.postNotAllowed(rule: "example.org"))),
        Case("https://example.org/contact?to=x", .getForm, .deny(.formNotAllowed(rule: "example.org"))),
        Case("https://example.org/apply", .getForm, .deny(.formNotAllowed(rule: "example.org/apply"))),
        Case("https://example.org/applyx", .post, .deny(.postNotAllowed(rule: "example.org"))),
        Case("https://careers.example.com/jobs/apply", .post, .deny(.postNotAllowed(rule: ".careers.example.com/jobs"))),
        // Forms as the browser builds them: the whole URL, query included, is decided
        Case("https://careers.example.com/jobs/search?q=kok+%26+hulp&region=wal", .getForm, .allow(rule: ".careers.example.com/jobs")),
        Case("https://careers.example.com/jobsearch?q=x", .getForm, notListed("careers.example.com", "/jobsearch")),
        Case("https://careers.example.com/jobs?next=https://evil.com/", .getForm, .allow(rule: ".careers.example.com/jobs")),
        Case("https://example.org/apply?to=evil@example.com", .post, .allow(rule: "example.org/apply")),
        Case("https://example.org/apply/../contact", .post, malformed(.dotSegment)),
        Case("https://example.org/apply%2f..%2fcontact", .post, malformed(.encodedSeparator)),
        Case("https://example.org/apply%2Fsend", .post, malformed(.encodedSeparator)),
        Case("https://example.org/Apply/send", .post, .deny(.postNotAllowed(rule: "example.org"))),
        Case("https://jobs.example.org/apply/send", .post, .allow(rule: "example.org/apply")),  // rules cover subdomains
        Case("http://example.org/apply/send", .post, .deny(.schemeNotListed(.http))),
        Case("https://example.org:8443/apply/send", .post, .deny(.portNotAllowed(8443))),
        Case("https://example.org/apply;jsessionid=1", .post, .deny(.postNotAllowed(rule: "example.org"))),
    ]

    func testEveryBypassAttemptGetsItsDecision() throws {
        // Given the corpus allowlist
        let policy = try Self.corpusPolicy()
        XCTAssertGreaterThanOrEqual(Self.cases.count, 60)
        var denied = 0
        for entry in Self.cases {
            // When each URL is decided
            let decision = policy.decide(entry.url, method: entry.method)
            let actual: Expected = switch decision {
            case .allowed(_, let rule): .allow(rule: rule.text)
            case .refused(let refusal): .deny(refusal)
            }
            // Then it gets exactly the expected decision and reason
            XCTAssertEqual(actual, entry.expected, "\(entry.url.prefix(100)) [\(entry.method)]", line: entry.line)
            if case .deny = entry.expected { denied += 1 }
        }
        print("URL bypass corpus: \(Self.cases.count) cases, \(denied) denied, \(Self.cases.count - denied) allowed")
    }

    func testEveryAllowedURLIsFetchedInItsNormalForm() throws {
        // Given the corpus allowlist
        let policy = try Self.corpusPolicy()
        for entry in Self.cases {
            guard case .allowed(let url, let rule) = policy.decide(entry.url, method: entry.method) else { continue }
            // Then the URL to fetch parses to itself, has no fragment, and still matches its rule
            XCTAssertEqual(StrictURL.parse(url.string), .success(url), entry.url, line: entry.line)
            XCTAssertFalse(url.string.contains("#"), entry.url, line: entry.line)
            XCTAssertTrue(rule.matches(url), entry.url, line: entry.line)
        }
    }

    func testAFragmentNeverChangesTheHost() throws {
        // Given an @ hidden after the fragment mark
        let decision = try Self.corpusPolicy().decide("https://example.org#@evil.com")
        // Then the host is example.org and the fragment is gone from what is fetched
        XCTAssertEqual(decision.url?.host, "example.org")
        XCTAssertEqual(decision.url?.string, "https://example.org/")
    }
}
