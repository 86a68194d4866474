/// What the policy said about a URL: allowed by a rule, with the parsed URL to fetch, or refused.
public enum URLDecision: Equatable, Sendable, CustomStringConvertible {
    /// Fetch exactly `url` (the parsed value, not the string that was asked about).
    case allowed(StrictURL, rule: SiteRule)
    case refused(URLRefusal)

    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// The URL to fetch, when allowed.
    public var url: StrictURL? {
        if case .allowed(let url, _) = self { return url }
        return nil
    }

    /// The rule that decided, when allowed.
    public var rule: SiteRule? {
        if case .allowed(_, let rule) = self { return rule }
        return nil
    }

    /// Why not, when refused.
    public var refusal: URLRefusal? {
        if case .refused(let refusal) = self { return refusal }
        return nil
    }

    /// `allowed by example.org/jobs` or `denied: no rule allows evil.com/`.
    public var description: String {
        switch self {
        case .allowed(_, let rule): "allowed by \(rule.text)"
        case .refused(let refusal): "denied: \(refusal)"
        }
    }
}
