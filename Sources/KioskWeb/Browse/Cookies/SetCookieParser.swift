import Foundation
import KioskCore

/// Reads `Set-Cookie` headers into cookies for the jar (RFC 6265, section 5.2, with the
/// stricter parts of its revision).
///
/// URLSession folds several `Set-Cookie` headers into one value joined with `, `, and an
/// `Expires` date holds a comma too, so `split` cuts only at a comma followed by `name=` (a
/// token, no space, before `=`): `a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=2` is two
/// cookies. A cookie is ignored whole when its name is empty or holds `=`, when its name or
/// value holds a control character, when it is larger than `maximumCookieBytes`, when its
/// `Domain` does not cover the host that set it or is a single label (`com`, `localhost`), when it
/// is `Secure` but came over http, or when a `__Secure-` or `__Host-` prefix is not honoured.
struct SetCookieParser {
    /// Largest name plus value, in bytes.
    static let maximumCookieBytes = 4_096
    /// Longest attribute value read (a `Path` or `Domain` longer than this is ignored).
    static let maximumAttributeBytes = 1_024

    let url: StrictURL
    let now: Date

    /// The cookies of a (possibly folded) header value, in order; the ignored ones left out.
    func cookies(fromHeader value: String) -> [Cookie] {
        Self.split(value).compactMap(cookie)
    }

    /// The single `Set-Cookie` values a folded header holds.
    static func split(_ folded: String) -> [String] {
        var parts: [String] = []
        var current = Substring()
        var rest = Substring(folded)
        while let comma = rest.firstIndex(of: ",") {
            let after = rest[rest.index(after: comma)...]
            if startsNewCookie(after) {
                current += rest[..<comma]
                parts.append(String(current))
                current = ""
                rest = after
            } else {
                current += rest[...comma]
                rest = after
            }
        }
        current += rest
        parts.append(String(current))
        return parts.map { String($0.trimmingBlanks()) }.filter { !$0.isEmpty }
    }

    /// Whether the text after a comma starts `name=`: optional blanks, a token, then `=`.
    private static func startsNewCookie(_ text: Substring) -> Bool {
        let name = text.drop { $0 == " " || $0 == "\t" }.prefix { !"=;, \t".contains($0) }
        guard !name.isEmpty else { return false }
        let afterName = text.drop { $0 == " " || $0 == "\t" }.dropFirst(name.count)
        return afterName.first == "="
    }

    /// One cookie, or nil when it must be ignored.
    func cookie(_ text: String) -> Cookie? {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false)
        guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { return nil }
        let name = String(pair[..<equals].trimmingBlanks())
        let value = String(pair[pair.index(after: equals)...].trimmingBlanks())
        guard !name.isEmpty, Self.isClean(name), !name.contains(" "), !name.contains("\t"), Self.isClean(value),
              name.utf8.count + value.utf8.count <= Self.maximumCookieBytes else { return nil }
        var attributes = CookieAttributes()
        for attribute in parts.dropFirst() { attributes.read(attribute) }
        return make(name: name, value: value, attributes: attributes)
    }

    private func make(name: String, value: String, attributes: CookieAttributes) -> Cookie? {
        var domain = url.host
        var hostOnly = true
        if let wanted = attributes.domain {
            guard Self.domainMatches(host: url.host, domain: wanted), wanted.contains(".") else { return nil }
            domain = wanted
            hostOnly = false
        }
        if attributes.secure, url.scheme != .https { return nil }
        let path = attributes.path ?? Self.defaultPath(url.path)
        if name.hasPrefix("__Secure-"), !attributes.secure { return nil }
        if name.hasPrefix("__Host-"), !attributes.secure || attributes.domain != nil || path != "/" { return nil }
        let expires: Date? = if let maxAge = attributes.maxAge {
            maxAge <= 0 ? .distantPast : now.addingTimeInterval(TimeInterval(min(maxAge, 400 * 86_400)))
        } else {
            attributes.expires.map { min($0, now.addingTimeInterval(400 * 86_400)) }
        }
        return Cookie(name: name, value: value, domain: domain, hostOnly: hostOnly, path: path,
                      secure: attributes.secure, expires: expires, created: now)
    }

    /// No control character (tab aside), nothing that could split a header.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || $0 == ";" }
    }

    /// RFC 6265, 5.1.3: the host is the domain, or ends with `.` and the domain.
    static func domainMatches(host: String, domain: String) -> Bool {
        host == domain || (host.hasSuffix(domain) && host.dropLast(domain.count).hasSuffix("."))
    }

    /// RFC 6265, 5.1.4: the request path up to (not including) its last `/`, or `/`.
    static func defaultPath(_ requestPath: String) -> String {
        guard requestPath.hasPrefix("/"), let slash = requestPath.lastIndex(of: "/"),
              slash != requestPath.startIndex else { return "/" }
        return String(requestPath[..<slash])
    }

    /// RFC 6265, 5.1.4: equal, or the cookie path is a prefix ending at a `/`.
    static func pathMatches(requestPath: String, cookiePath: String) -> Bool {
        guard requestPath.hasPrefix(cookiePath) else { return false }
        return requestPath.count == cookiePath.count || cookiePath.hasSuffix("/")
            || requestPath.dropFirst(cookiePath.count).first == "/"
    }
}
