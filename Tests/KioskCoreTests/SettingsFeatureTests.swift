@testable import KioskCore
import XCTest

final class SettingsFeatureTests: XCTestCase {
    private func onSettings() -> AppState {
        var state = AppState.loggedIn()
        state.stack.append(.settings(SettingsState()))
        return state
    }

    func testChangingLanguageAppliesAndSavesAtOnce() {
        // Given the settings screen of a French-speaking detainee
        var store = TestStore(onSettings())
        // When Right is pressed on the language row
        var dutch = DetaineeAccount.jean
        dutch.language = .nl
        store.send(.keyPressed(.right), effects: [.savePreferences(detainee: 1, language: .nl, theme: nil)]) {
            $0.language = .nl
            $0.session?.account = dutch
        }
        // Then the store's confirmation is shown
        store.send(.preferencesSaved) { $0.route = .settings(SettingsState(outcome: .saved)) }
    }

    func testChangingThemeCyclesThroughTheTerminalThemes() {
        // Given the settings screen, theme row selected
        var store = TestStore(onSettings())
        store.send(.keyPressed(.down)) { $0.route = .settings(SettingsState(selection: .theme)) }
        // When Right is pressed, the next theme applies and is saved
        var account = DetaineeAccount.jean
        account.theme = "high-contrast"
        store.send(.keyPressed(.right), effects: [.savePreferences(detainee: 1, language: .fr, theme: "high-contrast")]) {
            $0.theme = "high-contrast"
            $0.session?.account = account
        }
        // And Left twice wraps around to the last theme
        _ = reduce(&store.state, .keyPressed(.left))
        _ = reduce(&store.state, .keyPressed(.left))
        XCTAssertEqual(store.state.theme, "mono")
    }

    func testFailedSaveIsShownOnTheScreen() {
        // Given the settings screen
        var store = TestStore(onSettings())
        // When the store cannot write
        store.send(.storeFailed(.notWritable)) { $0.route = .settings(SettingsState(outcome: .failed(.notWritable))) }
    }

    func testEscapeGoesBack() {
        var store = TestStore(onSettings())
        store.send(.keyPressed(.escape)) { $0.stack = [.home(HomeState())] }
    }
}
