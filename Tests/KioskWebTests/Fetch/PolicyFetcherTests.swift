import KioskCore
import XCTest
@testable import KioskWeb

final class PolicyFetcherTests: FetcherTestCase {
    func testAllowedURLReturnsBodyTypeAndValidators() throws {
        // Given a feed served with an ETag and a Last-Modified
        server.route("/feed.xml", .ok("<rss/>", headers: [
            ("ETag", "\"v1\""), ("Last-Modified", "Tue, 10 Jun 2025 04:00:00 GMT"),
        ]))
        // When it is fetched
        let outcome = try fetcher().fetch(server.url("/feed.xml"))
        // Then the body, final URL, type and validators come back
        let page = try XCTUnwrap(outcome.page, "\(outcome)")
        XCTAssertEqual(String(decoding: page.body, as: UTF8.self), "<rss/>")
        XCTAssertEqual(page.finalURL.string, server.url("/feed.xml"))
        XCTAssertEqual(page.contentType, "application/rss+xml; charset=utf-8")
        XCTAssertEqual(page.validators, CacheValidators(etag: "\"v1\"", lastModified: "Tue, 10 Jun 2025 04:00:00 GMT"))
        XCTAssertEqual(page.redirects, [])
        XCTAssertEqual(outcome.description, "fetched 6 bytes")
    }

    func testRequestCarriesUserAgentAndNoCookieFromAnEarlierAnswer() throws {
        // Given a first answer that tries to set a cookie
        server.route("/cookie", LoopbackRoute(status: 200, headers: [("Set-Cookie", "track=1; Path=/")], body: []))
        server.route("/feed.xml", .ok("<rss/>"))
        let fetcher = try fetcher()
        // When two URLs are fetched with the same fetcher
        _ = fetcher.fetch(server.url("/cookie"))
        _ = fetcher.fetch(server.url("/feed.xml"))
        // Then both requests say who is asking, and none carries a cookie
        let requests = server.requests
        XCTAssertEqual(requests.count, 2)
        XCTAssertEqual(requests.map(\.method), ["GET", "GET"])
        XCTAssertEqual(requests.map { $0.header("User-Agent") }, ["CellKiosk/1", "CellKiosk/1"])
        XCTAssertNil(requests[1].header("Cookie"))
        XCTAssertNil(requests[0].header("If-None-Match"))
    }

    func testValidatorsAreSentAndNotModifiedIsReported() throws {
        // Given a source that answers 304 to the right ETag
        var route = LoopbackRoute.ok("<rss/>", headers: [("ETag", "\"v7\"")])
        route.notModifiedWhenETag = "\"v7\""
        server.route("/feed.xml", route)
        let previous = CacheValidators(etag: "\"v7\"", lastModified: "Wed, 11 Jun 2025 08:00:00 GMT")
        // When it is fetched with the validators of the last sync
        let outcome = try fetcher().fetch(server.url("/feed.xml"), validators: previous)
        // Then both conditional headers were sent and the outcome says "not modified"
        let request = try XCTUnwrap(server.requests.first)
        XCTAssertEqual(request.header("If-None-Match"), "\"v7\"")
        XCTAssertEqual(request.header("If-Modified-Since"), "Wed, 11 Jun 2025 08:00:00 GMT")
        guard case .notModified(let finalURL, let validators, let redirects) = outcome else {
            return XCTFail("expected notModified, got \(outcome)")
        }
        XCTAssertEqual(finalURL.string, server.url("/feed.xml"))
        XCTAssertEqual(validators, previous)
        XCTAssertEqual(redirects, [])
        XCTAssertEqual(outcome.description, "not modified since the last sync")
    }

    func testStaleValidatorsGetTheFullBody() throws {
        // Given a source whose ETag changed since the last sync
        var route = LoopbackRoute.ok("<rss>new</rss>", headers: [("ETag", "\"v8\"")])
        route.notModifiedWhenETag = "\"v8\""
        server.route("/feed.xml", route)
        // When it is fetched with the old ETag
        let outcome = try fetcher().fetch(server.url("/feed.xml"), validators: CacheValidators(etag: "\"v7\""))
        // Then the new body and the new ETag come back
        XCTAssertEqual(outcome.page?.body, Data("<rss>new</rss>".utf8))
        XCTAssertEqual(outcome.page?.validators.etag, "\"v8\"")
    }

    func testNotFoundIsAnHTTPStatusFailure() throws {
        // Given a path the server does not know
        // When it is fetched
        let outcome = try fetcher().fetch(server.url("/missing.xml"))
        // Then the failure names the status
        XCTAssertEqual(outcome, .failed(.httpStatus(404)))
        XCTAssertEqual(outcome.description, "the server answered HTTP 404 (not found)")
    }

    func testServerErrorIsAnHTTPStatusFailure() throws {
        server.route("/broken", .status(503))
        XCTAssertEqual(try fetcher().fetch(server.url("/broken")), .failed(.httpStatus(503)))
    }

    func testURLRefusedByPolicyNeverReachesTheServer() throws {
        // Given a fetcher whose only rule names another path
        let fetcher = PolicyFetcher(policy: try policy("http://feeds.localhost:\(server.port)/press"))
        // When a URL outside the rule, an IP literal and a javascript: URL are fetched
        let outside = fetcher.fetch(server.url("/private/feed.xml"))
        let literal = fetcher.fetch("http://127.0.0.1:\(server.port)/press/feed.xml")
        let script = fetcher.fetch("javascript:alert(1)")
        // Then each is refused at hop 0 and the server saw nothing
        XCTAssertEqual(outside.refusal?.hop, 0)
        XCTAssertEqual(outside.refusal?.refusal, .notListed(host: "feeds.localhost", path: "/private/feed.xml"))
        XCTAssertEqual(literal.refusal?.refusal, .malformed(.ipLiteral))
        XCTAssertEqual(script.refusal?.refusal, .unsupportedScheme("javascript"))
        XCTAssertEqual(server.requests.count, 0)
        XCTAssertEqual(outside.description, "refused: no rule allows feeds.localhost/private/feed.xml")
    }

    func testHTTPSRuleDoesNotAllowPlainHTTP() throws {
        // Given a rule that does not name http://
        let fetcher = PolicyFetcher(policy: try policy("feeds.localhost:\(server.port)"))
        // When the http URL is fetched
        let outcome = fetcher.fetch(server.url("/feed.xml"))
        // Then it is refused without a request
        XCTAssertEqual(outcome.refusal?.refusal, .schemeNotListed(.http))
        XCTAssertEqual(server.requests.count, 0)
    }

    func testConnectionRefusedIsANetworkFailure() throws {
        // Given a port nothing listens on any more
        let gone = try LoopbackHTTPServer()
        let port = gone.port
        gone.stop()
        let fetcher = PolicyFetcher(policy: try policy("http://feeds.localhost:\(port)"))
        // When it is fetched
        let outcome = fetcher.fetch("http://feeds.localhost:\(port)/feed.xml")
        // Then the failure is a network one, in plain words
        guard case .failed(.network(let message)) = outcome else { return XCTFail("got \(outcome)") }
        XCTAssertFalse(message.isEmpty)
        XCTAssertTrue(outcome.description.hasPrefix("network error: "))
    }
}
