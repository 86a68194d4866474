import KioskCore
import XCTest

final class StrictURLResolveTests: XCTestCase {
    private let base: StrictURL = {
        guard case .success(let url) = StrictURL.parse("https://example.org/jobs/list?page=2") else {
            preconditionFailure("base URL must parse")
        }
        return url
    }()

    private func resolved(_ reference: String, against base: StrictURL? = nil) -> String {
        switch StrictURL.resolve(reference, against: base ?? self.base) {
        case .success(let url): url.string
        case .failure(let refusal): "refused: \(refusal)"
        }
    }

    private func refusal(_ reference: String) -> URLRefusal? {
        if case .failure(let refusal) = StrictURL.resolve(reference, against: base) { return refusal }
        return nil
    }

    func testRelativeReferencesResolveAsInRFC3986() {
        // Given the page https://example.org/jobs/list?page=2
        // When links on it are resolved
        // Then each gives the URL a browser would fetch, without dot segments or fragment
        XCTAssertEqual(resolved("42"), "https://example.org/jobs/42")
        XCTAssertEqual(resolved("./42?x=1"), "https://example.org/jobs/42?x=1")
        XCTAssertEqual(resolved("../admin"), "https://example.org/admin")
        XCTAssertEqual(resolved("../../../../admin"), "https://example.org/admin")
        XCTAssertEqual(resolved("/x/./y/../z"), "https://example.org/x/z")
        XCTAssertEqual(resolved(".."), "https://example.org/")
        XCTAssertEqual(resolved("?page=3"), "https://example.org/jobs/list?page=3")
        XCTAssertEqual(resolved("#top"), "https://example.org/jobs/list?page=2")
        XCTAssertEqual(resolved(""), "https://example.org/jobs/list?page=2")
        XCTAssertEqual(resolved("a:b/c"), "refused: the scheme 'a' is not allowed (only https, and http where a rule names it)")
        XCTAssertEqual(resolved("./a:b"), "https://example.org/jobs/a:b")
    }

    func testNetworkPathReferencesTakeTheBaseScheme() {
        XCTAssertEqual(resolved("//jobs.example.org/a"), "https://jobs.example.org/a")
        guard case .success(let httpBase) = StrictURL.parse("http://legacy.example.net/a/b") else {
            return XCTFail("http base must parse")
        }
        XCTAssertEqual(resolved("//example.org/x", against: httpBase), "http://example.org/x")
    }

    func testTheBasePortIsKept() {
        guard case .success(let portBase) = StrictURL.parse("https://example.org:8443/a/b") else {
            return XCTFail("base must parse")
        }
        XCTAssertEqual(resolved("c", against: portBase), "https://example.org:8443/a/c")
        XCTAssertEqual(resolved("/", against: portBase), "https://example.org:8443/")
    }

    func testAbsoluteReferencesAreParsedAsTheyStand() {
        // An absolute link to elsewhere parses (the policy will judge it)
        XCTAssertEqual(resolved("https://evil.com/x"), "https://evil.com/x")
        // A scheme without slashes is not read as a relative path
        XCTAssertEqual(refusal("https:evil.com"), .malformed(.missingAuthority))
        XCTAssertEqual(refusal("http:evil.com"), .malformed(.missingAuthority))
        // And dot segments in absolute references are refused, not resolved
        XCTAssertEqual(refusal("https://example.org/jobs/../admin"), .malformed(.dotSegment))
    }

    func testReferencesGetEveryCheckOfAbsoluteURLs() {
        XCTAssertEqual(refusal("%2e%2e/admin"), .malformed(.dotSegment))
        XCTAssertEqual(refusal("/jobs/.%2E/admin"), .malformed(.dotSegment))
        XCTAssertEqual(refusal("..;/admin"), .malformed(.dotSegment))
        XCTAssertEqual(refusal("..%2fadmin"), .malformed(.encodedSeparator))
        XCTAssertEqual(refusal("\\\\evil.com/"), .malformed(.backslash))
        XCTAssertEqual(refusal("/\\evil.com/"), .malformed(.backslash))
        XCTAssertEqual(refusal("//user@evil.com/"), .malformed(.userinfo))
        XCTAssertEqual(refusal("//@evil.com/"), .malformed(.userinfo))
        XCTAssertEqual(refusal("///evil.com/"), .malformed(.emptyHost))
        XCTAssertEqual(refusal("//127.0.0.1/"), .malformed(.ipLiteral))
        XCTAssertEqual(refusal(" /x"), .malformed(.whitespaceOrControl))
        XCTAssertEqual(refusal("/x\n"), .malformed(.whitespaceOrControl))
        XCTAssertEqual(refusal("javascript:alert(1)"), .unsupportedScheme("javascript"))
        XCTAssertEqual(refusal("/%zz"), .malformed(.badPercentEncoding))
    }

    func testNonASCIIInAReferencePathIsEncoded() {
        XCTAssertEqual(resolved("offre-été"), "https://example.org/jobs/offre-%C3%A9t%C3%A9")
        XCTAssertEqual(resolved("/\u{301}x"), "https://example.org/%CC%81x")
    }

    func testDotSegmentRemovalFollowsTheRFCExamples() {
        // RFC 3986 §5.4 with base http://a/b/c/d;p?q
        guard case .success(let rfcBase) = StrictURL.parse("http://a.example/b/c/d;p?q") else {
            return XCTFail("RFC base must parse")
        }
        let cases: [(String, String)] = [
            ("g", "http://a.example/b/c/g"), ("./g", "http://a.example/b/c/g"), ("g/", "http://a.example/b/c/g/"),
            ("/g", "http://a.example/g"), ("?y", "http://a.example/b/c/d;p?y"), ("g?y", "http://a.example/b/c/g?y"),
            ("#s", "http://a.example/b/c/d;p?q"), (";x", "http://a.example/b/c/;x"), (".", "http://a.example/b/c/"),
            ("./", "http://a.example/b/c/"), ("..", "http://a.example/b/"), ("../", "http://a.example/b/"),
            ("../g", "http://a.example/b/g"), ("../..", "http://a.example/"), ("../../g", "http://a.example/g"),
            ("../../../g", "http://a.example/g"), ("/./g", "http://a.example/g"), ("/../g", "http://a.example/g"),
            ("g.", "http://a.example/b/c/g."), (".g", "http://a.example/b/c/.g"), ("g..", "http://a.example/b/c/g.."),
            ("./../g", "http://a.example/b/g"), ("./g/.", "http://a.example/b/c/g/"), ("g/./h", "http://a.example/b/c/g/h"),
            ("g/../h", "http://a.example/b/c/h"), ("g;x=1/./y", "http://a.example/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a.example/b/c/y"),
        ]
        for (reference, expected) in cases {
            XCTAssertEqual(resolved(reference, against: rfcBase), expected, reference)
        }
    }
}
