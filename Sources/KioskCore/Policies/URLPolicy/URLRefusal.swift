/// Why the kiosk will not fetch a URL; every refusal is also written to the audit log.
public enum URLRefusal: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Not a URL the kiosk accepts at all.
    case malformed(URLDefect)
    /// A scheme other than https and http (`javascript`, `data`, `file`, …), lower-cased.
    case unsupportedScheme(String)
    /// No rule covers this host and path.
    case notListed(host: String, path: String)
    /// Rules cover this host and path, but none for this scheme (http needs a rule naming http://).
    case schemeNotListed(URLScheme)
    /// Rules cover this host and path, but none for this port.
    case portNotAllowed(Int)
    /// The deciding rule does not allow submitting forms with GET.
    case formNotAllowed(rule: String)
    /// The deciding rule does not allow POST.
    case postNotAllowed(rule: String)

    /// Longest host, path or scheme a description quotes.
    static let quoteLimit = 80

    public var description: String {
        switch self {
        case .malformed(let defect):
            "malformed URL: \(defect)"
        case .unsupportedScheme(let scheme):
            "the scheme '\(Self.quote(scheme))' is not allowed (only https, and http where a rule names it)"
        case .notListed(let host, let path):
            "no rule allows \(Self.quote(host + path))"
        case .schemeNotListed(let scheme):
            "\(scheme.rawValue) is not allowed for this site (no rule names \(scheme.rawValue)://)"
        case .portNotAllowed(let port):
            "port \(port) is not allowed for this site (no rule names it)"
        case .formNotAllowed(let rule):
            "forms are not allowed by rule '\(rule)'"
        case .postNotAllowed(let rule):
            "POST is not allowed by rule '\(rule)'"
        }
    }

    private static func quote(_ text: String) -> String {
        text.count <= quoteLimit ? text : text.prefix(quoteLimit) + "…"
    }
}
