import Foundation

/// One cookie a site set, as the jar keeps it (RFC 6265, section 5.3).
struct Cookie: Equatable, Sendable {
    var name: String
    var value: String
    /// Lower-case host (host-only) or domain it is sent to.
    var domain: String
    /// True when the site gave no `Domain`: only that exact host gets it back.
    var hostOnly: Bool
    /// Starts with `/`; the cookie goes to this path and below it.
    var path: String
    /// Only sent over https.
    var secure: Bool
    /// When it stops being sent; nil for a session cookie (kept until the session ends).
    var expires: Date?
    /// When it was first stored: older cookies come first among equal paths.
    var created: Date

    /// Name and value bytes, the size the caps count.
    var size: Int { name.utf8.count + value.utf8.count }

    /// `name=value` for the `Cookie` header.
    var pair: String { "\(name)=\(value)" }

    /// Whether this cookie and `other` are the same slot (name, domain, path): a new one replaces it.
    func isSameSlot(as other: Cookie) -> Bool {
        name == other.name && domain == other.domain && path == other.path
    }

    func isExpired(at now: Date) -> Bool {
        expires.map { $0 <= now } ?? false
    }
}
