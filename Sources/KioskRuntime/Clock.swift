import Foundation

/// Where the runtime reads the time; the reducer only ever gets it through `.tick`.
public protocol KioskClock: AnyObject {
    var now: Date { get }
}

/// The system clock.
public final class SystemClock: KioskClock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that moves only when told to: for tests and screen scripts.
public final class ManualClock: KioskClock {
    public var now: Date
    public init(_ now: Date) { self.now = now }
    public func advance(by seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}

/// The system clock shifted to start at a given moment: `kiosk run --clock` for screen
/// scripts through a pty, so the header shows the script's time.
public final class ShiftedClock: KioskClock {
    private let offset: TimeInterval
    public init(startingAt start: Date) { offset = start.timeIntervalSinceNow }
    public var now: Date { Date().addingTimeInterval(offset) }
}
