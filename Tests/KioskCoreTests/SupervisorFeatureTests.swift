@testable import KioskCore
import XCTest

final class SupervisorFeatureTests: XCTestCase {
    static let ann = DetaineeSummary(account: DetaineeAccount(id: 9, number: "1009", name: "Ann", language: .nl, cell: "C-9"))
    static let bob = DetaineeSummary(account: DetaineeAccount(id: 8, number: "1008", name: "Bob", language: .fr, cell: "C-8"),
                                     failedAttempts: 5, locked: true)

    static func staffState(_ role: StaffRole, settings: KioskSettings = KioskSettings()) -> AppState {
        var state = AppState(settings: settings, now: .morning)
        state.staff = StaffSession(account: StaffAccount(id: 1, login: role.rawValue, name: "S", role: role, language: .en),
                                   lastActivity: .morning)
        state.language = .en
        state.stack = [.supervisorHome(SupervisorHomeState())]
        return state
    }

    private func audit(_ action: String, _ subject: String, _ detail: String = "", actor: String = "staff:officer") -> Effect {
        .audit(AuditEvent(at: .morning, actor: actor, terminal: "kiosk", action: action, subject: subject, detail: detail))
    }

    func testEveryRoleSeesItsMenuAndEachEntryOpensItsScreen() {
        let expected: [StaffRole: [SupervisorHomeState.Item]] = [
            .officer: [.detainees, .announcements, .courses, .logout], .service: [.requests, .logout],
            .admin: [.detainees, .requests, .auditLog, .urlCheck, .staffAccounts, .announcements, .siteRules, .feedSources, .courses,
                     .logout],
        ]
        for role in StaffRole.allCases {
            XCTAssertEqual(SupervisorHomeState.items(for: role), expected[role], "\(role)")
            for (index, item) in SupervisorHomeState.items(for: role).enumerated() {
                // Given the staff menu of the role, when the entry's digit is typed (0 for the tenth)
                var state = Self.staffState(role)
                let digit = SupervisorHomeState.shortcut(at: index)!
                XCTAssertEqual(digit, index == 9 ? "0" : Character(String(index + 1)))
                let effects = reduce(&state, .keyPressed(.character(digit)))
                // Then its screen is on top, with the effects it needs
                switch item {
                case .detainees:
                    XCTAssertEqual(state.route, .detaineeList(DetaineeListState()), "\(role)")
                    XCTAssertEqual(effects, [.loadDetainees(query: "")])
                case .requests:
                    // A member of no department: the queue says so, and nothing loads.
                    XCTAssertEqual(state.route, .requestQueue(RequestQueueState(departments: [])), "\(role)")
                    XCTAssertEqual(effects, [])
                case .auditLog:
                    XCTAssertEqual(state.route, .auditLog(AuditLogState()), "\(role)")
                    XCTAssertEqual(effects, [.loadAuditEvents(containing: "")])
                case .urlCheck:
                    XCTAssertEqual(state.route, .urlCheck(URLCheckState()), "\(role)")
                    XCTAssertEqual(effects, [])
                case .staffAccounts:
                    XCTAssertEqual(state.route, .staffList(StaffListState()), "\(role)")
                    XCTAssertEqual(effects, [.loadStaffAccounts])
                case .announcements:
                    XCTAssertEqual(state.route, .announcements(AnnouncementsState()), "\(role)")
                    XCTAssertEqual(effects, [.loadAnnouncements])
                case .siteRules:
                    XCTAssertEqual(state.route, .siteRules(SiteRulesState()), "\(role)")
                    XCTAssertEqual(effects, [.loadSiteRules])
                case .feedSources:
                    XCTAssertEqual(state.route, .feedSources(FeedSourcesState()), "\(role)")
                    XCTAssertEqual(effects, [.loadFeedSources])
                case .courses:
                    XCTAssertEqual(state.route, .staffCourses(StaffCoursesState()), "\(role)")
                    XCTAssertEqual(effects, [.loadCourseSummaries])
                case .logout:
                    XCTAssertNil(state.staff)
                    XCTAssertEqual(state.stack, [.login(LoginState())])
                    XCTAssertEqual(effects.count, 1)
                }
            }
        }
    }

    func testASupervisorScreenWithoutAStaffSessionFallsBackToLogin() {
        // Given a detainee session whose stack somehow shows a staff screen
        var state = AppState(now: .morning)
        state.session = DetaineeSession(account: DetaineeSummaryFixtures.detainee, lastActivity: .morning)
        state.stack = [.detaineeList(DetaineeListState())]
        // When any key arrives, the session ends on the login screen and nothing of the staff screen acts
        XCTAssertEqual(reduce(&state, .keyPressed(.enter)), [])
        XCTAssertNil(state.session)
        XCTAssertEqual(state.stack, [.login(LoginState())])
        // And loaded staff data without a staff session is dropped
        var detainee = AppState(now: .morning)
        detainee.stack = [.detaineeList(DetaineeListState())]
        _ = reduce(&detainee, .detaineesLoaded(query: "", [Self.ann]))
        XCTAssertEqual(detainee.route, .detaineeList(DetaineeListState()))
    }

    func testSearchAsYouTypeDropsStaleResults() {
        var state = Self.staffState(.officer)
        state.stack.append(.detaineeList(DetaineeListState()))
        var store = TestStore(state)
        store.send(.keyPressed(.character("1")), effects: [.loadDetainees(query: "1")]) {
            $0.route = .detaineeList(DetaineeListState(query: "1"))
        }
        store.send(.keyPressed(.character("0")), effects: [.loadDetainees(query: "10")]) {
            $0.route = .detaineeList(DetaineeListState(query: "10"))
        }
        // Results for the older query "1" arrive late: ignored
        store.send(.detaineesLoaded(query: "1", [Self.ann, Self.bob]))
        store.send(.detaineesLoaded(query: "10", [Self.bob])) {
            $0.route = .detaineeList(DetaineeListState(query: "10", items: [Self.bob]))
        }
        store.send(.keyPressed(.backspace), effects: [.loadDetainees(query: "1")]) {
            $0.route = .detaineeList(DetaineeListState(query: "1", items: [Self.bob]))
        }
    }

    func testDetailLocksResetsAndChangesLanguageWithAudit() {
        var state = Self.staffState(.officer)
        state.stack += [.detaineeList(DetaineeListState(items: [Self.ann])), .detaineeDetail(DetaineeDetailState(summary: Self.ann))]
        var store = TestStore(state)
        // Lock
        store.send(.keyPressed(.enter), effects: [.setDetaineeLocked(number: "1009", locked: true), audit("account.locked", "1009")])
        var locked = Self.ann
        locked.locked = true
        store.send(.detaineeUpdated(locked)) {
            $0.stack[1] = .detaineeList(DetaineeListState(items: [locked]))
            $0.stack[2] = .detaineeDetail(DetaineeDetailState(summary: locked, outcome: .saved))
        }
        // New PIN: shown once, then forgotten at the next key
        store.send(.keyPressed(.down)) { $0.stack[2] = .detaineeDetail(DetaineeDetailState(summary: locked, selection: .resetPIN, outcome: .saved)) }
        store.send(.keyPressed(.enter), effects: [.resetDetaineePIN(number: "1009"), audit("account.pin-reset", "1009")]) {
            $0.stack[2] = .detaineeDetail(DetaineeDetailState(summary: locked, selection: .resetPIN))
        }
        store.send(.detaineePINReset(number: "1009", Secret("123456"))) {
            $0.stack[2] = .detaineeDetail(DetaineeDetailState(summary: Self.ann, selection: .resetPIN, newPIN: Secret("123456")))
        }
        store.send(.keyPressed(.down)) {
            $0.stack[2] = .detaineeDetail(DetaineeDetailState(summary: Self.ann, selection: .resetPIN))
        }
        // Language
        store.send(.keyPressed(.down)) { $0.stack[2] = .detaineeDetail(DetaineeDetailState(summary: Self.ann, selection: .language)) }
        store.send(.keyPressed(.right), effects: [.setDetaineeLanguage(number: "1009", language: .de), audit("account.language", "1009", "nl -> de")])
    }

    func testTheProfileRowCyclesThroughNoneAndTheNamesAndTheStoreAuditsIt() {
        // Given the detail of a detainee with no profile, with two profiles loaded
        var state = Self.staffState(.officer)
        state.stack.append(.detaineeDetail(DetaineeDetailState(summary: Self.ann, selection: .profile)))
        var store = TestStore(state)
        store.send(.accessProfileNamesLoaded(["pre-trial", "standard"])) {
            $0.route = .detaineeDetail(DetaineeDetailState(summary: Self.ann, selection: .profile, profiles: ["pre-trial", "standard"]))
        }
        // When Right is pressed, the first profile is asked for, with its audit event for the store to write
        let event = AuditEvent(at: .morning, actor: "staff:officer", terminal: "kiosk", action: "access-profile.assigned",
                               subject: "1009", detail: "pre-trial")
        store.send(.keyPressed(.right), effects: [.setDetaineeAccessProfile(number: "1009", profile: "pre-trial", audit: event)])
        // And Left from no profile wraps to the last one
        var effects = reduce(&store.state, .keyPressed(.left))
        XCTAssertEqual(effects.first, .setDetaineeAccessProfile(number: "1009", profile: "standard", audit: AuditEvent(
            at: .morning, actor: "staff:officer", terminal: "kiosk", action: "access-profile.assigned", subject: "1009", detail: "standard")))
        // Then the store's answer shows the new profile
        var assigned = Self.ann
        assigned.profile = "pre-trial"
        effects = reduce(&store.state, .detaineeUpdated(assigned))
        XCTAssertEqual(effects, [])
        guard case .detaineeDetail(let detail) = store.state.route else { return XCTFail("detail expected") }
        XCTAssertEqual(detail.summary.profile, "pre-trial")
    }

    func testOnlyAnAdministratorGetsAuditEventsAndStaleSearchesAreDropped() {
        let event = AuditEvent(at: .morning, actor: "staff:officer", terminal: "A-1", action: "account.locked", subject: "1009")
        for role in StaffRole.allCases {
            var state = Self.staffState(role)
            state.stack.append(.auditLog(AuditLogState(query: "10")))
            _ = reduce(&state, .auditEventsLoaded(query: "10", [event]))
            XCTAssertEqual(state.route, .auditLog(AuditLogState(query: "10", events: role == .admin ? [event] : [])), "\(role)")
        }
        var admin = Self.staffState(.admin)
        admin.stack.append(.auditLog(AuditLogState(query: "100")))
        _ = reduce(&admin, .auditEventsLoaded(query: "10", [event]))
        XCTAssertEqual(admin.route, .auditLog(AuditLogState(query: "100")))
    }

    func testEnterUnlocksOnlyALockedStaffAccountAndIsAudited() {
        let officer = StaffSummary(account: StaffAccount(id: 2, login: "officer", name: "K", role: .officer, language: .nl),
                                   failedAttempts: 5, locked: true)
        let medical = StaffSummary(account: StaffAccount(id: 3, login: "medical", name: "S", role: .service, language: .fr))
        var state = Self.staffState(.admin)
        state.stack.append(.staffList(StaffListState(items: [officer, medical])))
        var store = TestStore(state)
        store.send(.keyPressed(.enter), effects: [.unlockStaff(login: "officer"), audit("account.unlocked", "officer", actor: "staff:admin")])
        var unlocked = officer
        unlocked.locked = false
        unlocked.failedAttempts = 0
        store.send(.staffUnlocked(unlocked)) { $0.route = .staffList(StaffListState(items: [unlocked, medical], outcome: .saved)) }
        // An account that is not locked: Enter does nothing
        store.send(.keyPressed(.down)) { $0.route = .staffList(StaffListState(selection: 1, items: [unlocked, medical], outcome: .saved)) }
        store.send(.keyPressed(.enter))
    }

    func testEnterShowsOneAuditEventWholeAndArrowsStepThroughEvents() {
        let first = AuditEvent(at: .morning, actor: "staff:admin", terminal: "kiosk", action: "site-rule.added", subject: "https://a.be",
                               detail: String(repeating: "long detail ", count: 20))
        let second = AuditEvent(at: .morning, actor: "detainee:1001", terminal: "kiosk", action: "login", subject: "1001")
        var store = TestStore(Self.staffState(.admin))
        store.state.stack.append(.auditLog(AuditLogState(events: [first, second])))
        // When Enter is pressed, the selected event is shown whole
        store.send(.keyPressed(.enter)) { $0.route = .auditLog(AuditLogState(events: [first, second], isShowingDetail: true)) }
        // And ↓ shows the next one; typed letters do not search meanwhile
        store.send(.keyPressed(.down)) { $0.route = .auditLog(AuditLogState(selection: 1, events: [first, second], isShowingDetail: true)) }
        store.send(.keyPressed(.character("x")))
        // Then Escape goes back to the list, not out of the log
        store.send(.keyPressed(.escape)) { $0.route = .auditLog(AuditLogState(selection: 1, events: [first, second])) }
        // And on an empty log Enter shows nothing
        var empty = TestStore(Self.staffState(.admin))
        empty.state.stack.append(.auditLog(AuditLogState()))
        empty.send(.keyPressed(.enter))
    }

    func testStaffSessionsTimeOutSooner() {
        // Given a staff session with a 3-minute timeout, when 3 minutes pass, supervisor mode closes
        var store = TestStore(Self.staffState(.admin, settings: KioskSettings(idleTimeout: 600, idleWarning: 60, staffIdleTimeout: 180)))
        XCTAssertEqual(store.state.nextDeadline, Date.morning.addingTimeInterval(60))
        store.send(.tick(Date.morning.addingTimeInterval(180)), effects: [
            .audit(AuditEvent(at: Date.morning.addingTimeInterval(180), actor: "staff:admin", terminal: "kiosk", action: "session.idle-logout")),
        ]) {
            $0.now = Date.morning.addingTimeInterval(180)
            $0.staff = nil
            $0.language = .fr
            $0.stack = [.login(LoginState(message: .idleLoggedOut))]
        }
    }
}

enum DetaineeSummaryFixtures {
    static let detainee = DetaineeAccount(id: 1, number: "1001", name: "Jean", language: .fr, cell: "A-1")
}
