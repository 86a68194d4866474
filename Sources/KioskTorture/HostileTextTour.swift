import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore
import Widgets

/// Logs a detainee in on a database holding a hostile text and opens every screen that shows
/// it, checking each frame: every cell harmless, and whether the text's marker is on screen.
final class HostileTextTour {
    /// What the tour saw for each entry point.
    struct Sight {
        /// The first harmful cell and the screen it was on; nil when every frame was harmless.
        var harm: String?
        /// The marker was drawn on a screen of this entry point.
        var markerShown = false
        /// How many frames were checked.
        var frames = 0
    }

    static let sizes = [TerminalSize(cols: 80, rows: 24), TerminalSize(cols: 200, rows: 60)]

    private let runtime: Runtime
    private let clock: ManualClock
    private let marker: String
    private(set) var sights: [HostileTextEntryPoint: Sight] = [:]

    init(database: KioskDatabase, themes: ThemeCatalog, now: Date, marker: String) {
        clock = ManualClock(now)
        self.marker = marker
        runtime = Runtime(settings: KioskSettings(terminalName: "torture"), ports: KioskPorts(database: database), themes: themes,
                          clock: clock, size: Self.sizes[0])
        runtime.tick()
    }

    /// Logs in as `number` and visits home, the press, the courses, the requests and the job sites.
    func run(detainee number: String) {
        type(number)
        press(.tab)
        type(HostileTextLoader.pin)
        press(.enter)
        look([.accountName, .announcement], "home")
        visit("3", then: [.tab, .enter], as: .feed, "press")
        visit("1", then: KeyEpisodeStart.type(marker) + [.enter, .enter], as: .course, "courses")
        visit("4", then: [.enter], as: .reply, "requests")
        visit("2", then: [.enter], as: .webPage, "job sites")
    }

    /// Opens a home-menu entry, looks at each screen on the way, then goes back home.
    private func visit(_ entry: String, then keys: [Key], as point: HostileTextEntryPoint, _ name: String) {
        type(entry)
        look([point], name)
        for key in keys {
            press(key)
            look([point], name)
        }
        for _ in 0..<8 {
            if case .home = runtime.state.route { break }
            press(.escape)
        }
        look([.accountName, .announcement], "home")
    }

    /// Checks the frame at every size for harm and for the marker.
    private func look(_ points: [HostileTextEntryPoint], _ name: String) {
        for size in Self.sizes {
            runtime.send(.resized(size))
            let frame = runtime.frame()
            let harm = HarmlessText.firstHarm(in: frame.buffer)
                .map { "\(name) (\(KeyInvariants.routeName(runtime.state.route))) at \(size), \($0)" }
            let shown = frame.buffer.lines.contains { $0.contains(marker) }
            for point in points {
                var sight = sights[point] ?? Sight()
                sight.frames += 1
                if sight.harm == nil { sight.harm = harm }
                sight.markerShown = sight.markerShown || shown
                sights[point] = sight
            }
        }
        runtime.send(.resized(Self.sizes[0]))
    }

    private func type(_ text: String) { for key in KeyEpisodeStart.type(text) { press(key) } }

    private func press(_ key: Key) {
        clock.advance(by: 1)
        runtime.tick()
        runtime.send(.keyPressed(key))
    }
}
