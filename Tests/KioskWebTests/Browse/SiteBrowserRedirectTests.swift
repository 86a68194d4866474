import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class SiteBrowserRedirectTests: BrowserTestCase {
    func testGoodRedirectChainWithinTheSiteIsFollowed() throws {
        // Given /go/good: 302 to /go/good-2, then 301 to page 2
        // When it is loaded
        let page = try page(load("/go/good"))
        // Then page 2 is shown under its own URL, after two requests more
        XCTAssertEqual(page.url, url("/jobs/page-2.html"))
        XCTAssertEqual(page.title, "Vacatures – pagina 2 · Werkplein")
        XCTAssertEqual(targets, ["/go/good", "/go/good-2", "/jobs/page-2.html"])
    }

    func testBadRedirectChainIsRefusedAtTheHopToAnUnlistedHost() throws {
        // Given /go/bad: 302 within the site, then 302 to another host
        // When it is loaded
        let load = load("/go/bad")
        // Then hop 2 is refused, named by its URL, and the other host was never asked
        XCTAssertEqual(load, .refused(url: elsewhere.url("/vacatures", host: JobSite.otherHost), hop: 2,
                                      .notListed(host: JobSite.otherHost, path: "/vacatures")))
        XCTAssertEqual(elsewhere.requests.count, 0)
        XCTAssertEqual(targets, ["/go/bad", "/go/bad-2"])
    }

    func testMetaRefreshToAnUnlistedHostIsRefused() throws {
        // Given a page whose meta refresh points to a host no rule lists
        // When it is loaded
        let load = load("/moved.html")
        // Then the refresh is refused as hop 1, before anything was sent there
        XCTAssertEqual(load, .refused(url: "https://elsewhere.example/vacatures", hop: 1,
                                      .notListed(host: "elsewhere.example", path: "/vacatures")))
        XCTAssertEqual(targets, ["/moved.html"])
    }

    func testMetaRefreshWithinTheSiteIsFollowed() throws {
        // Given a page that refreshes after 2 seconds to page 1
        // When it is loaded
        let page = try page(load("/old-listing.html"))
        // Then page 1 is shown at once
        XCTAssertEqual(page.url, url("/jobs/page-1.html"))
        XCTAssertEqual(targets, ["/old-listing.html", "/jobs/page-1.html"])
    }

    func testLongRefreshAndRefreshToItselfAreNotFollowed() throws {
        // Given a page that logs out after ten minutes and one that reloads itself
        site.route("/timer.html", .ok("<meta http-equiv=refresh content='600;url=/logout'><p>Form", type: "text/html"))
        site.route("/self.html", .ok("<meta http-equiv=refresh content='0'><meta http-equiv=refresh content='1;url=self.html'><p>Me",
                                     type: "text/html"))
        site.route("/again.html", .ok("<meta http-equiv=refresh content='1;url=again.html'><p>Again", type: "text/html"))
        // When they are loaded
        let timer = try page(load("/timer.html"))
        let selfPage = try page(load("/self.html"))
        let again = try page(load("/again.html"))
        // Then each is shown as it is, requested once
        XCTAssertEqual(timer.document.plainText, "Form")
        XCTAssertEqual(selfPage.document.plainText, "Me")
        XCTAssertEqual(again.document.plainText, "Again")
        XCTAssertEqual(targets, ["/timer.html", "/self.html", "/again.html"])
    }

    func testHopCapCountsRedirectsAndRefreshesTogether() throws {
        // Given a redirect to the page that refreshes to page 1: two hops
        site.route("/go/refresh", .redirect(302, to: "/old-listing.html"))
        // When it is loaded with a cap of one hop, then of two
        let capped = load("/go/refresh", browser: browser(limits: FetchLimits(maximumRedirects: 1, totalTime: 10)))
        let enough = load("/go/refresh", browser: browser(limits: FetchLimits(maximumRedirects: 2, totalTime: 10)))
        // Then one is too few and two arrive
        XCTAssertEqual(capped, .failed(url: url("/old-listing.html"), .tooManyRedirects(limit: 1)))
        XCTAssertEqual(try page(enough).url, url("/jobs/page-1.html"))
        XCTAssertEqual(targets, ["/go/refresh", "/old-listing.html", "/go/refresh", "/old-listing.html", "/jobs/page-1.html"])
    }

    func testRedirectToAScriptOrAnIPAddressIsRefused() throws {
        // Given redirects to a javascript: URL and to the server's own IP address
        site.route("/go/script", .redirect(302, to: "javascript:alert(1)"))
        site.route("/go/ip", .redirect(302, to: "http://127.0.0.1:\(site.port)/"))
        // Then both are refused at hop 1 and only the first requests were made
        XCTAssertEqual(load("/go/script"), .refused(url: "javascript:alert(1)", hop: 1, .unsupportedScheme("javascript")))
        XCTAssertEqual(load("/go/ip"), .refused(url: "http://127.0.0.1:\(site.port)/", hop: 1, .malformed(.ipLiteral)))
        XCTAssertEqual(targets, ["/go/script", "/go/ip"])
    }

    func testRefusedAddressIsNeverRequested() throws {
        // Given an address on another host and a malformed one
        let browser = browser()
        let other = browser.load(PageRequest(url: elsewhere.url("/", host: JobSite.otherHost)), session: session, categories: nil)
        let userinfo = browser.load(PageRequest(url: "http://\(JobSite.host)@evil.localhost:\(site.port)/"), session: session, categories: nil)
        // Then both are refused at hop 0, and neither server saw a request
        XCTAssertEqual(other, .refused(url: elsewhere.url("/", host: JobSite.otherHost), hop: 0, .notListed(host: JobSite.otherHost, path: "/")))
        XCTAssertEqual(userinfo, .refused(url: "http://\(JobSite.host)@evil.localhost:\(site.port)/", hop: 0, .malformed(.userinfo)))
        XCTAssertEqual(site.requests.count + elsewhere.requests.count, 0)
    }
}
