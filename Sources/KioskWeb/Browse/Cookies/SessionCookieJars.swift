import Foundation
import KioskCore

/// The cookie jars of every open session, behind a lock; never written to disk.
///
/// The browser may serve several sessions from several threads; each call holds the lock only
/// while it reads or changes one jar.
final class SessionCookieJars: @unchecked Sendable {
    /// Most sessions kept at once; past it, the jar used longest ago is forgotten.
    static let maximumSessions = 64

    private let lock = NSLock()
    private var jars: [String: CookieJar] = [:]
    private var lastUse: [String: UInt64] = [:]
    private var uses: UInt64 = 0

    /// The `Cookie` header for `url` in `session`, or nil when no cookie goes there.
    func header(session: String, for url: StrictURL, now: Date) -> String? {
        lock.withLock {
            guard var jar = jars[session] else { return nil }
            let header = jar.header(for: url, now: now)
            jars[session] = jar
            return header
        }
    }

    /// Stores the cookies of a `Set-Cookie` header a response from `url` carried.
    func store(session: String, setCookieHeader header: String, from url: StrictURL, now: Date) {
        lock.withLock {
            var jar = jars[session] ?? CookieJar()
            jar.store(setCookieHeader: header, from: url, now: now)
            jars[session] = jar
            uses += 1
            lastUse[session] = uses
            if jars.count > Self.maximumSessions, let oldest = lastUse.min(by: { $0.value < $1.value })?.key {
                jars[oldest] = nil
                lastUse[oldest] = nil
            }
        }
    }

    /// Forgets every cookie of `session`.
    func end(session: String) {
        lock.withLock {
            jars[session] = nil
            lastUse[session] = nil
        }
    }

    /// The cookies `session` holds, for tests and diagnostics.
    func cookies(session: String) -> [Cookie] {
        lock.withLock { jars[session]?.cookies ?? [] }
    }
}
