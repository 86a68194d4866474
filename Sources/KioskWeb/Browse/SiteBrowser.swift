import Dispatch
import Foundation
import KioskCore

/// The job-sites browser: pages fetched through the URL allowlist, converted to `Document`s.
///
/// Each load reads the current site rules (so a change by staff applies at the next page),
/// keeps those of the categories asked for, never `press` rules, and decides the request with
/// the method it needs (`PageRequest.urlMethod`). Every redirect and meta refresh is decided
/// again before anything is sent there (`PageVisit`); both count against
/// `FetchLimits.maximumRedirects`, and `FetchLimits.totalTime` covers the whole load. Cookies
/// live in memory per session (`SessionCookieJars`) until `endSession`; URLSession's own
/// cookie storage is off (`HTTPExchange`).
///
/// The proxy is not a setting of the browser: on Linux URLSession ignores
/// `connectionProxyDictionary`, and libcurl takes the proxy from the environment
/// (`HTTPProxyEnvironment`).
///
/// Synchronous: `load` blocks the calling thread for at most the time cap (plus a moment).
public struct SiteBrowser: WebBrowser {
    /// Where the rules come from; called once per load. An error counts as no rule at all.
    public typealias RuleSource = @Sendable () throws -> [SiteRule]

    /// Longest `<meta refresh>` delay (seconds) followed as a redirect; longer ones are timers.
    public static let maximumRefreshDelay = 10

    public let limits: FetchLimits
    private let rules: RuleSource
    private let clock: @Sendable () -> Date
    private let jars = SessionCookieJars()

    /// - Parameters:
    ///   - rules: the site rules as staff keep them, read at every load.
    ///   - limits: hop, time and size caps of one load.
    ///   - clock: the time cookies expire against.
    public init(rules: @escaping RuleSource, limits: FetchLimits = .standard,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.rules = rules
        self.limits = limits
        self.clock = clock
    }

    public func load(_ request: PageRequest, session: String, categories: Set<SiteCategory>?) -> PageLoad {
        let policy = policy(categories: categories)
        switch BrowseHop.first(for: request, policy: policy) {
        case .failure(let refused):
            return .refused(url: HeaderText.shown(refused.url, limit: PageVisit.shownLength), hop: 0, refused.refusal)
        case .success(let hop):
            let visit = PageVisit(
                policy: policy, limits: limits, session: session, jars: jars, now: clock, reader: PageReader(),
                deadline: DispatchTime.now() + limits.totalTime)
            return visit.run(from: hop)
        }
    }

    public func endSession(_ session: String) {
        jars.end(session: session)
    }

    /// The policy of one load: the current rules of `categories` (nil: every category but press).
    public func policy(categories: Set<SiteCategory>?) -> URLPolicy {
        let current = (try? rules()) ?? []
        return URLPolicy(rules: current.filter { rule in
            rule.category != .press && (categories?.contains(rule.category) ?? true)
        })
    }

    /// The cookies a session holds (name, domain, path), for diagnostics and tests.
    func cookies(session: String) -> [Cookie] {
        jars.cookies(session: session)
    }
}
