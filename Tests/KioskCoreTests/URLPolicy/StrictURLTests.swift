import Foundation
import KioskCore
import XCTest

final class StrictURLTests: XCTestCase {
    private func parsed(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> StrictURL {
        switch StrictURL.parse(text) {
        case .success(let url): return url
        case .failure(let refusal):
            XCTFail("\(text) refused: \(refusal)", file: file, line: line)
            throw refusal
        }
    }

    private func refusal(_ text: String) -> URLRefusal? {
        if case .failure(let refusal) = StrictURL.parse(text) { return refusal }
        return nil
    }

    func testAnAbsoluteURLIsSplitIntoItsParts() throws {
        // Given a URL with every part
        // When it is parsed
        let url = try parsed("https://jobs.example.org:8443/offers/42?lang=fr&q=a%20b#apply")
        // Then each part is there, and the fragment is gone
        XCTAssertEqual(url.scheme, .https)
        XCTAssertEqual(url.host, "jobs.example.org")
        XCTAssertEqual(url.port, 8443)
        XCTAssertEqual(url.path, "/offers/42")
        XCTAssertEqual(url.query, "lang=fr&q=a%20b")
        XCTAssertEqual(url.string, "https://jobs.example.org:8443/offers/42?lang=fr&q=a%20b")
        XCTAssertEqual(url.origin, "https://jobs.example.org:8443")
    }

    func testSchemeAndHostAreLowerCasedAndOneTrailingDotDropped() throws {
        // Given a URL in capitals with a trailing dot on the host
        let url = try parsed("HTTPS://Jobs.EXAMPLE.Org./Offers")
        // Then scheme and host are lower-case, the dot is gone, the path keeps its case
        XCTAssertEqual(url.string, "https://jobs.example.org/Offers")
        // And two trailing dots are an empty label, refused
        XCTAssertEqual(refusal("https://example.org../"), .malformed(.invalidHostLabel))
    }

    func testDefaultPortsAreImpliedAndNotWritten() throws {
        XCTAssertEqual(try parsed("https://example.org").port, 443)
        XCTAssertEqual(try parsed("http://example.org").port, 80)
        XCTAssertEqual(try parsed("https://example.org:443/").string, "https://example.org/")
        XCTAssertEqual(try parsed("http://example.org:80/").string, "http://example.org/")
        XCTAssertEqual(try parsed("http://example.org:443/").string, "http://example.org:443/")
    }

    func testAnEmptyPathBecomesASlashAndAnEmptyQueryIsKept() throws {
        XCTAssertEqual(try parsed("https://example.org").path, "/")
        XCTAssertEqual(try parsed("https://example.org?").query, "")
        XCTAssertNil(try parsed("https://example.org/").query)
        XCTAssertEqual(try parsed("https://example.org?a=1").string, "https://example.org/?a=1")
    }

    func testPathAndQueryAreNormalised() throws {
        // Given escapes of unreserved characters, lower-case hex, and characters outside RFC 3986
        let url = try parsed("https://example.org/%6aobs/%c3%a9t%c3%A9/\"x\"<y>{z}|/emploi-é?q=ça%20va#x")
        // Then unreserved escapes are decoded, hex is upper-case, the rest percent-encoded as UTF-8
        XCTAssertEqual(url.path, "/jobs/%C3%A9t%C3%A9/%22x%22%3Cy%3E%7Bz%7D%7C/emploi-%C3%A9")
        XCTAssertEqual(url.query, "q=%C3%A7a%20va")
    }

    func testNormalisingTwiceChangesNothing() throws {
        // Given a parsed URL with escapes
        let first = try parsed("https://example.org/a%7e%41b%2a?x=%2f&y=é")
        XCTAssertEqual(first.string, "https://example.org/a~Ab%2A?x=%2F&y=%C3%A9")
        // When its string is parsed again
        let second = try parsed(first.string)
        // Then the same value comes back
        XCTAssertEqual(second, first)
    }

    func testInternationalNamesMustBeValidPunycode() {
        // Given hosts with xn-- labels
        // Then valid ones parse and the others are refused, as browsers refuse them
        XCTAssertNil(refusal("https://xn--exmple-cua.org/"))
        XCTAssertNil(refusal("https://xn--zca.example/"))
        XCTAssertNil(refusal("https://XN--ZCA.example/"))
        XCTAssertEqual(refusal("https://xn--pokxncvks.example/"), .malformed(.invalidPunycode))
        XCTAssertEqual(refusal("https://xn--a.example/"), .malformed(.invalidPunycode))
        XCTAssertEqual(refusal("https://xn--1ug.example/"), .malformed(.invalidPunycode))
        XCTAssertEqual(refusal("https://xn--abc.example/"), .malformed(.invalidPunycode))
        XCTAssertEqual(refusal("https://xn--a-yoc.example/"), .malformed(.invalidPunycode))
        XCTAssertEqual(refusal("https://xn--.example/"), .malformed(.invalidHostLabel))
    }

    func testTheFoundationURLIsTheSameURL() throws {
        // Given parsed URLs
        for text in ["https://example.org/", "http://jobs.example.org:8080/a/b?c=d&e=%20", "https://example.org/~me/(x)!$&'*+,;=:@",
                     "https://example.org/é?q=%22"] {
            let url = try parsed(text)
            // When they are handed to Foundation
            let foundation = try XCTUnwrap(url.foundationURL, text)
            // Then Foundation sees the same host, port and URL
            XCTAssertEqual(foundation.absoluteString, url.string, text)
            XCTAssertEqual(foundation.host, url.host, text)
        }
    }

    func testOnlyHTTPSAndHTTPAreURLsAtAll() {
        XCTAssertEqual(refusal("javascript:alert(1)"), .unsupportedScheme("javascript"))
        XCTAssertEqual(refusal("FILE:///etc/passwd"), .unsupportedScheme("file"))
        XCTAssertEqual(refusal("wss://example.org/"), .unsupportedScheme("wss"))
        XCTAssertEqual(refusal("//example.org/"), .malformed(.notAbsolute))
        XCTAssertEqual(refusal("https:example.org"), .malformed(.missingAuthority))
        XCTAssertEqual(refusal(""), .malformed(.empty))
    }

    func testPortsMustBeOneTo65535InDigits() {
        XCTAssertEqual(refusal("https://example.org:0/"), .malformed(.invalidPort))
        XCTAssertEqual(refusal("https://example.org:65536/"), .malformed(.invalidPort))
        XCTAssertEqual(refusal("https://example.org:000443/"), .malformed(.invalidPort))
        XCTAssertEqual(refusal("https://example.org:/"), .malformed(.invalidPort))
        XCTAssertEqual(refusal("https://example.org:0x1bb/"), .malformed(.invalidPort))
        XCTAssertEqual(refusal("https://example.org:-1/"), .malformed(.invalidPort))
        if case .success(let url) = StrictURL.parse("https://example.org:65535/") {
            XCTAssertEqual(url.port, 65535)
        } else {
            XCTFail("port 65535 refused")
        }
    }

    func testOverlongInputIsRefusedBeforeAnythingElse() {
        let long = "https://example.org/" + String(repeating: "a", count: StrictURL.maximumLength)
        XCTAssertEqual(refusal(long), .malformed(.tooLong(limit: StrictURL.maximumLength)))
    }

    func testHostLabelsFollowDNSRules() {
        let label64 = String(repeating: "a", count: 64)
        XCTAssertEqual(refusal("https://\(label64).example.org/"), .malformed(.invalidHostLabel))
        XCTAssertEqual(refusal("https://-jobs.example.org/"), .malformed(.invalidHostLabel))
        XCTAssertEqual(refusal("https://jobs-.example.org/"), .malformed(.invalidHostLabel))
        let longHost = Array(repeating: String(repeating: "a", count: 60), count: 5).joined(separator: ".") + ".org"
        XCTAssertEqual(refusal("https://\(longHost)/"), .malformed(.hostTooLong))
        XCTAssertEqual(refusal("https://exa$mple.org/"), .malformed(.invalidHostCharacter("$")))
        XCTAssertNil(refusal("https://my_host.example.org/"))
        XCTAssertNil(refusal("https://1password.example/"))
        XCTAssertNil(refusal("https://xn--exmple-cua.org/"))
    }

    func testRefusalsReadWellForStaff() {
        XCTAssertEqual(
            refusal("https://u@example.org/")?.description,
            "malformed URL: a user name or password before the host (user@) is not allowed")
        XCTAssertEqual(refusal("https://127.0.0.1/")?.description, "malformed URL: IP addresses are not allowed; name the host")
        XCTAssertEqual(
            refusal("data:text/html,x")?.description,
            "the scheme 'data' is not allowed (only https, and http where a rule names it)")
    }
}
