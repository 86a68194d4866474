import KioskCore
import XCTest

/// Sends actions to the real reducer and asserts, exhaustively, the state change and effects.
///
/// Each `send` states how the state must change; any other change, or any other effect,
/// fails the test.
struct TestStore {
    var state: AppState

    init(_ state: AppState = AppState()) {
        self.state = state
    }

    mutating func send(_ action: Action, effects expected: [Effect] = [],
                       file: StaticString = #filePath, line: UInt = #line, _ change: (inout AppState) -> Void = { _ in }) {
        var expectedState = state
        change(&expectedState)
        let effects = reduce(&state, action)
        XCTAssertEqual(effects, expected, "effects", file: file, line: line)
        XCTAssertEqual(state, expectedState, "state", file: file, line: line)
    }

    /// Types each character as a key press (the tests that use it check the result afterwards).
    mutating func type(_ text: String) {
        for character in text {
            _ = reduce(&state, .keyPressed(.character(character)))
        }
    }
}

extension Date {
    /// 2026-03-02 09:00:00 Brussels (08:00 UTC).
    static let morning = Date(timeIntervalSince1970: 1_772_438_400)
}

extension DetaineeAccount {
    static let jean = DetaineeAccount(id: 1, number: "1001", name: "Jean Peeters", language: .fr, cell: "A-101")
    static let anna = DetaineeAccount(id: 2, number: "1002", name: "Anna Janssens", language: .nl, cell: "A-102", theme: "high-contrast")
}

extension AppState {
    /// A state with a detainee logged in on the home screen at `Date.morning`.
    static func loggedIn(_ account: DetaineeAccount = .jean, settings: KioskSettings = KioskSettings()) -> AppState {
        var state = AppState(settings: settings, now: .morning)
        state.session = DetaineeSession(account: account, lastActivity: .morning)
        state.language = account.language
        state.stack = [.home(HomeState())]
        return state
    }
}
