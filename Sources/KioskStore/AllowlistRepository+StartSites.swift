import KioskCore

extension AllowlistRepository {
    /// The sites of the job-sites start page: the stored rules of `categories` (nil: all), never
    /// press, by category (in `SiteCategory` order) then name.
    ///
    /// A rule covered by a broader rule of the same category, scheme and port (its host is the
    /// broader rule's host or a subdomain of it, its path under the broader rule's path) is not
    /// listed: such a rule only changes what a part of a site allows (forms under `/search`).
    /// Stored rules that no longer parse are left out, as the policy leaves them out.
    public func startSites(categories: Set<SiteCategory>?) throws(AllowlistError) -> [StartSite] {
        let rules = try policy().rules.filter { rule in
            rule.category != .press && (categories?.contains(rule.category) ?? true)
        }
        let listed = rules.filter { rule in !rules.contains { $0 != rule && Self.covers($0, rule) } }
        let order = Dictionary(uniqueKeysWithValues: SiteCategory.allCases.enumerated().map { ($1, $0) })
        return listed.compactMap(StartSite.init(rule:)).sorted { left, right in
            if left.category != right.category { return order[left.category, default: 0] < order[right.category, default: 0] }
            return left.name.utf8.lexicographicallyPrecedes(right.name.utf8)
        }
    }

    /// Whether `broad` covers the whole site of `narrow` and is not the same site.
    static func covers(_ broad: SiteRule, _ narrow: SiteRule) -> Bool {
        guard broad.category == narrow.category, broad.scheme == narrow.scheme, broad.port == narrow.port,
              broad.matchesHost(narrow.host), broad.matchesPath(narrow.path.isEmpty ? "/" : narrow.path) else { return false }
        if narrow.includesSubdomains && !broad.includesSubdomains { return false }
        // Two rules for the same host and path (one with subdomains, one without): the broader lists.
        return broad.host != narrow.host || broad.path != narrow.path || broad.includesSubdomains != narrow.includesSubdomains
    }
}
