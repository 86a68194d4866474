/// The allowlist: decides, on parsed parts only, whether the kiosk may fetch a URL. Default deny.
///
/// A URL is allowed when a rule matches its scheme, port, host and path (`SiteRule.matches`).
/// When several rules match, the most specific one decides alone: longest host, then longest
/// path, then an exact-host rule before a subdomain rule (`SiteRule.isMoreSpecific`). A broader
/// rule never adds rights to a narrower one: with `example.org` (POST allowed) and
/// `example.org/mail` (no POST), a POST to `/mail/send` is refused. Forms need the deciding
/// rule's `allowsGetForms` (GET) or `allowsPost` (POST); the two are independent.
public struct URLPolicy: Sendable {
    /// The rules, most specific first.
    public let rules: [SiteRule]

    public init(rules: [SiteRule]) {
        self.rules = rules.sorted { $0.isMoreSpecific(than: $1) }
    }

    /// Parses `url` strictly, then decides.
    public func decide(_ url: String, method: URLMethod = .get) -> URLDecision {
        switch StrictURL.parse(url) {
        case .success(let parsed): decide(parsed, method: method)
        case .failure(let refusal): .refused(refusal)
        }
    }

    /// Resolves a link or redirect target against the page it came from, then decides.
    public func decide(reference: String, against base: StrictURL, method: URLMethod = .get) -> URLDecision {
        switch StrictURL.resolve(reference, against: base) {
        case .success(let parsed): decide(parsed, method: method)
        case .failure(let refusal): .refused(refusal)
        }
    }

    /// Decides on an already parsed URL.
    public func decide(_ url: StrictURL, method: URLMethod = .get) -> URLDecision {
        guard let rule = decidingRule(for: url) else { return .refused(missReason(url)) }
        switch method {
        case .get:
            return .allowed(url, rule: rule)
        case .getForm:
            return rule.allowsGetForms ? .allowed(url, rule: rule) : .refused(.formNotAllowed(rule: rule.text))
        case .post:
            return rule.allowsPost ? .allowed(url, rule: rule) : .refused(.postNotAllowed(rule: rule.text))
        }
    }

    /// The most specific rule matching `url`, or nil.
    public func decidingRule(for url: StrictURL) -> SiteRule? {
        rules.first { $0.matches(url) }
    }

    /// Why no rule matched: nothing for this host and path, or only for another scheme or port.
    private func missReason(_ url: StrictURL) -> URLRefusal {
        let near = rules.filter { $0.matchesHost(url.host) && $0.matchesPath(url.path) }
        if near.isEmpty { return .notListed(host: url.host, path: url.path) }
        if !near.contains(where: { $0.scheme == url.scheme }) { return .schemeNotListed(url.scheme) }
        return .portNotAllowed(url.port)
    }
}
