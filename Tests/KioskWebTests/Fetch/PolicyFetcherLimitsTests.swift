import Dispatch
import KioskCore
import XCTest
@testable import KioskWeb

final class PolicyFetcherLimitsTests: FetcherTestCase {
    func testBodyPastTheCapWithoutContentLengthStopsEarly() throws {
        // Given 256 kB sent without Content-Length, after which the connection stays open
        var route = LoopbackRoute.large(256_000, contentLength: .omitted)
        route.holdsOpenAfterBody = true
        server.route("/big", route)
        // When it is fetched with a 64 kB cap
        let outcome = try fetcher(limits: FetchLimits(totalTime: 10, maximumBodyBytes: 64_000)).fetch(server.url("/big"))
        // Then it fails as too large while the connection is still open (not as a timeout)
        XCTAssertEqual(outcome, .failed(.tooLarge(limit: 64_000)))
        XCTAssertEqual(outcome.description, "too large: more than 64 kB")
    }

    func testAnnouncedContentLengthPastTheCapFailsAtOnce() throws {
        // Given an answer announcing 10 GB, sending a few bytes, then nothing more
        var route = LoopbackRoute.large(10, contentLength: .declared(10_000_000_000))
        route.holdsOpenAfterBody = true
        server.route("/huge", route)
        // When it is fetched with the default 5 MB cap
        let outcome = try fetcher(limits: FetchLimits(totalTime: 10)).fetch(server.url("/huge"))
        // Then the announcement alone fails it (reading on would have timed out)
        XCTAssertEqual(outcome, .failed(.tooLarge(limit: 5_000_000)))
        XCTAssertEqual(outcome.description, "too large: more than 5 MB")
    }

    func testBodyExactlyAtTheCapIsAccepted() throws {
        server.route("/exact", .large(64_000, contentLength: .omitted))
        let outcome = try fetcher(limits: FetchLimits(totalTime: 10, maximumBodyBytes: 64_000)).fetch(server.url("/exact"))
        XCTAssertEqual(outcome.page?.body.count, 64_000)
    }

    func testSilentSourceTimesOut() throws {
        // Given a source that reads the request and never answers
        server.route("/silent", LoopbackRoute(neverAnswers: true))
        // When it is fetched with a 1 s cap
        let outcome = try fetcher(limits: FetchLimits(totalTime: 1)).fetch(server.url("/silent"))
        // Then it times out, and says so with the cap (how long it took is for `make bench`)
        XCTAssertEqual(outcome, .failed(.timeout(seconds: 1)))
        XCTAssertEqual(outcome.description, "timed out: no complete answer within 1 s")
    }

    func testTricklingBodyTimesOutOnTotalTime() throws {
        // Given a body sent 100 bytes every 0.3 s (3 s in all), so no single wait is long
        var route = LoopbackRoute.large(1_000)
        route.chunkSize = 100
        route.delayPerChunk = 0.3
        server.route("/slow", route)
        // When it is fetched with a 1 s cap for the whole fetch
        let outcome = try fetcher(limits: FetchLimits(totalTime: 1)).fetch(server.url("/slow"))
        // Then the total time cap stops it
        XCTAssertEqual(outcome, .failed(.timeout(seconds: 1)))
    }

    func testTimeCapCoversEveryHop() throws {
        // Given a redirect to a source that never answers
        server.route("/first", .redirect(302, to: "/silent"))
        server.route("/silent", LoopbackRoute(neverAnswers: true))
        // When fetched with a 1 s cap, the whole chain times out
        let outcome = try fetcher(limits: FetchLimits(totalTime: 1)).fetch(server.url("/first"))
        XCTAssertEqual(outcome, .failed(.timeout(seconds: 1)))
        XCTAssertEqual(server.requests.map(\.target), ["/first", "/silent"])
    }

    func testBodyShorterThanItsContentLengthIsANetworkFailure() throws {
        // Given an answer announcing 1000 bytes and closing after 10
        server.route("/short", .large(10, contentLength: .declared(1_000)))
        // When it is fetched
        let outcome = try fetcher().fetch(server.url("/short"))
        // Then it is not taken for a complete (truncated) feed
        guard case .failed(.network) = outcome else { return XCTFail("got \(outcome)") }
    }
}
