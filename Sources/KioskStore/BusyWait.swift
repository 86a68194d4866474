import Foundation
import GRDB

/// How a connection waits for the write lock another kiosk process holds: tries again after
/// 1, 2, 4, 8 and 16 ms, then every 20 ms, each wait shortened or stretched at random by up to
/// half, for five seconds in all; then gives up (`StoreError.unavailable`).
///
/// SQLite's own busy timeout backs off to 100 ms between tries, all waiters on the same
/// schedule, so with many cells writing at once the lock is often free while every waiter
/// sleeps (the many-cells figure, `docs/performance.md`). Shorter, spread tries hand it on
/// sooner without waking hundreds of processes every millisecond.
enum BusyWait {
    /// The longest wait between two tries.
    static let cap: TimeInterval = 0.020
    /// The longest wait for the lock, in nominal time.
    static let limit: TimeInterval = 5

    /// The nominal wait after `tries` tries (the first call gets 0).
    static func delay(afterTries tries: Int) -> TimeInterval {
        min(cap, 0.001 * pow(2, Double(min(tries, 16))))
    }

    /// Whether to try again after `tries` tries: while the nominal waits so far stay under the limit.
    static func shouldRetry(afterTries tries: Int) -> Bool {
        let ramp = (0..<min(tries, 5)).reduce(0) { $0 + delay(afterTries: $1) }
        return ramp + Double(max(0, tries - 5)) * cap < limit
    }

    /// The connection's busy mode.
    static var mode: Database.BusyMode {
        .callback { tries in
            guard shouldRetry(afterTries: tries) else { return false }
            usleep(useconds_t(delay(afterTries: tries) * Double.random(in: 0.5...1.5) * 1_000_000))
            return true
        }
    }
}
