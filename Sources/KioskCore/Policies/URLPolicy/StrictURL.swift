import Foundation

/// An absolute https or http URL, parsed once, strictly, into the parts the policy decides on.
///
/// The same value is what the fetcher requests (`string` or `foundationURL`), so the URL that
/// was allowed is the URL that is fetched. Parsing refuses, with a reason, anything that
/// browsers, servers and `URLSession` might read differently: userinfo (even a bare `@`),
/// backslashes, whitespace and control or invisible characters anywhere, `%` or non-ASCII in the
/// host, IP literals in any notation, empty hosts, ports outside 1–65535, `.` and `..` segments
/// (decoded or not), encoded slashes. Scheme and host are lower-cased, one trailing dot of the
/// host dropped, the default port implied, the fragment dropped, the path and query normalised
/// (`URLPathText`).
public struct StrictURL: Hashable, Sendable, CustomStringConvertible {
    public let scheme: URLScheme
    /// Lower-case DNS name without a trailing dot.
    public let host: String
    /// The port, the scheme's default when the URL names none.
    public let port: Int
    /// Normalised and percent-encoded; starts with `/`.
    public let path: String
    /// Normalised and percent-encoded, without `?`; nil when the URL has no `?`.
    public let query: String?

    /// Longest URL accepted, in UTF-8 bytes.
    public static let maximumLength = 8_192

    private init(scheme: URLScheme, host: String, port: Int, path: String, query: String?) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
    }

    /// Parses an absolute URL.
    public static func parse(_ text: String) -> Result<StrictURL, URLRefusal> {
        do {
            return .success(try parsed(text))
        } catch {
            return .failure(error)
        }
    }

    /// `scheme://host[:port]`, the port shown only when it is not the default.
    public var origin: String {
        port == scheme.defaultPort ? "\(scheme.rawValue)://\(host)" : "\(scheme.rawValue)://\(host):\(port)"
    }

    /// The normalised URL, the one to fetch.
    public var string: String {
        origin + path + (query.map { "?" + $0 } ?? "")
    }

    public var description: String { string }

    /// The same URL for `URLSession`, assembled from the parts (never re-parsed from text).
    public var foundationURL: URL? {
        var components = URLComponents()
        components.scheme = scheme.rawValue
        components.host = host
        components.port = port == scheme.defaultPort ? nil : port
        components.percentEncodedPath = path
        components.percentEncodedQuery = query
        return components.url
    }

    // MARK: - Parsing

    private static func parsed(_ text: String) throws(URLRefusal) -> StrictURL {
        guard !text.isEmpty else { throw .malformed(.empty) }
        try checkCharacters(text)
        let bytes = Array(text.utf8)[...]
        guard let colon = URLCharacters.schemeEnd(bytes) else { throw .malformed(.notAbsolute) }
        let schemeName = String(decoding: bytes[..<colon].map(URLCharacters.lowercased), as: UTF8.self)
        guard let scheme = URLScheme(rawValue: schemeName) else { throw .unsupportedScheme(schemeName) }
        var rest = bytes[(colon + 1)...]
        guard rest.starts(with: "//".utf8) else { throw .malformed(.missingAuthority) }
        rest = rest.dropFirst(2)
        let authorityEnd = rest.firstIndex {
            $0 == URLCharacters.slash || $0 == URLCharacters.question || $0 == URLCharacters.hash
        } ?? rest.endIndex
        let (host, port) = try authority(rest[..<authorityEnd], scheme: scheme)
        var remainder = rest[authorityEnd...]
        if let hash = remainder.firstIndex(of: URLCharacters.hash) { remainder = remainder[..<hash] }
        let queryStart = remainder.firstIndex(of: URLCharacters.question)
        do throws(URLDefect) {
            let path = try URLPathText.path(remainder[..<(queryStart ?? remainder.endIndex)])
            let query = try queryStart.map { start throws(URLDefect) in
                try URLPathText.query(remainder[(start + 1)...])
            }
            return StrictURL(scheme: scheme, host: host, port: port, path: path, query: query)
        } catch {
            throw .malformed(error)
        }
    }

    /// Length, whitespace, control and invisible characters, backslashes: checked before anything.
    static func checkCharacters(_ text: String) throws(URLRefusal) {
        guard text.utf8.count <= maximumLength else { throw .malformed(.tooLong(limit: maximumLength)) }
        do { try URLCharacters.checkVisible(text) } catch { throw .malformed(error) }
    }

    private static func authority(
        _ bytes: ArraySlice<UInt8>, scheme: URLScheme
    ) throws(URLRefusal) -> (host: String, port: Int) {
        do throws(URLDefect) {
            if bytes.contains(URLCharacters.at) { throw .userinfo }
            if bytes.first == URLCharacters.openBracket { throw .ipLiteral }
            let colon = bytes.firstIndex(of: URLCharacters.colon)
            let host = try HostName.canonical(bytes[..<(colon ?? bytes.endIndex)])
            let port = try colon.map { colon throws(URLDefect) in
                try URLCharacters.port(bytes[(colon + 1)...])
            } ?? scheme.defaultPort
            return (host, port)
        } catch {
            throw .malformed(error)
        }
    }
}
