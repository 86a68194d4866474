import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class SiteBrowserCookieTests: BrowserTestCase {
    func testCookieSetOnARedirectIsSentOnTheNextHopAndLaterLoads() throws {
        // Given /account/login, which sets the session cookie and redirects to the saved jobs
        let browser = browser()
        // When it is loaded, then the saved jobs are loaded again
        let first = try page(load("/account/login", browser: browser))
        let again = try page(load("/account/saved.html", browser: browser))
        // Then the cookie went with the redirect hop and with the later load
        XCTAssertEqual(first.title, "My saved jobs · Werkplein")
        XCTAssertEqual(again.title, "My saved jobs · Werkplein")
        XCTAssertEqual(site.requests.map { $0.header("Cookie") }, [nil, JobSite.sessionCookie, JobSite.sessionCookie])
    }

    func testCookieIsNotSentOutsideItsPathHostOrToAnotherHost() throws {
        // Given a logged-in session, and rules that also list the other host
        rules.set(try JobSite.rules(port: site.port) + [try SiteRule("http://\(JobSite.otherHost):\(elsewhere.port)", category: .jobs)])
        elsewhere.route("/", .ok("<p>Other", type: "text/html"))
        let browser = browser()
        _ = try page(load("/account/login", browser: browser))
        // When a page outside /account, the same path on a subdomain, and the other host are loaded
        _ = try page(load("/jobs/page-1.html", browser: browser))
        let subdomain = browser.load(PageRequest(url: url("/account/saved.html", host: "www." + JobSite.host)),
                                     session: session, categories: nil)
        _ = try page(browser.load(PageRequest(url: elsewhere.url("/", host: JobSite.otherHost)), session: session, categories: nil))
        // Then none of them carried the cookie (it is host-only, for /account)
        XCTAssertNil(site.requests[2].header("Cookie"))
        XCTAssertEqual(subdomain, .failed(url: url("/account/saved.html", host: "www." + JobSite.host), .httpStatus(403)))
        XCTAssertNil(site.requests.last?.header("Cookie"))
        XCTAssertNil(elsewhere.requests.first?.header("Cookie"))
    }

    func testDomainCookieReachesSubdomains() throws {
        // Given a cookie set for the whole domain
        site.route("/prefs", LoopbackRoute(headers: [("Content-Type", "text/plain"),
                                                     ("Set-Cookie", "lang=nl; Domain=.\(JobSite.host); Path=/")], body: Array("ok".utf8)))
        let browser = browser()
        _ = try page(load("/prefs", browser: browser))
        // When a page of a subdomain is loaded
        _ = browser.load(PageRequest(url: url("/jobs/page-1.html", host: "www." + JobSite.host)), session: session, categories: nil)
        // Then it carries the cookie
        XCTAssertEqual(site.requests.last?.header("Cookie"), "lang=nl")
    }

    func testEndSessionForgetsTheCookies() throws {
        // Given a logged-in session
        let browser = browser()
        _ = try page(load("/account/login", browser: browser))
        // When the session ends and the saved jobs are asked for again
        browser.endSession(session)
        let load = load("/account/saved.html", browser: browser)
        // Then no cookie was sent and the site says "not signed in"
        XCTAssertEqual(load, .failed(url: url("/account/saved.html"), .httpStatus(403)))
        XCTAssertNil(site.requests.last?.header("Cookie"))
        XCTAssertTrue(browser.cookies(session: session).isEmpty)
    }

    func testTwoSessionsDoNotShareCookies() throws {
        // Given one session logged in
        let browser = browser()
        _ = try page(load("/account/login", browser: browser, session: "cell-12"))
        // When another session asks for the saved jobs
        let other = load("/account/saved.html", browser: browser, session: "cell-13")
        // Then it is not signed in, while the first still is
        XCTAssertEqual(other, .failed(url: url("/account/saved.html"), .httpStatus(403)))
        XCTAssertNil(site.requests.last?.header("Cookie"))
        XCTAssertEqual(try page(load("/account/saved.html", browser: browser, session: "cell-12")).title, "My saved jobs · Werkplein")
    }

    func testCookieExpiresByTheInjectedClock() throws {
        // Given a cookie that lives one minute
        site.route("/short", LoopbackRoute(headers: [("Content-Type", "text/plain"), ("Set-Cookie", "short=1; Max-Age=60; Path=/")],
                                           body: Array("ok".utf8)))
        let browser = browser()
        _ = try page(load("/short", browser: browser))
        // When a page is loaded 59 seconds later, then 61 seconds later
        clock.advance(59)
        _ = try page(load("/jobs/page-1.html", browser: browser))
        clock.advance(2)
        _ = try page(load("/jobs/page-2.html", browser: browser))
        // Then it was sent the first time only
        XCTAssertEqual(site.requests.map { $0.header("Cookie") }, [nil, "short=1", nil])
    }

    func testSeveralSetCookieHeadersInOneAnswerAreAllKept() throws {
        // Given an answer with three Set-Cookie headers, one with an Expires date
        site.route("/many", LoopbackRoute(headers: [
            ("Content-Type", "text/plain"),
            ("Set-Cookie", "a=1; Path=/"),
            ("Set-Cookie", "b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/"),
            ("Set-Cookie", "c=3; Path=/jobs"),
        ], body: Array("ok".utf8)))
        let browser = browser()
        _ = try page(load("/many", browser: browser))
        // When a job page is loaded
        _ = try page(load("/jobs/page-1.html", browser: browser))
        // Then all three are sent, the longer path first
        XCTAssertEqual(site.requests.last?.header("Cookie"), "c=3; a=1; b=2")
    }
}
