import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class SetCookieParserTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06-15T15:06:40Z

    private func parser(_ url: String = "https://jobs.werkplein.example/account/login") throws -> SetCookieParser {
        SetCookieParser(url: try StrictURL.parse(url).get(), now: now)
    }

    func testFoldedHeadersAreSplitAtCookiesNotAtDateCommas() throws {
        // Given three Set-Cookie headers folded into one, with dates holding commas
        let folded = "a=1; Expires=Tue, 21 Oct 2025 07:28:00 GMT; Path=/, b=2, c=x,y; Expires=Thursday, 01-Jan-2026 00:00:00 GMT"
        // When it is split
        let parts = SetCookieParser.split(folded)
        // Then each cookie keeps its own attributes, and a comma not followed by name= stays in the value
        XCTAssertEqual(parts, ["a=1; Expires=Tue, 21 Oct 2025 07:28:00 GMT; Path=/", "b=2", "c=x,y; Expires=Thursday, 01-Jan-2026 00:00:00 GMT"])
        let cookies = try parser().cookies(fromHeader: folded)
        XCTAssertEqual(cookies.map(\.pair), ["a=1", "b=2", "c=x,y"])
        XCTAssertEqual(cookies[0].expires, Date(timeIntervalSince1970: 1_761_031_680))
        XCTAssertEqual(cookies[2].expires, Date(timeIntervalSince1970: 1_767_225_600))
        XCTAssertNil(cookies[1].expires)
    }

    func testExpiryIsCappedAtFourHundredDays() throws {
        let cookie = try XCTUnwrap(try parser().cookie("k=v; Expires=Wed, 21 Oct 2037 07:28:00 GMT"))
        XCTAssertEqual(cookie.expires, now.addingTimeInterval(400 * 86_400))
    }

    func testNameValueAndDefaultsAreRead() throws {
        // Given a bare cookie from /account/login
        let cookie = try XCTUnwrap(try parser().cookie("  sid = abc def  "))
        // Then name and value are trimmed; it is a host-only session cookie for /account
        XCTAssertEqual(cookie, Cookie(name: "sid", value: "abc def", domain: "jobs.werkplein.example", hostOnly: true,
                                      path: "/account", secure: false, expires: nil, created: now))
    }

    func testAttributesAreCaseInsensitiveAndTheLastOneWins() throws {
        let cookie = try XCTUnwrap(try parser().cookie("k=v; PATH=/a; path=/jobs; SECURE; domain=WERKPLEIN.example; HttpOnly; SameSite=Lax"))
        XCTAssertEqual(cookie.path, "/jobs")
        XCTAssertTrue(cookie.secure)
        XCTAssertEqual(cookie.domain, "werkplein.example")
        XCTAssertFalse(cookie.hostOnly)
    }

    func testMaxAgeWinsOverExpiresAndZeroMeansExpired() throws {
        let parser = try parser()
        let kept = try XCTUnwrap(parser.cookie("k=v; Max-Age=120; Expires=Wed, 21 Oct 2037 07:28:00 GMT"))
        XCTAssertEqual(kept.expires, now.addingTimeInterval(120))
        let gone = try XCTUnwrap(parser.cookie("k=; Max-Age=0"))
        XCTAssertTrue(gone.isExpired(at: now))
        let negative = try XCTUnwrap(parser.cookie("k=; max-age=-5"))
        XCTAssertTrue(negative.isExpired(at: now))
        let past = try XCTUnwrap(parser.cookie("k=v; Expires=Thu, 01 Jan 1970 00:00:00 GMT"))
        XCTAssertTrue(past.isExpired(at: now))
        let badMaxAge = try XCTUnwrap(parser.cookie("k=v; Max-Age=12abc"))
        XCTAssertNil(badMaxAge.expires)
        let far = try XCTUnwrap(parser.cookie("k=v; Max-Age=99999999999999999999"))
        XCTAssertEqual(far.expires, now.addingTimeInterval(400 * 86_400))
    }

    func testDomainMustCoverTheHostAndHaveMoreThanOneLabel() throws {
        let parser = try parser()
        XCTAssertEqual(parser.cookie("k=v; Domain=.werkplein.example")?.domain, "werkplein.example")
        XCTAssertEqual(parser.cookie("k=v; Domain=jobs.werkplein.example")?.hostOnly, false)
        XCTAssertNil(parser.cookie("k=v; Domain=other.example"))
        XCTAssertNil(parser.cookie("k=v; Domain=plein.example"))  // a suffix, not on a label boundary
        XCTAssertNil(parser.cookie("k=v; Domain=www.jobs.werkplein.example"))
        XCTAssertNil(parser.cookie("k=v; Domain=example"))
        XCTAssertNil(parser.cookie("k=v; Domain=.example."))
        XCTAssertEqual(parser.cookie("k=v; Domain=")?.hostOnly, true)
    }

    func testSecureCookiesAreRefusedOverHTTP() throws {
        let plain = try parser("http://jobs.werkplein.example/")
        XCTAssertNil(plain.cookie("k=v; Secure"))
        XCTAssertNotNil(plain.cookie("k=v"))
    }

    func testPrefixesAreHonoured() throws {
        let parser = try parser()
        XCTAssertNotNil(parser.cookie("__Secure-k=v; Secure"))
        XCTAssertNil(parser.cookie("__Secure-k=v"))
        XCTAssertNotNil(parser.cookie("__Host-k=v; Secure; Path=/"))
        XCTAssertNil(parser.cookie("__Host-k=v; Secure"))  // default path /account
        XCTAssertNil(parser.cookie("__Host-k=v; Secure; Path=/; Domain=werkplein.example"))
    }

    func testBrokenCookiesAreIgnored() throws {
        let parser = try parser()
        XCTAssertNil(parser.cookie("novalue"))
        XCTAssertNil(parser.cookie("=v"))
        XCTAssertNil(parser.cookie("na me=v"))
        XCTAssertNil(parser.cookie("k=v\u{1B}[2J"))
        XCTAssertNil(parser.cookie("k=a\r\nX-Injected: 1"))
        XCTAssertNil(parser.cookie("k\u{7F}=v"))
        XCTAssertNil(parser.cookie("k=" + String(repeating: "x", count: 4_096)))
        XCTAssertNotNil(parser.cookie("k=" + String(repeating: "x", count: 4_095)))
        XCTAssertEqual(parser.cookie("k=\"quoted value\"")?.value, "\"quoted value\"")
        XCTAssertEqual(parser.cookie("k=a=b")?.value, "a=b")
        XCTAssertEqual(parser.cookies(fromHeader: ""), [])
        XCTAssertEqual(parser.cookies(fromHeader: ", ,k=v"), [try XCTUnwrap(parser.cookie("k=v"))])
        XCTAssertEqual(parser.cookies(fromHeader: "k=v,").map(\.value), ["v,"])
    }

    func testPathDefaultsAndMatching() {
        XCTAssertEqual(SetCookieParser.defaultPath("/account/login"), "/account")
        XCTAssertEqual(SetCookieParser.defaultPath("/login"), "/")
        XCTAssertEqual(SetCookieParser.defaultPath("/"), "/")
        XCTAssertEqual(SetCookieParser.defaultPath("/a/b/"), "/a/b")
        XCTAssertTrue(SetCookieParser.pathMatches(requestPath: "/account", cookiePath: "/account"))
        XCTAssertTrue(SetCookieParser.pathMatches(requestPath: "/account/saved", cookiePath: "/account"))
        XCTAssertTrue(SetCookieParser.pathMatches(requestPath: "/account/saved", cookiePath: "/account/"))
        XCTAssertFalse(SetCookieParser.pathMatches(requestPath: "/accounts", cookiePath: "/account"))
        XCTAssertFalse(SetCookieParser.pathMatches(requestPath: "/", cookiePath: "/account"))
        XCTAssertTrue(SetCookieParser.pathMatches(requestPath: "/anything", cookiePath: "/"))
    }
}
