@testable import KioskCore
import XCTest

final class StaffLoginFeatureTests: XCTestCase {
    static let officer = StaffAccount(id: 2, login: "officer", name: "Koen Peeters", role: .officer, language: .nl)

    private func form(login: String = "", password: String = "", focus: StaffLoginState.Field = .login,
                      message: LoginState.Message? = nil, checking: Bool = false) -> StaffLoginState {
        var form = StaffLoginState(message: message)
        form.login = login
        form.password = Secret(password)
        form.focus = focus
        form.isChecking = checking
        return form
    }

    func testF9OpensStaffLoginAndEscapeLeavesIt() {
        // Given the detainee login screen with a number typed
        var store = TestStore(AppState(now: .morning))
        store.type("12")
        // When F9 is pressed, the staff form opens empty; Esc returns to an empty detainee form
        store.send(.keyPressed(.function(9))) { $0.stack = [.staffLogin(StaffLoginState())] }
        store.send(.keyPressed(.escape)) { $0.stack = [.login(LoginState())] }
    }

    func testLoginIsLowerCasedAndRestrictedPasswordMasked() {
        var store = TestStore(AppState(now: .morning))
        store.send(.keyPressed(.function(9))) { $0.stack = [.staffLogin(StaffLoginState())] }
        store.type("Of fi/cer")
        XCTAssertEqual(store.state.route, .staffLogin(form(login: "officer")))
        store.send(.keyPressed(.enter)) { $0.route = .staffLogin(self.form(login: "officer", focus: .password)) }
        store.type("p4ss word!")
        store.send(.keyPressed(.enter), effects: [.authenticateStaff(login: "officer", password: Secret("p4ss word!"))]) {
            $0.route = .staffLogin(self.form(login: "officer", password: "p4ss word!", focus: .password, checking: true))
        }
    }

    func testAcceptedOpensSupervisorModeInTheStaffLanguageAndIsAudited() {
        var state = AppState(now: .morning)
        state.stack = [.staffLogin(form(login: "officer", password: "x", focus: .password, checking: true))]
        var store = TestStore(state)
        store.send(.staffLoginAccepted(Self.officer), effects: [
            .audit(AuditEvent(at: .morning, actor: "staff:officer", terminal: "kiosk", action: "staff.login.accepted", subject: "officer")),
        ]) {
            $0.language = .nl
            $0.staff = StaffSession(account: Self.officer, lastActivity: .morning)
            $0.stack = [.supervisorHome(SupervisorHomeState())]
        }
    }

    func testRefusedClearsThePasswordAndIsAudited() {
        var state = AppState(now: .morning)
        state.stack = [.staffLogin(form(login: "officer", password: "x", focus: .password, checking: true))]
        var store = TestStore(state)
        store.send(.staffLoginRefused(.locked), effects: [
            .audit(AuditEvent(at: .morning, actor: "anonymous", terminal: "kiosk", action: "staff.login.refused",
                              subject: "officer", detail: "account locked")),
        ]) {
            $0.route = .staffLogin(self.form(login: "officer", focus: .password, message: .refused(.locked)))
        }
    }
}
