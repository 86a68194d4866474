import Foundation

/// Times pieces of work on the monotonic clock, in nanoseconds.
enum Stopwatch {
    /// Nanoseconds since an arbitrary start, never going back.
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// How long `body` took.
    static func time(_ body: () throws -> Void) rethrows -> UInt64 {
        let start = now
        try body()
        return now - start
    }

    /// What `body` returned and how long it took.
    static func measure<Value>(_ body: () throws -> Value) rethrows -> (value: Value, nanoseconds: UInt64) {
        let start = now
        let value = try body()
        return (value, now - start)
    }
}
