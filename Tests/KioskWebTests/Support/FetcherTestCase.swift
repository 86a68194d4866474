import KioskCore
import XCTest
@testable import KioskWeb

/// Base for fetcher tests: a loopback server started in setUp and stopped in tearDown.
class FetcherTestCase: XCTestCase {
    /// The server standing for `feeds.localhost`.
    var server: LoopbackHTTPServer!

    override func setUpWithError() throws {
        server = try LoopbackHTTPServer()
    }

    override func tearDown() {
        server.stop()
        server = nil
    }

    /// A policy of `press` rules.
    func policy(_ rules: String...) throws -> URLPolicy {
        URLPolicy(rules: try rules.map { try SiteRule($0, category: .press) })
    }

    /// A fetcher allowing `http://feeds.localhost:PORT` only.
    func fetcher(limits: FetchLimits = FetchLimits(totalTime: 10)) throws -> PolicyFetcher {
        PolicyFetcher(policy: try policy("http://feeds.localhost:\(server.port)"), limits: limits)
    }
}
