import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Base for browser tests: the job site on one loopback server, "elsewhere" on another, and a
/// browser whose rules and clock each test may change.
class BrowserTestCase: XCTestCase {
    var site: LoopbackHTTPServer!
    var elsewhere: LoopbackHTTPServer!
    let rules = RuleBox()
    let clock = TestClock()
    let session = "cell-12"

    override func setUpWithError() throws {
        site = try LoopbackHTTPServer()
        elsewhere = try LoopbackHTTPServer()
        try JobSite.install(on: site, elsewhere: elsewhere)
        rules.set(try JobSite.rules(port: site.port))
    }

    override func tearDown() {
        site.stop()
        elsewhere.stop()
    }

    /// A browser reading `rules` and `clock`, with a 10-second cap.
    func browser(limits: FetchLimits = FetchLimits(totalTime: 10)) -> SiteBrowser {
        let rules = rules
        let clock = clock
        return SiteBrowser(rules: { try rules.get() }, limits: limits, clock: { clock.now })
    }

    /// The job site's URL for `path`.
    func url(_ path: String, host: String = JobSite.host) -> String {
        site.url(path, host: host)
    }

    /// Loads `path` of the job site (a link followed) in `session`.
    func load(_ path: String, browser: SiteBrowser? = nil, session: String? = nil) -> PageLoad {
        (browser ?? self.browser()).load(PageRequest(url: url(path)), session: session ?? self.session, categories: nil)
    }

    /// The page of a load, or a failure naming what came instead.
    func page(_ load: PageLoad, file: StaticString = #filePath, line: UInt = #line) throws -> WebPage {
        guard case .page(let page) = load else {
            XCTFail("expected a page, got \(load)", file: file, line: line)
            throw PageExpected()
        }
        return page
    }

    /// The targets the job site received, in order.
    var targets: [String] { site.requests.map(\.target) }

    struct PageExpected: Error {}
}

/// Rules a test can change between loads; `failing` makes reading them throw.
final class RuleBox: @unchecked Sendable {
    private let lock = NSLock()
    private var rules: [SiteRule] = []
    private var failing = false

    struct Unreadable: Error {}

    func set(_ rules: [SiteRule]) { lock.withLock { self.rules = rules } }
    func fail() { lock.withLock { failing = true } }
    func get() throws -> [SiteRule] {
        try lock.withLock {
            if failing { throw Unreadable() }
            return rules
        }
    }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_750_000_000)

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}
