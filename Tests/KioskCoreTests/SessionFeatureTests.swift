@testable import KioskCore
import XCTest

final class SessionFeatureTests: XCTestCase {
    private let settings = KioskSettings(idleTimeout: 600, idleWarning: 60)

    func testIdleWarningThenLogout() {
        // Given a detainee who last pressed a key at 09:00
        var store = TestStore(.loggedIn(settings: settings))
        // When 9 minutes pass, the warning shows with a countdown
        store.send(.tick(Date.morning.addingTimeInterval(540))) { $0.now = Date.morning.addingTimeInterval(540) }
        XCTAssertTrue(store.state.isIdleWarningShown)
        XCTAssertEqual(store.state.secondsBeforeIdleLogout, 60)
        // Then at 10 minutes the session ends on an empty login screen saying why, audited
        store.send(.tick(Date.morning.addingTimeInterval(600)), effects: [
            .audit(AuditEvent(at: Date.morning.addingTimeInterval(600), actor: "detainee:1001", terminal: "kiosk",
                              action: "session.idle-logout")),
        ]) {
            $0.now = Date.morning.addingTimeInterval(600)
            $0.session = nil
            $0.stack = [.login(LoginState(message: .idleLoggedOut))]
        }
    }

    func testAKeyDuringTheWarningOnlyDismissesIt() {
        // Given the idle warning showing
        var store = TestStore(.loggedIn(settings: settings))
        let later = Date.morning.addingTimeInterval(550)
        store.send(.tick(later)) { $0.now = later }
        // When Enter is pressed, the session is extended and the menu is not opened
        store.send(.keyPressed(.enter)) { $0.session?.lastActivity = later }
        XCTAssertFalse(store.state.isIdleWarningShown)
    }

    func testNextDeadlineIsTheNextMinuteOrTheIdleWarning() {
        // Given nobody logged in at 09:00:20
        var state = AppState(settings: settings, now: Date.morning.addingTimeInterval(20))
        // Then the next deadline is the next minute, for the clock
        XCTAssertEqual(state.nextDeadline, Date.morning.addingTimeInterval(60))
        // Given a session whose warning starts at 09:09:00 and it is 09:08:59.5
        state = .loggedIn(settings: settings)
        state.now = Date.morning.addingTimeInterval(539.5)
        XCTAssertEqual(state.nextDeadline, Date.morning.addingTimeInterval(540))
        // When the warning shows, the screen wakes every second for the countdown
        state.now = Date.morning.addingTimeInterval(545)
        XCTAssertEqual(state.nextDeadline, Date.morning.addingTimeInterval(546))
    }

    func testKeysAreIgnoredWhileTheScreenIsTooSmall() {
        // Given a terminal below the minimum size
        var store = TestStore(AppState(now: .morning))
        store.send(.resized(TerminalSize(cols: 20, rows: 5))) { $0.size = TerminalSize(cols: 20, rows: 5) }
        // When digits are typed, nothing is entered
        store.send(.keyPressed(.character("1")))
    }

    func testStopRequestExits() {
        var store = TestStore(.loggedIn())
        store.send(.stopRequested, effects: [.exit]) { $0.isStopping = true }
    }
}
