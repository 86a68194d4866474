@testable import KioskCore
import XCTest

final class BrowsingTrackingTests: XCTestCase {
    func testLoggingOutEndsTheBrowserSession() {
        // Given Jean reading a page, his browser session named
        var store = TestStore(.reading([.shown(Werkplein.listing)]))
        // When he leaves to the home menu, the session stays (cookies last the login)
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
        store.send(.keyPressed(.escape)) {
            $0.stack.removeLast()
            $0.session?.visit = nil
        }
        // Then logging out ends it
        store.send(.keyPressed(.character("6")), effects: [.endBrowsing(session: AppState.jeanSession)]) {
            $0.session = nil
            $0.stack = [.login(LoginState())]
        }
    }

    func testAnIdleLogoutAndAStopEndTheBrowserSession() {
        // Given Jean reading, idle for ten minutes
        var store = TestStore(.reading([.shown(Werkplein.listing)]))
        let later = Date.morning.addingTimeInterval(600)
        store.send(.tick(later), effects: [
            .audit(AuditEvent(at: later, actor: "detainee:1001", terminal: "kiosk", action: "session.idle-logout")),
            .recordSectionUse(detainee: 1, section: .jobSites, day: "2026-03-02", seconds: 600),
            .endBrowsing(session: AppState.jeanSession),
        ]) {
            $0.now = later
            $0.session = nil
            $0.stack = [.login(LoginState(message: .idleLoggedOut))]
        }
        // And a stop ends it before the program leaves
        var stopping = TestStore(.reading([.shown(Werkplein.listing)]))
        stopping.send(.stopRequested, effects: [.endBrowsing(session: AppState.jeanSession), .exit]) {
            $0.isStopping = true
            $0.session?.visit = nil
        }
    }

    func testADetaineeWhoLoadedNoPageHasNoSessionToEnd() {
        var store = TestStore(.onStartPage())
        store.send(.stopRequested, effects: [.exit]) {
            $0.isStopping = true
            $0.session?.visit = nil
        }
    }

    func testANewLoginNamesANewSession() {
        // Given Jean logged in again an hour later
        var state = AppState.onStartPage()
        let later = Date.morning.addingTimeInterval(3600)
        state.now = later
        state.session = DetaineeSession(account: .jean, lastActivity: later, visit: SectionVisit(section: .jobSites, since: later))
        var store = TestStore(state)
        // When he opens the site, the session is named with the new login time
        store.send(.keyPressed(.enter), effects: [.loadPage(PageRequest(url: Werkplein.root), session: "kiosk|1|1772442000", categories: nil)]) {
            $0.stack.append(.webPage(WebPageState(request: PageRequest(url: Werkplein.root))))
            $0.session?.webSession = "kiosk|1|1772442000"
        }
    }
}
