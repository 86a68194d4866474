/// One allowlist entry, `[scheme://][.]host[:port][/path]`, with what it permits.
///
/// Matching (see `URLPolicy` for which rule decides when several match):
/// - scheme: a rule without one, or with `https://`, matches https only; `http://` matches
///   http only (write two rules for a site served both ways);
/// - host: equal, or, unless the rule starts with a dot, any subdomain on a label boundary
///   (`example.org` covers `jobs.example.org`, never `evil-example.org` or `example.org.evil.com`);
/// - port: the one the rule names, else only the scheme's default;
/// - path: a case-sensitive prefix on segment boundaries, compared in normal form (`/jobs` covers
///   `/jobs`, `/jobs/`, `/jobs/42`, not `/jobsearch` or `/Jobs`). A trailing slash in a rule does
///   not matter: `/jobs/` is stored and matched as `/jobs`. No path covers the whole host.
public struct SiteRule: Hashable, Sendable, CustomStringConvertible {
    public let scheme: URLScheme
    /// Lower-case DNS name without a trailing dot.
    public let host: String
    /// False for rules written with a leading dot (`.example.org`): that host only.
    public let includesSubdomains: Bool
    public let port: Int
    /// Normal form without a trailing slash; empty for the whole host.
    public let path: String
    public let category: SiteCategory
    /// Whether forms may be submitted with GET under this rule.
    public let allowsGetForms: Bool
    /// Whether forms may be submitted with POST under this rule.
    public let allowsPost: Bool

    init(
        scheme: URLScheme, host: String, includesSubdomains: Bool, port: Int, path: String,
        category: SiteCategory, allowsGetForms: Bool, allowsPost: Bool
    ) {
        self.scheme = scheme
        self.host = host
        self.includesSubdomains = includesSubdomains
        self.port = port
        self.path = path
        self.category = category
        self.allowsGetForms = allowsGetForms
        self.allowsPost = allowsPost
    }

    /// Parses a rule as staff write it; see `SiteRuleParser`.
    public init(
        _ text: String, category: SiteCategory, allowsGetForms: Bool = false, allowsPost: Bool = false
    ) throws(SiteRuleError) {
        self = try SiteRuleParser.parse(
            text, category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost)
    }

    /// The canonical text: `http://` only for http, the port only when not the default,
    /// e.g. `example.org/jobs`, `.www.example.org`, `http://example.org:8080`.
    public var text: String {
        let schemePart = scheme == .https ? "" : "\(scheme.rawValue)://"
        let portPart = port == scheme.defaultPort ? "" : ":\(port)"
        return schemePart + (includesSubdomains ? "" : ".") + host + portPart + path
    }

    public var description: String { text }

    /// Whether the rule covers this URL: scheme, port, host and path.
    public func matches(_ url: StrictURL) -> Bool {
        url.scheme == scheme && url.port == port && matchesHost(url.host) && matchesPath(url.path)
    }

    /// Host equal, or a subdomain on a label boundary when the rule includes subdomains.
    public func matchesHost(_ candidate: String) -> Bool {
        let candidate = candidate.utf8
        let host = host.utf8
        if candidate.elementsEqual(host) { return true }
        guard includesSubdomains, candidate.count > host.count + 1 else { return false }
        let suffix = candidate.suffix(host.count + 1)
        return suffix.first == URLCharacters.dot && suffix.dropFirst().elementsEqual(host)
    }

    /// A case-sensitive prefix of a normalised path, ending on a segment boundary.
    public func matchesPath(_ candidate: String) -> Bool {
        guard !path.isEmpty else { return true }
        let candidate = candidate.utf8
        guard candidate.starts(with: path.utf8) else { return false }
        let rest = candidate.dropFirst(path.utf8.count)
        return rest.isEmpty || rest.first == URLCharacters.slash
    }

    /// Whether this rule wins over `other` when both match: longer host, then longer path,
    /// then exact-host before subdomain rule, then text order, then the rule granting less
    /// (so the result never depends on the order rules were stored in).
    public func isMoreSpecific(than other: SiteRule) -> Bool {
        if host.utf8.count != other.host.utf8.count { return host.utf8.count > other.host.utf8.count }
        if path.utf8.count != other.path.utf8.count { return path.utf8.count > other.path.utf8.count }
        if includesSubdomains != other.includesSubdomains { return !includesSubdomains }
        if text != other.text { return text.utf8.lexicographicallyPrecedes(other.text.utf8) }
        if allowsPost != other.allowsPost { return !allowsPost }
        if allowsGetForms != other.allowsGetForms { return !allowsGetForms }
        return category.rawValue < other.category.rawValue
    }
}
