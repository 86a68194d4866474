import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore
import Widgets

/// One keys episode: a real `Runtime` on a fresh copy of the demo database, logged in and taken
/// to a screen, then driven by random steps with the invariants checked after each.
final class KeyEpisode {
    struct Outcome {
        var steps = 0
        /// The screen the start's keys reached.
        var startRoute = ""
        /// What broke, with the steps that led there; nil when nothing did.
        var failure: String?
    }

    /// Monday 2 March 2026, 09:00 in Brussels: every section of the demo is open.
    static let startDate = Date(timeIntervalSince1970: 1_772_438_400)
    static let startSize = TerminalSize.standard
    /// How many of the last steps a failure reports.
    static let historyLength = 16

    private let runtime: Runtime
    private let clock = ManualClock(KeyEpisode.startDate)
    private let database: KioskDatabase
    private var history: [String] = []

    init(databasePath: String, themes: ThemeCatalog) throws {
        database = try KioskDatabase(path: databasePath)
        runtime = Runtime(settings: KioskSettings(terminalName: "torture"), ports: KioskPorts(database: database), themes: themes,
                          clock: clock, size: Self.startSize)
        runtime.tick()
    }

    deinit { try? database.close() }

    /// Plays `start`, then `length` random steps from `generator`.
    func run(start: KeyEpisodeStart, detainee: String, length: Int, generator: inout KeyGenerator) -> Outcome {
        var outcome = Outcome()
        for key in start.login(detainee: detainee) + start.keys { press(key) }
        outcome.startRoute = KeyInvariants.routeName(runtime.state.route)
        if let broken = check() { outcome.failure = report(broken, step: 0); return outcome }
        while outcome.steps < length {
            let step = generator.next(onLoginForm: isOnLoginForm)
            outcome.steps += 1
            history.append(step.description)
            if history.count > Self.historyLength { history.removeFirst() }
            apply(step)
            if let broken = check() {
                outcome.failure = report(broken, step: outcome.steps)
                return outcome
            }
        }
        return outcome
    }

    private var isOnLoginForm: Bool {
        switch runtime.state.route {
        case .login, .staffLogin: true
        default: false
        }
    }

    private func apply(_ step: KeyStep) {
        switch step {
        case .key(let key): press(key)
        case .resize(let size): runtime.send(.resized(size))
        case .wait(let seconds):
            // As the run loop wakes: at each deadline on the way, so warnings and logouts happen.
            let target = clock.now.addingTimeInterval(TimeInterval(seconds))
            while runtime.state.nextDeadline <= target {
                clock.now = runtime.state.nextDeadline
                runtime.tick()
            }
            clock.now = target
            runtime.tick()
        }
    }

    private func press(_ key: Key) {
        runtime.tick()
        runtime.send(.keyPressed(key))
    }

    private func check() -> String? {
        KeyInvariants.violation(state: runtime.state, frame: runtime.frame())
    }

    private func report(_ broken: String, step: Int) -> String {
        "step \(step) on \(KeyInvariants.routeName(runtime.state.route)) at \(runtime.state.size): \(broken)\n"
            + "      last steps: " + history.joined(separator: ", ")
    }
}
