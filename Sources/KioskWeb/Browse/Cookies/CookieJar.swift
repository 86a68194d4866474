import Foundation
import KioskCore

/// The cookies of one browsing session, in memory only, with caps on size and number.
///
/// A new cookie replaces the one in the same slot (name, domain, path), keeping its creation
/// time; one already expired deletes it (how sites log out). Past `maximumPerDomain` cookies
/// for one domain, or `maximumTotal` in the jar, the oldest go first. Expired cookies are
/// dropped whenever the jar is read or written.
struct CookieJar: Sendable {
    static let maximumPerDomain = 50
    static let maximumTotal = 300

    private(set) var cookies: [Cookie] = []

    /// Stores what the `Set-Cookie` header of a response from `url` says.
    mutating func store(setCookieHeader header: String, from url: StrictURL, now: Date) {
        for cookie in SetCookieParser(url: url, now: now).cookies(fromHeader: header) {
            store(cookie, from: url, now: now)
        }
    }

    /// Stores one cookie that a response from `url` set.
    ///
    /// Over http, a site may not replace or shadow a `Secure` cookie of the same name that
    /// covers it (RFC 6265bis, 5.7): the new cookie is ignored.
    mutating func store(_ cookie: Cookie, from url: StrictURL, now: Date) {
        removeExpired(now: now)
        if url.scheme != .https, cookies.contains(where: { $0.secure && $0.name == cookie.name && Self.overlaps($0, cookie) }) {
            return
        }
        var cookie = cookie
        if let index = cookies.firstIndex(where: { $0.isSameSlot(as: cookie) }) {
            cookie.created = cookies[index].created
            cookies.remove(at: index)
        }
        guard !cookie.isExpired(at: now) else { return }
        cookies.append(cookie)
        evictOldest(where: { $0.domain == cookie.domain }, keeping: Self.maximumPerDomain)
        evictOldest(where: { _ in true }, keeping: Self.maximumTotal)
    }

    /// Whether the two cookies' domains match one another and the new path lies under the old one.
    private static func overlaps(_ existing: Cookie, _ new: Cookie) -> Bool {
        let domains = SetCookieParser.domainMatches(host: existing.domain, domain: new.domain)
            || SetCookieParser.domainMatches(host: new.domain, domain: existing.domain)
        return domains && SetCookieParser.pathMatches(requestPath: new.path, cookiePath: existing.path)
    }

    /// The `Cookie` header for a request to `url`, or nil when no cookie goes there.
    ///
    /// Longer paths come first, then older cookies (RFC 6265, 5.4).
    mutating func header(for url: StrictURL, now: Date) -> String? {
        removeExpired(now: now)
        let matching = cookies.enumerated().filter { _, cookie in
            let hostMatches = cookie.hostOnly
                ? url.host == cookie.domain
                : SetCookieParser.domainMatches(host: url.host, domain: cookie.domain)
            return hostMatches && SetCookieParser.pathMatches(requestPath: url.path, cookiePath: cookie.path)
                && (!cookie.secure || url.scheme == .https)
        }
        guard !matching.isEmpty else { return nil }
        let ordered = matching.sorted { left, right in
            if left.element.path.count != right.element.path.count { return left.element.path.count > right.element.path.count }
            if left.element.created != right.element.created { return left.element.created < right.element.created }
            return left.offset < right.offset
        }
        return ordered.map(\.element.pair).joined(separator: "; ")
    }

    private mutating func removeExpired(now: Date) {
        cookies.removeAll { $0.isExpired(at: now) }
    }

    /// Removes the oldest cookies among those `matching` until at most `limit` are left.
    private mutating func evictOldest(where matching: (Cookie) -> Bool, keeping limit: Int) {
        var count = cookies.filter(matching).count
        while count > limit, let oldest = cookies.indices.filter({ matching(cookies[$0]) })
            .min(by: { cookies[$0].created < cookies[$1].created }) {
            cookies.remove(at: oldest)
            count -= 1
        }
    }
}
