import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore
import Widgets

/// A real runtime on live ports, logged in as the demo detainee and driven by keys, timed the
/// way the run loop spends a key: tick, `send`, `frame()`, and the diff against the last frame.
final class FrameSession {
    let runtime: Runtime
    private(set) var shown: Buffer?

    /// Logs in on a fresh runtime at `size`; the browser port answers with `page`.
    init(database: KioskDatabase, page: String, size: TerminalSize) throws {
        var ports = KioskPorts(database: database)
        ports.browser = StaticPageBrowser(html: page)
        let settings = KioskSettings(terminalName: "B-001", defaultLanguage: .en)
        runtime = Runtime(settings: settings, ports: ports, themes: ThemeCatalog(themes: [.builtIn]),
                          clock: ManualClock(BenchDatabase.now), size: size)
        runtime.tick()
        type(BenchDatabase.detaineeNumber)
        press(.tab)
        type(BenchDatabase.detaineePIN)
        press(.enter)
        try expect(runtime.state.session != nil, "the demo detainee did not log in")
    }

    func press(_ key: Key) {
        runtime.tick()
        runtime.send(.keyPressed(key))
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// The screen's text now, for checking where the keys led.
    var screen: String { runtime.frame().buffer.lines.joined(separator: "\n") }

    func expect(_ condition: Bool, _ what: String) throws {
        if !condition { throw BenchFailure("\(what); the screen shows:\n\(screen)") }
    }

    /// One key as the run loop spends it, timed by part: reduce (tick and send), render, diff.
    func timedKey(_ key: Key) -> (reduce: UInt64, render: UInt64, diff: UInt64, changed: Int) {
        let reduce = Stopwatch.time {
            runtime.tick()
            runtime.send(.keyPressed(key))
        }
        let (frame, render) = Stopwatch.measure { runtime.frame() }
        let (changed, diff) = Stopwatch.measure { BufferDiff.changedCells(from: shown, to: frame.buffer) }
        shown = frame.buffer
        return (reduce, render, diff, changed.count)
    }
}
