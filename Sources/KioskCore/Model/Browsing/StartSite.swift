/// A site of the start page: one site rule open to the detainee, and the address it opens at.
public struct StartSite: Equatable, Sendable {
    /// The rule as staff wrote it, in canonical form (`werkplein.example/vacatures`).
    public var rule: String
    public var category: SiteCategory
    /// The address the site opens at: the rule's scheme, host, port and path.
    public var url: String

    public init(rule: String, category: SiteCategory, url: String) {
        self.rule = rule
        self.category = category
        self.url = url
    }

    /// The site as a rule opens it: `https://host/path`, `http://host:8080/`; nil for a press rule.
    public init?(rule: SiteRule) {
        guard rule.category != .press else { return nil }
        let port = rule.port == rule.scheme.defaultPort ? "" : ":\(rule.port)"
        self.init(rule: rule.text, category: rule.category,
                  url: "\(rule.scheme.rawValue)://\(rule.host)\(port)\(rule.path.isEmpty ? "/" : rule.path)")
    }

    /// How the start page names the site: the rule's host and path, without `http://` or the
    /// leading dot of a host-only rule.
    public var name: String {
        var name = Substring(rule)
        if let scheme = name.range(of: "://") { name = name[scheme.upperBound...] }
        if name.hasPrefix(".") { name = name.dropFirst() }
        return String(name)
    }
}
