import KioskCore
import XCTest

final class SiteRuleParserTests: XCTestCase {
    private func rule(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> SiteRule {
        do {
            return try SiteRuleParser.parse(text, category: .jobs)
        } catch {
            XCTFail("\(text) refused: \(error)", file: file, line: line)
            throw error
        }
    }

    private func message(_ text: String) -> String? {
        do {
            _ = try SiteRuleParser.parse(text, category: .jobs)
            return nil
        } catch {
            return error.description
        }
    }

    private func problem(_ text: String) -> SiteRuleError.Problem? {
        do {
            _ = try SiteRuleParser.parse(text, category: .jobs)
            return nil
        } catch {
            return error.problem
        }
    }

    func testAPlainHostMeansHTTPSItsDefaultPortAndItsSubdomains() throws {
        // Given the rule example.org
        let parsed = try rule("example.org")
        // Then it is https on 443 for the host and its subdomains, with no path
        XCTAssertEqual(parsed.scheme, .https)
        XCTAssertEqual(parsed.host, "example.org")
        XCTAssertTrue(parsed.includesSubdomains)
        XCTAssertEqual(parsed.port, 443)
        XCTAssertEqual(parsed.path, "")
        XCTAssertEqual(parsed.category, .jobs)
        XCTAssertFalse(parsed.allowsGetForms)
        XCTAssertFalse(parsed.allowsPost)
    }

    func testRulesAreStoredInOneCanonicalText() throws {
        // Given ways of writing rules
        let cases: [(String, String)] = [
            ("example.org", "example.org"),
            ("https://Example.ORG./", "example.org"),
            ("HTTPS://example.org:443", "example.org"),
            (".example.org", ".example.org"),
            ("https://.www.example.org/", ".www.example.org"),
            ("http://legacy.example.net", "http://legacy.example.net"),
            ("http://legacy.example.net:80/", "http://legacy.example.net"),
            ("http://legacy.example.net:443", "http://legacy.example.net:443"),
            ("example.org:8443/jobs/", "example.org:8443/jobs"),
            ("https://example.org:443/jobs", "example.org/jobs"),
            ("example.org/Jobs//", "example.org/Jobs"),
            ("example.org/%6aobs/%c3%a9", "example.org/jobs/%C3%A9"),
            ("example.org/emploi-é", "example.org/emploi-%C3%A9"),
            ("xn--exmple-cua.org", "xn--exmple-cua.org"),
        ]
        for (written, canonical) in cases {
            // When each is parsed
            // Then it has its canonical text, which parses to the same rule
            let parsed = try rule(written)
            XCTAssertEqual(parsed.text, canonical, written)
            XCTAssertEqual(try rule(parsed.text), parsed, written)
        }
    }

    func testAttributesAreKeptWithTheRule() throws {
        let parsed = try SiteRule("example.org/apply", category: .government, allowsGetForms: true, allowsPost: true)
        XCTAssertEqual(parsed.category, .government)
        XCTAssertTrue(parsed.allowsGetForms)
        XCTAssertTrue(parsed.allowsPost)
    }

    func testWildcardsAreRefusedWithTheRuleToWriteInstead() {
        XCTAssertEqual(
            message("https://*.example.org"),
            "rule 'https://*.example.org': wildcards are not allowed; write example.org to cover its subdomains")
        XCTAssertEqual(
            message("*.example.org/jobs"),
            "rule '*.example.org/jobs': wildcards are not allowed; write example.org/jobs to cover its subdomains")
        XCTAssertEqual(
            message("http://*.example.org"),
            "rule 'http://*.example.org': wildcards are not allowed; write http://example.org to cover its subdomains")
        XCTAssertEqual(
            message("*"),
            "rule '*': wildcards are not allowed; a host covers its subdomains and a path its sub-paths")
        XCTAssertEqual(problem("example.*"), .wildcard(suggestion: nil))
        XCTAssertEqual(problem("example.org/jobs/*"), .wildcard(suggestion: nil))
        XCTAssertEqual(problem("*.*.example.org"), .wildcard(suggestion: nil))
    }

    func testBadRulesAreRefusedWithAClearMessage() {
        // Given rules that break a rule
        // Then each message names the rule and what is wrong
        XCTAssertEqual(message(""), "rule '': a rule must name a host, e.g. example.org or https://example.org/jobs")
        XCTAssertEqual(
            message("ftp://example.org"),
            "rule 'ftp://example.org': the scheme 'ftp' is not allowed; write https:// (or nothing) or http://")
        XCTAssertEqual(
            message("user@example.org"),
            "rule 'user@example.org': a user name or password before the host (user@) is not allowed")
        XCTAssertEqual(message("127.0.0.1"), "rule '127.0.0.1': IP addresses are not allowed; name the host")
        XCTAssertEqual(
            message("example.org/jobs?id=1"),
            "rule 'example.org/jobs?id=1': a query (?…) is not allowed in a rule; paths are matched as prefixes")
        XCTAssertEqual(message("example.org/#top"), "rule 'example.org/#top': a fragment (#…) is not allowed in a rule")
        XCTAssertEqual(message("org"), "rule 'org': 'org' is a single label; a rule must name a site such as example.org")
        XCTAssertEqual(message("example.org:99999"), "rule 'example.org:99999': the port must be a number from 1 to 65535")
        XCTAssertEqual(
            message("example.org/a\u{1B}[2J"),
            "rule 'example.org/a\\u{1B}[2J': spaces, tabs, newlines and control or invisible characters are not allowed")
    }

    func testRulesRefuseWhatURLsRefuse() {
        let cases: [(String, SiteRuleError.Problem)] = [
            ("javascript:alert(1)", .unsupportedScheme("javascript")),
            ("https:example.org", .defect(.missingAuthority)),
            ("https://", .defect(.emptyHost)),
            (".", .defect(.emptyHost)),
            ("https://:8443", .defect(.emptyHost)),
            ("https://user:pw@example.org", .defect(.userinfo)),
            ("@example.org", .defect(.userinfo)),
            ("[::1]", .defect(.ipLiteral)),
            ("2130706433", .defect(.ipLiteral)),
            ("0x7f.1", .defect(.ipLiteral)),
            ("http://10.0.0.1/jobs", .defect(.ipLiteral)),
            ("ex\u{430}mple.org", .defect(.nonASCIIHost)),
            ("example%2eorg", .defect(.percentInHost)),
            ("..example.org", .defect(.invalidHostLabel)),
            ("example..org", .defect(.invalidHostLabel)),
            ("exa_mple.org:", .defect(.invalidPort)),
            ("example.org:0", .defect(.invalidPort)),
            ("example.org:80:80", .defect(.invalidPort)),
            ("example.org/jobs/../admin", .defect(.dotSegment)),
            ("example.org/jobs/%2e%2e", .defect(.dotSegment)),
            ("example.org/a%2fb", .defect(.encodedSeparator)),
            ("example.org/a%zz", .defect(.badPercentEncoding)),
            (" example.org", .defect(.whitespaceOrControl)),
            ("example.org\t", .defect(.whitespaceOrControl)),
            ("example.org\\jobs", .defect(.backslash)),
            ("localhost", .singleLabelHost("localhost")),
            ("http://com.", .singleLabelHost("com")),
            (String(repeating: "a", count: SiteRuleParser.maximumLength + 1), .tooLong(limit: SiteRuleParser.maximumLength)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(problem(text), expected, text)
        }
    }
}
