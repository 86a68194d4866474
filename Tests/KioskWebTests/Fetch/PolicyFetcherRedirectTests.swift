import KioskCore
import XCTest
@testable import KioskWeb

final class PolicyFetcherRedirectTests: FetcherTestCase {
    func testRedirectToAnAllowedPathIsFollowed() throws {
        // Given a moved feed: 301 with a relative Location, then 307 with an absolute one
        server.route("/old.xml", .redirect(301, to: "/moved/feed.xml"))
        server.route("/moved/feed.xml", .redirect(307, to: server.url("/feed.xml?v=2")))
        server.route("/feed.xml?v=2", .ok("<rss/>"))
        // When the old URL is fetched
        let outcome = try fetcher().fetch(server.url("/old.xml"))
        // Then the final body comes back with every hop listed, each requested once
        let page = try XCTUnwrap(outcome.page, "\(outcome)")
        XCTAssertEqual(page.finalURL.string, server.url("/feed.xml?v=2"))
        XCTAssertEqual(page.redirects.map(\.string), [server.url("/moved/feed.xml"), server.url("/feed.xml?v=2")])
        XCTAssertEqual(server.requests.map(\.target), ["/old.xml", "/moved/feed.xml", "/feed.xml?v=2"])
        XCTAssertEqual(outcome.description, "fetched 6 bytes from \(server.url("/feed.xml?v=2")) after 2 redirects")
    }

    func testSeeOtherIsFollowedWithGet() throws {
        server.route("/form", .redirect(303, to: "/feed.xml"))
        server.route("/feed.xml", .ok("<rss/>"))
        let outcome = try fetcher().fetch(server.url("/form"))
        XCTAssertNotNil(outcome.page)
        XCTAssertEqual(server.requests.map(\.method), ["GET", "GET"])
    }

    func testRedirectToAnotherHostIsRefusedBeforeAnyRequestToIt() throws {
        // Given a second server standing for another site, and a redirect to it
        let other = try LoopbackHTTPServer(routes: ["/feed.xml": .ok("<rss>other</rss>")])
        defer { other.stop() }
        let target = other.url("/feed.xml", host: "elsewhere.localhost")
        server.route("/away", .redirect(302, to: target))
        // When the allowed URL is fetched
        let outcome = try fetcher().fetch(server.url("/away"))
        // Then hop 1 is refused, named, and the other site was never asked
        let refusal = try XCTUnwrap(outcome.refusal, "\(outcome)")
        XCTAssertEqual(refusal.hop, 1)
        XCTAssertEqual(refusal.target, target)
        XCTAssertEqual(refusal.refusal, .notListed(host: "elsewhere.localhost", path: "/feed.xml"))
        XCTAssertEqual(other.requests.count, 0)
        XCTAssertEqual(outcome.description,
                       "redirect 1 to \(target) refused: no rule allows elsewhere.localhost/feed.xml")
    }

    func testARuleForOnePortDoesNotAllowAnother() throws {
        // Given a redirect to the same host name on the second server's port
        let other = try LoopbackHTTPServer(routes: ["/feed.xml": .ok("<rss/>")])
        defer { other.stop() }
        server.route("/port", .redirect(302, to: other.url("/feed.xml")))
        // When it is fetched
        let outcome = try fetcher().fetch(server.url("/port"))
        // Then the hop is refused for its port and nothing reached the other port
        XCTAssertEqual(outcome.refusal?.refusal, .portNotAllowed(other.port))
        XCTAssertEqual(other.requests.count, 0)
    }

    func testRedirectToAnotherSchemeIsRefused() throws {
        server.route("/script", .redirect(302, to: "javascript:alert(1)"))
        server.route("/file", .redirect(302, to: "file:///etc/passwd"))
        let fetcher = try fetcher()
        XCTAssertEqual(fetcher.fetch(server.url("/script")).refusal?.refusal, .unsupportedScheme("javascript"))
        XCTAssertEqual(fetcher.fetch(server.url("/file")).refusal?.refusal, .unsupportedScheme("file"))
        XCTAssertEqual(server.requests.count, 2)
    }

    func testRedirectLoopStopsAtTheCap() throws {
        // Given a path that redirects to itself
        server.route("/loop", .redirect(302, to: "/loop"))
        // When it is fetched with a cap of 3 redirects
        let outcome = try fetcher(limits: FetchLimits(maximumRedirects: 3, totalTime: 10)).fetch(server.url("/loop"))
        // Then the fetch fails after the first request and 3 followed redirects
        XCTAssertEqual(outcome, .failed(.tooManyRedirects(limit: 3)))
        XCTAssertEqual(server.requests.count, 4)
        XCTAssertEqual(outcome.description, "too many redirects: more than 3")
    }

    func testDefaultCapFollowsFiveRedirects() throws {
        // Given a chain of exactly five redirects
        for step in 0..<5 { server.route("/r\(step)", .redirect(302, to: "/r\(step + 1)")) }
        server.route("/r5", .ok("<rss/>"))
        // When fetched with the default limits, it arrives; with one more hop it would not
        XCTAssertEqual(try fetcher(limits: .standard).fetch(server.url("/r0")).page?.redirects.count, 5)
        server.route("/r5", .redirect(302, to: "/r6"))
        XCTAssertEqual(try fetcher(limits: .standard).fetch(server.url("/r0")), .failed(.tooManyRedirects(limit: 5)))
    }

    func testRedirectWithoutLocationFails() throws {
        server.route("/nowhere", .status(302))
        let outcome = try fetcher().fetch(server.url("/nowhere"))
        XCTAssertEqual(outcome, .failed(.redirectWithoutLocation(status: 302)))
    }
}
