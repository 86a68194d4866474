@testable import KioskCore
import XCTest

final class HomeFeatureTests: XCTestCase {
    func testArrowsMoveAndWrap() {
        // Given the home menu on its first entry
        var store = TestStore(.loggedIn())
        // When Up is pressed, the selection wraps to the last entry
        store.send(.keyPressed(.up)) { $0.route = .home(HomeState(selection: 5)) }
        // Then Down wraps back to the first
        store.send(.keyPressed(.down)) { $0.route = .home(HomeState(selection: 0)) }
        store.send(.keyPressed(.end)) { $0.route = .home(HomeState(selection: 5)) }
        store.send(.keyPressed(.home)) { $0.route = .home(HomeState(selection: 0)) }
    }

    func testEnterOpensTheSelectedSectionAndEscapeComesBack() {
        // Given the home menu on "Job sites"
        var store = TestStore(.loggedIn())
        store.send(.keyPressed(.down)) { $0.route = .home(HomeState(selection: 1)) }
        // When Enter is pressed, the section opens and its time starts counting
        store.send(.keyPressed(.enter), effects: [.loadStartSites(categories: nil), .loadBookmarks(detainee: 1)]) {
            $0.stack.append(.jobSites(JobSitesState()))
            $0.session?.visit = SectionVisit(section: .jobSites, since: .morning)
        }
        // Then Esc returns to the menu with the same selection (no time passed: nothing recorded)
        store.send(.keyPressed(.escape)) {
            $0.stack.removeLast()
            $0.session?.visit = nil
        }
    }

    func testDigitOpensItsEntry() {
        // Given the home menu
        var store = TestStore(.loggedIn())
        // When 5 is typed, settings open
        store.send(.keyPressed(.character("5"))) {
            $0.stack = [.home(HomeState(selection: 4)), .settings(SettingsState())]
        }
        // And a digit out of range does nothing on the home screen
        var home = TestStore(.loggedIn())
        home.send(.keyPressed(.character("9")))
    }

    func testEveryEntryOpensItsScreen() {
        let expected: [HomeState.Item: Route?] = [
            .courses: .courses(CourseCatalogState()), .jobSites: .jobSites(JobSitesState()), .press: .press(PressState()),
            .requests: .requests(RequestsState()), .settings: .settings(SettingsState()), .logout: nil,
        ]
        for (index, item) in HomeState.Item.allCases.enumerated() {
            // Given the home menu, when the entry's number is typed
            var state = AppState.loggedIn()
            _ = reduce(&state, .keyPressed(.character(Character(String(index + 1)))))
            // Then its screen is on top (or, for log out, the login screen)
            if let route = expected[item], let route {
                XCTAssertEqual(state.route, route, "\(item)")
            } else {
                XCTAssertNil(state.session, "\(item)")
                XCTAssertEqual(state.stack, [.login(LoginState())])
            }
        }
    }

    func testLogOutForgetsTheSessionAndResetsLanguage() {
        // Given a Dutch detainee on the home menu of a French terminal
        var store = TestStore(.loggedIn(.anna))
        // When "Log out" (6) is chosen
        store.send(.keyPressed(.character("6"))) {
            $0.session = nil
            $0.language = .fr
            $0.theme = "default"
            $0.stack = [.login(LoginState())]
        }
    }

    func testSummaryArrivesForTheHomeScreen() {
        // Given a logged-in detainee
        var store = TestStore(.loggedIn())
        let summary = HomeSummary(announcements: ["Library open Saturday"], unread: [.press: 3])
        // When the summary is loaded
        store.send(.homeSummaryLoaded(summary)) { $0.session?.summary = summary }
    }
}

final class GoBackTests: XCTestCase {
    func testEscapeNeverEmptiesTheStack() {
        // Given settings alone on the stack (no flow does this; a fuzzer might)
        var state = AppState.loggedIn()
        state.stack = [.settings(SettingsState())]
        // When Esc is pressed, it stays: there is nothing to go back to
        _ = reduce(&state, .keyPressed(.escape))
        XCTAssertEqual(state.stack, [.settings(SettingsState())])
    }
}
