import Foundation
import KioskCore
import KioskRuntime
import Widgets

/// Runs the real reducer, renderer and store in memory on a `HeadlessTerminal`, with a clock
/// that moves only when the script says so. Every `send` settles before it returns, so
/// expectations never wait.
final class InProcessDriver: ScriptDriver {
    let isInProcess = true
    private let runtime: Runtime
    private let terminal: HeadlessTerminal
    private let clock: ManualClock

    init(setup: ScriptSetup, store: ScriptStore, themes: ThemeCatalog) {
        clock = ManualClock(setup.clock)
        terminal = HeadlessTerminal(size: setup.size)
        runtime = Runtime(settings: setup.config.settings, ports: store.ports, themes: themes, clock: clock, size: setup.size)
        runtime.tick()
        present()
    }

    func press(_ key: Key) { deliver(.keyPressed(key)) }

    func type(_ text: String) {
        for character in text { deliver(.keyPressed(.character(character))) }
    }

    func resize(to size: TerminalSize) {
        terminal.resize(to: size)
        _ = terminal.nextEvent(timeoutMilliseconds: 0)
        deliver(.resized(size))
    }

    /// Moves the clock deadline by deadline, as the run loop would wake, so warnings and
    /// logouts happen at their moment on the way.
    func advance(by seconds: TimeInterval) {
        let target = clock.now.addingTimeInterval(seconds)
        while runtime.state.nextDeadline <= target {
            clock.now = runtime.state.nextDeadline
            runtime.tick()
        }
        clock.now = target
        runtime.tick()
        present()
    }

    func wait(_ seconds: TimeInterval) { advance(by: seconds) }

    func screen(until condition: ((ScreenState) -> Bool)?, timeout: TimeInterval) -> ScreenState {
        ScreenState(lines: terminal.lines, cursor: terminal.frame.cursor, frame: terminal.frame)
    }

    func stop() {}

    private func deliver(_ action: Action) {
        runtime.tick()
        runtime.send(action)
        present()
    }

    private func present() {
        terminal.present(runtime.frame(), theme: runtime.theme)
    }
}
