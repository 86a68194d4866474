import Foundation
import KioskCore
import Widgets

/// Drives a runtime from a terminal: draw, wait for input or the next deadline, repeat.
///
/// Waits in the terminal with a timeout up to the state's next deadline (clock minute, idle
/// warning, logout): no busy loop, at most one wake-up per deadline when idle. Before a slow
/// effect (a web page) runs, the frame that says it is loading is drawn.
public struct RunLoop {
    public let runtime: Runtime
    public let terminal: Terminal
    public let clock: KioskClock
    /// Returns non-nil once SIGHUP or SIGTERM arrived.
    public let stopSignal: () -> Int32?

    public init(runtime: Runtime, terminal: Terminal, clock: KioskClock, stopSignal: @escaping () -> Int32?) {
        self.runtime = runtime
        self.terminal = terminal
        self.clock = clock
        self.stopSignal = stopSignal
    }

    /// Runs until an `.exit` effect or a stop signal.
    public func run() {
        let runtime = runtime
        let terminal = terminal
        runtime.beforeSlowEffect = { terminal.present(runtime.frame(), theme: runtime.theme) }
        defer { runtime.beforeSlowEffect = nil }
        runtime.send(.resized(terminal.size))
        runtime.tick()
        while !runtime.exitRequested {
            terminal.present(runtime.frame(), theme: runtime.theme)
            let wait = runtime.state.nextDeadline.timeIntervalSince(clock.now)
            let event = terminal.nextEvent(timeoutMilliseconds: max(0, Int((wait * 1000).rounded(.up))))
            if stopSignal() != nil {
                runtime.send(.stopRequested)
                break
            }
            runtime.tick()
            switch event {
            case .key(let key): runtime.send(.keyPressed(key))
            case .resized(let size): runtime.send(.resized(size))
            case nil: break
            }
        }
    }
}
