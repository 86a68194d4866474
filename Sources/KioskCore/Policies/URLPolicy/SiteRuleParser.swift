/// Reads rules written as `[scheme://][.]host[:port][/path]`, like browsers' enterprise URL lists.
///
/// Refuses what URLs refuse (userinfo, IP literals, non-ASCII or `%` in the host, whitespace,
/// backslashes, bad ports, dot segments, encoded slashes) and what has no meaning in a rule:
/// wildcards (a host already covers its subdomains), queries, fragments, schemes other than https
/// and http, and single-label hosts such as `org`. Scheme and host are lower-cased, a trailing
/// dot of the host and trailing slashes of the path dropped, a default port forgotten, so equal
/// rules have equal `text`.
public enum SiteRuleParser {
    /// Longest rule accepted, in UTF-8 bytes.
    public static let maximumLength = 2_048

    public static func parse(
        _ text: String, category: SiteCategory, allowsGetForms: Bool = false, allowsPost: Bool = false
    ) throws(SiteRuleError) -> SiteRule {
        func failure(_ problem: SiteRuleError.Problem) -> SiteRuleError {
            SiteRuleError(rule: text, problem: problem)
        }
        guard !text.isEmpty else { throw failure(.empty) }
        guard text.utf8.count <= maximumLength else { throw failure(.tooLong(limit: maximumLength)) }
        do { try URLCharacters.checkVisible(text) } catch { throw failure(.defect(error)) }
        if text.utf8.contains(URLCharacters.star) { throw failure(.wildcard(suggestion: suggestion(text))) }

        let bytes = Array(text.utf8)[...]
        let (scheme, rest) = try schemeAndRest(bytes, failure: failure)
        if rest.contains(URLCharacters.hash) { throw failure(.fragment) }
        if rest.contains(URLCharacters.question) { throw failure(.query) }
        let exact = rest.first == URLCharacters.dot
        let hostAndPath = exact ? rest.dropFirst() : rest
        let authorityEnd = hostAndPath.firstIndex(of: URLCharacters.slash) ?? hostAndPath.endIndex
        let authority = hostAndPath[..<authorityEnd]
        let host: String, port: Int, path: String
        do throws(URLDefect) {
            if authority.contains(URLCharacters.at) { throw .userinfo }
            if authority.first == URLCharacters.openBracket { throw .ipLiteral }
            let colon = authority.firstIndex(of: URLCharacters.colon)
            host = try HostName.canonical(authority[..<(colon ?? authority.endIndex)])
            port = try colon.map { colon throws(URLDefect) in
                try URLCharacters.port(authority[(colon + 1)...])
            } ?? scheme.defaultPort
            path = try URLPathText.path(hostAndPath[authorityEnd...])
        } catch {
            throw failure(.defect(error))
        }
        guard host.utf8.contains(URLCharacters.dot) else { throw failure(.singleLabelHost(host)) }
        var prefix = path[...]  // "/jobs/" matches as "/jobs"; "/" as the whole host
        while prefix.last == "/" { prefix = prefix.dropLast() }
        return SiteRule(
            scheme: scheme, host: host, includesSubdomains: !exact, port: port, path: String(prefix),
            category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost)
    }

    /// Splits off `https://` or `http://`; any other `name:` that cannot be a host and port is refused.
    private static func schemeAndRest(
        _ bytes: ArraySlice<UInt8>, failure: (SiteRuleError.Problem) -> SiteRuleError
    ) throws(SiteRuleError) -> (URLScheme, ArraySlice<UInt8>) {
        guard let colon = URLCharacters.schemeEnd(bytes) else { return (.https, bytes) }
        let name = String(decoding: bytes[..<colon].map(URLCharacters.lowercased), as: UTF8.self)
        let after = bytes[(colon + 1)...]
        if after.starts(with: "//".utf8) {
            guard let scheme = URLScheme(rawValue: name) else { throw failure(.unsupportedScheme(name)) }
            return (scheme, after.dropFirst(2))
        }
        if URLScheme(rawValue: name) != nil { throw failure(.defect(.missingAuthority)) }
        // `example.org:8443/jobs`, `localhost:8080`: a host and a port, not a scheme.
        let looksLikePort = after.prefix { $0 != URLCharacters.slash }.allSatisfy(URLCharacters.isDigit)
        if name.utf8.contains(URLCharacters.dot) || looksLikePort { return (.https, bytes) }
        throw failure(.unsupportedScheme(name))
    }

    /// For `*.example.org` (with or without a scheme), the rule meant: `example.org`.
    private static func suggestion(_ text: String) -> String? {
        let hostStart = text.range(of: "://")?.upperBound ?? text.startIndex
        guard text[hostStart...].hasPrefix("*.") else { return nil }
        let candidate = String(text[..<hostStart]) + text[hostStart...].dropFirst(2)
        return (try? parse(candidate, category: .jobs))?.text
    }
}
