import Foundation

/// Decides whether a login attempt may be checked now, from the failures counted so far.
///
/// The first `freeFailures` failures cost nothing; each further failure doubles the wait
/// (`baseDelay`, then twice that, …, never more than `maximumDelay`); `lockoutThreshold`
/// consecutive failures lock the account until staff unlock it. The counters live in the
/// database, so a restart does not reset them; this type only does the arithmetic.
public struct LoginThrottle: Equatable, Sendable {
    /// What may happen to an attempt made now.
    public enum Decision: Equatable, Sendable {
        /// Check the secret.
        case open
        /// Refuse without checking or counting; attempts are accepted again from this moment.
        case wait(until: Date)
        /// Refuse without checking; only staff can unlock.
        case locked
    }

    /// Consecutive failures that lock the account.
    public var lockoutThreshold: Int
    /// Failures after which the next attempt may still be made at once.
    public var freeFailures: Int
    /// Wait after the first failure that is not free; doubled after each further failure.
    public var baseDelay: TimeInterval
    /// Longest wait, however many failures.
    public var maximumDelay: TimeInterval

    public init(
        lockoutThreshold: Int = 5,
        freeFailures: Int = 1,
        baseDelay: TimeInterval = 2,
        maximumDelay: TimeInterval = 300
    ) {
        self.lockoutThreshold = max(1, lockoutThreshold)
        self.freeFailures = max(0, freeFailures)
        self.baseDelay = max(0, baseDelay)
        self.maximumDelay = max(0, maximumDelay)
    }

    /// The kiosk's rules: free retry after one failure, then 2 s, 4 s, 8 s; locked at 5.
    public static let standard = LoginThrottle()

    /// Decides about an attempt at `now` for an account with these counters.
    ///
    /// A clock that went backwards never makes the wait longer than one delay from `now`.
    public func decide(failures: Int, lastFailure: Date?, locked: Bool, now: Date) -> Decision {
        if locked || failures >= lockoutThreshold { return .locked }
        let wait = delay(afterFailures: failures)
        guard wait > 0, let lastFailure else { return .open }
        let until = min(lastFailure.addingTimeInterval(wait), now.addingTimeInterval(wait))
        return now < until ? .wait(until: until) : .open
    }

    /// Wait required after `failures` consecutive failures (zero while they are free).
    public func delay(afterFailures failures: Int) -> TimeInterval {
        let doublings = failures - freeFailures - 1
        guard doublings >= 0 else { return 0 }
        // 2^doublings, computed without overflowing for large counts.
        var wait = baseDelay
        for _ in 0..<min(doublings, 62) {
            wait *= 2
            if wait >= maximumDelay { break }
        }
        return min(wait, maximumDelay)
    }

    /// Whether reaching `failures` consecutive failures locks the account.
    public func locks(afterFailures failures: Int) -> Bool {
        failures >= lockoutThreshold
    }
}
