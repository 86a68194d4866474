import KioskCore
import KioskRuntime
import Widgets
import XCTest

/// An in-memory account store for runtime tests (the real one is tested in KioskStoreTests).
final class FakeAccountStore: AccountStore, @unchecked Sendable {
    var accounts: [String: (pin: String, account: DetaineeAccount)] = [:]
    var saved: [(AccountID, Language, String?)] = []
    var failure: StoreFailure?

    func authenticateDetainee(number: String, pin: Secret, now: Date) throws(StoreFailure) -> LoginOutcome {
        if let failure { throw failure }
        guard let entry = accounts[number], entry.pin == pin.value else { return .refused(.wrongCredentials) }
        return .accepted(entry.account)
    }

    func savePreferences(detainee: AccountID, language: Language, theme: String?) throws(StoreFailure) {
        if let failure { throw failure }
        saved.append((detainee, language, theme))
    }

    func homeSummary(detainee: AccountID, now: Date) throws(StoreFailure) -> HomeSummary {
        HomeSummary(announcements: ["Visits moved to Thursday"])
    }
}

final class RuntimeTests: XCTestCase {
    private func makeRuntime(store: FakeAccountStore, clock: ManualClock) throws -> Runtime {
        let themes = try ThemeCatalog.load(directory: ThemeFileTests.themesDirectory)
        return Runtime(settings: KioskSettings(terminalName: "T1", defaultLanguage: .en), accounts: store, themes: themes,
                       clock: clock, size: .standard)
    }

    private func type(_ text: String, into runtime: Runtime) {
        for character in text { runtime.send(.keyPressed(.character(character))) }
    }

    func testLoginRunsTheStoreAndSettlesOnHome() throws {
        // Given a store with one detainee
        let store = FakeAccountStore()
        store.accounts["1001"] = ("1234", DetaineeAccount(id: 7, number: "1001", name: "Jean", language: .fr, cell: "A-1"))
        let runtime = try makeRuntime(store: store, clock: ManualClock(Date(timeIntervalSince1970: 1_772_438_400)))
        // When number and PIN are typed and Enter pressed
        type("1001", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("1234", into: runtime)
        runtime.send(.keyPressed(.enter))
        // Then, settled, home shows in French with the loaded announcement
        XCTAssertEqual(runtime.state.route, .home(HomeState()))
        XCTAssertEqual(runtime.state.language, .fr)
        XCTAssertEqual(runtime.state.session?.summary.announcements, ["Visits moved to Thursday"])
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("Bonjour, Jean"))
    }

    func testStoreFailureReachesTheScreen() throws {
        let store = FakeAccountStore()
        store.failure = .unavailable
        let runtime = try makeRuntime(store: store, clock: ManualClock(Date(timeIntervalSince1970: 0)))
        type("1", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("1111", into: runtime)
        runtime.send(.keyPressed(.enter))
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("cannot read its data"))
    }

    func testSettingsChangeIsSavedAndTheThemeApplies() throws {
        let store = FakeAccountStore()
        store.accounts["1"] = ("1111", DetaineeAccount(id: 3, number: "1", name: "A", language: .en, cell: "C"))
        let runtime = try makeRuntime(store: store, clock: ManualClock(Date(timeIntervalSince1970: 0)))
        type("1", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("1111", into: runtime)
        runtime.send(.keyPressed(.enter))
        runtime.send(.keyPressed(.character("5")))
        runtime.send(.keyPressed(.down))
        runtime.send(.keyPressed(.right))
        XCTAssertEqual(runtime.theme.name, "high-contrast")
        XCTAssertEqual(store.saved.count, 1)
        XCTAssertEqual(store.saved.first?.2, "high-contrast")
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("Saved."))
    }

    func testRunLoopWaitsUntilTheNextDeadlineAndStopsOnSignal() throws {
        // Given a headless terminal with no input and a clock at 09:00:20
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_438_420))
        let runtime = try makeRuntime(store: FakeAccountStore(), clock: clock)
        let terminal = RecordingTerminal()
        var polls = 0
        // When the loop runs and a stop signal arrives on the third wait
        RunLoop(runtime: runtime, terminal: terminal, clock: clock, stopSignal: {
            polls += 1
            return polls >= 3 ? 15 : nil
        }).run()
        // Then it asked to wait until the next minute (40 s), drew a frame each time, and exited
        XCTAssertEqual(terminal.timeouts.first, 40_000)
        XCTAssertEqual(terminal.presented, 3)
        XCTAssertTrue(runtime.state.isStopping)
        XCTAssertTrue(runtime.exitRequested)
    }
}

/// A terminal that records how long it was asked to wait.
final class RecordingTerminal: Terminal {
    var size = TerminalSize.standard
    var timeouts: [Int?] = []
    var presented = 0
    func present(_ frame: Frame, theme: Theme) { presented += 1 }
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        timeouts.append(timeoutMilliseconds)
        return nil
    }
}
