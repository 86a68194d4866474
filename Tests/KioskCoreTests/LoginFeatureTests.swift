@testable import KioskCore
import XCTest

final class LoginFeatureTests: XCTestCase {
    func testTypingFillsNumberThenPINMasked() {
        // Given the login screen with the focus on the number
        var store = TestStore(AppState(now: .morning))
        // When digits are typed, Tab is pressed, and more digits are typed
        store.send(.keyPressed(.character("1"))) { $0.route = .login(Self.login(number: "1")) }
        store.send(.keyPressed(.character("x")))
        store.send(.keyPressed(.tab)) { $0.route = .login(Self.login(number: "1", focus: .pin)) }
        store.send(.keyPressed(.character("9"))) { $0.route = .login(Self.login(number: "1", pin: "9", focus: .pin)) }
        // Then Backspace removes from the focused field only
        store.send(.keyPressed(.backspace)) { $0.route = .login(Self.login(number: "1", focus: .pin)) }
    }

    func testFieldsStopAtTheirLength() {
        // Given a login screen
        var store = TestStore(AppState(now: .morning))
        // When more digits are typed than a number may have
        store.type(String(repeating: "7", count: 20))
        // Then only the first twelve are kept
        XCTAssertEqual(Self.form(store.state).number, String(repeating: "7", count: LoginState.maxNumberLength))
    }

    func testEnterWithNumberOnlyMovesToPIN() {
        // Given a number typed and no PIN
        var store = TestStore(AppState(now: .morning))
        store.type("1001")
        // When Enter is pressed
        store.send(.keyPressed(.enter)) { $0.route = .login(Self.login(number: "1001", focus: .pin)) }
        // Then a second Enter with an empty PIN says what is missing
        store.send(.keyPressed(.enter)) {
            $0.route = .login(Self.login(number: "1001", focus: .pin, message: .missingFields))
        }
    }

    func testSubmittingAsksTheStoreOnceAndIgnoresKeysWhileChecking() {
        // Given number and PIN typed
        var store = TestStore(AppState(now: .morning))
        store.type("1001")
        store.send(.keyPressed(.tab)) { $0.route = .login(Self.login(number: "1001", focus: .pin)) }
        store.type("1234")
        // When Enter is pressed
        var checking = Self.login(number: "1001", pin: "1234", focus: .pin)
        checking.isChecking = true
        store.send(.keyPressed(.enter), effects: [.authenticate(number: "1001", pin: Secret("1234"))]) {
            $0.route = .login(checking)
        }
        // Then a second Enter while checking sends nothing
        store.send(.keyPressed(.enter))
    }

    func testAcceptedLoginOpensHomeInTheAccountLanguage() {
        // Given a checking login on a French terminal
        var store = TestStore(Self.checking(number: "1002"))
        // When the store accepts a Dutch-speaking detainee with a saved theme
        store.send(.loginAccepted(.anna), effects: [
            .audit(AuditEvent(at: .morning, actor: "detainee:1002", terminal: "kiosk", action: "login.accepted", subject: "1002")),
            .loadHomeSummary(detainee: 2), .loadSectionUse(detainee: 2, day: "2026-03-02"),
        ]) {
            $0.language = .nl
            $0.theme = "high-contrast"
            $0.session = DetaineeSession(account: .anna, lastActivity: .morning)
            $0.stack = [.home(HomeState())]
        }
    }

    func testLanguageChosenOnLoginScreenBecomesTheAccountLanguage() {
        // Given a French terminal where the user picks English with F2 twice… (fr → nl → de → en)
        var store = TestStore(AppState(now: .morning))
        for _ in 0..<3 { _ = reduce(&store.state, .keyPressed(.function(2))) }
        XCTAssertEqual(store.state.language, .en)
        store.type("1001")
        _ = reduce(&store.state, .keyPressed(.tab))
        store.type("1234")
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [.authenticate(number: "1001", pin: Secret("1234"))])
        // When the French-speaking account logs in
        var english = DetaineeAccount.jean
        english.language = .en
        // Then the chosen language is kept and saved for the account
        store.send(.loginAccepted(.jean), effects: [
            .audit(AuditEvent(at: .morning, actor: "detainee:1001", terminal: "kiosk", action: "login.accepted", subject: "1001")),
            .savePreferences(detainee: 1, language: .en, theme: nil), .loadHomeSummary(detainee: 1),
            .loadSectionUse(detainee: 1, day: "2026-03-02"),
        ]) {
            $0.session = DetaineeSession(account: english, lastActivity: .morning)
            $0.stack = [.home(HomeState())]
        }
    }

    func testLanguageRowChangesWithArrows() {
        // Given the focus on the language row (BackTab from the number)
        var store = TestStore(AppState(now: .morning))
        store.send(.keyPressed(.backTab)) { $0.route = .login(Self.login(focus: .language)) }
        // When Left is pressed
        var chosen = Self.login(focus: .language)
        chosen.languageChosen = true
        store.send(.keyPressed(.left)) {
            $0.language = .en
            $0.route = .login(chosen)
        }
        // Then Right goes back
        store.send(.keyPressed(.right)) { $0.language = .fr }
    }

    func testRefusalClearsPINAndSaysWhy() {
        // Given a checking login
        var store = TestStore(Self.checking(number: "1001"))
        // When the store refuses, the attempt is audited without the PIN
        store.send(.loginRefused(.wrongCredentials), effects: [
            .audit(AuditEvent(at: .morning, actor: "anonymous", terminal: "kiosk", action: "login.refused", subject: "1001",
                              detail: "wrong credentials")),
        ]) {
            $0.route = .login(Self.login(number: "1001", focus: .pin, message: .refused(.wrongCredentials)))
        }
    }

    func testStoreFailureDuringLoginIsShown() {
        // Given a checking login
        var store = TestStore(Self.checking(number: "1001"))
        // When the store cannot be read
        store.send(.storeFailed(.unavailable)) {
            $0.route = .login(Self.login(number: "1001", focus: .pin, message: .storeFailed(.unavailable)))
        }
    }

    func testResultsArrivingWhenNotCheckingAreIgnored() {
        // Given a login screen that is not waiting for the store
        var store = TestStore(AppState(now: .morning))
        // When a stray result arrives, nothing changes
        store.send(.loginAccepted(.jean))
        store.send(.loginRefused(.locked))
    }

    func testControlKeysDoNothing() {
        // Given a login screen with a number typed
        var store = TestStore(AppState(now: .morning))
        store.type("12")
        // When control keys are pressed, nothing changes
        for letter in "cdqsz\\" { store.send(.keyPressed(.control(letter))) }
        store.send(.keyPressed(.escape))
    }

    // MARK: - Helpers

    static func login(number: String = "", pin: String = "", focus: LoginState.Field = .number,
                      message: LoginState.Message? = nil) -> LoginState {
        var login = LoginState(message: message)
        login.number = number
        login.pin = Secret(pin)
        login.focus = focus
        return login
    }

    static func checking(number: String) -> AppState {
        var state = AppState(now: .morning)
        var login = login(number: number, pin: "1234", focus: .pin)
        login.isChecking = true
        state.route = .login(login)
        return state
    }

    static func form(_ state: AppState) -> LoginState {
        guard case .login(let login) = state.route else { XCTFail("not on login"); return LoginState() }
        return login
    }
}
