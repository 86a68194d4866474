import KioskCore
@testable import Widgets
import XCTest

final class ScreenRendererTests: XCTestCase {
    private func loginState(number: String = "", pin: String = "", language: Language = .fr) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning)
        state.language = language
        var login = LoginState()
        login.number = number
        login.pin = Secret(pin)
        login.focus = pin.isEmpty ? .number : .pin
        state.route = .login(login)
        return state
    }

    private func homeState(size: TerminalSize = .standard) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.session = DetaineeSession(account: DetaineeAccount(id: 1, number: "1001", name: "Jean Peeters", language: .fr, cell: "A-101"),
                                        lastActivity: .morning,
                                        summary: HomeSummary(announcements: ["La bibliothèque est ouverte samedi."], unread: [.press: 3]))
        state.stack = [.home(HomeState(selection: 2))]
        return state
    }

    func testLoginScreenAt80x24() {
        // Given a French terminal with a number typed and the PIN focused
        let frame = ScreenRenderer.render(loginState(number: "1001", pin: "12"))
        let text = frame.buffer.lines.joined(separator: "\n")
        // Then header, form, masked PIN and key hints are on screen
        XCTAssertTrue(frame.buffer.lines[0].hasPrefix(" Kiosque · A-117"))
        XCTAssertTrue(frame.buffer.lines[0].hasSuffix("lun. 2 mars à 09:00"), frame.buffer.lines[0])
        XCTAssertTrue(text.contains("Bienvenue"))
        XCTAssertTrue(text.contains("[Français]"))
        XCTAssertTrue(text.contains("1001"))
        XCTAssertTrue(text.contains("  Numéro   [1001         ]"))
        XCTAssertTrue(text.contains("> Code PIN [**       ]"))
        XCTAssertFalse(text.contains("12 "))
        XCTAssertTrue(frame.buffer.lines[23].contains("Enter se connecter"))
        // And the cursor stands after the second star
        let pinRow = frame.buffer.lines.firstIndex { $0.contains("Code PIN") }!
        let starsEnd = frame.buffer.lines[pinRow].range(of: "**")!.upperBound
        XCTAssertEqual(frame.cursor, Position(row: pinRow, col: frame.buffer.lines[pinRow].distance(from: frame.buffer.lines[pinRow].startIndex, to: starsEnd)))
    }

    func testLanguageRowCollapsesWhenNarrow() {
        var state = loginState(language: .nl)
        state.size = .minimum
        let text = ScreenRenderer.render(state).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("  Taal    ‹ Nederlands ›"), text)
        XCTAssertFalse(text.contains("Deutsch"))
    }

    func testLoginScreenSpeaksEachLanguage() {
        let welcome: [Language: String] = [.fr: "Bienvenue", .nl: "Welkom", .de: "Willkommen", .en: "Welcome"]
        for (language, word) in welcome {
            let text = ScreenRenderer.render(loginState(language: language)).buffer.lines.joined(separator: "\n")
            XCTAssertTrue(text.contains(word), "\(language)")
        }
    }

    func testLoginRefusalIsMarkedWithoutColour() {
        var state = loginState(number: "1001")
        state.route = .login(LoginState(message: .refused(.wrongCredentials)))
        let buffer = ScreenRenderer.render(state).buffer
        let row = buffer.lines.firstIndex { $0.contains("Numéro ou code PIN incorrect.") }
        XCTAssertNotNil(row)
        XCTAssertTrue(buffer.lines[row!].contains("! Numéro"))
        XCTAssertTrue(buffer.roleRuns.contains { $0.hasPrefix("\(row!) ") && $0.hasSuffix("error") })
    }

    func testHomeShowsMenuUnreadAndAnnouncements() {
        let buffer = ScreenRenderer.render(homeState()).buffer
        let text = buffer.lines.joined(separator: "\n")
        XCTAssertTrue(buffer.lines[0].contains("Jean Peeters (1001)"))
        XCTAssertTrue(text.contains("Bonjour, Jean Peeters"))
        XCTAssertTrue(text.contains("> 3 Presse"))
        XCTAssertTrue(text.contains("3 nouveau(x)"))
        XCTAssertTrue(text.contains("La bibliothèque est ouverte samedi."))
        XCTAssertTrue(text.contains("6 Se déconnecter"))
        XCTAssertTrue(buffer.lines[23].contains("Enter ouvrir"))
    }

    func testHomeAt40x12StillShowsEveryEntry() {
        let buffer = ScreenRenderer.render(homeState(size: .minimum)).buffer
        let text = buffer.lines.joined(separator: "\n")
        for entry in ["1 Formations", "2 Sites d'emploi", "3 Presse", "4 Demandes", "5 Réglages", "6 Se déconnecter"] {
            XCTAssertTrue(text.contains(entry), entry)
        }
    }

    func testEveryScreenAtEverySizeFitsAndKeepsTheCursorOnScreen() {
        var states = [loginState(number: "1001", pin: "1234"), homeState()]
        var settings = homeState()
        settings.stack.append(.settings(SettingsState(outcome: .failed(.notWritable))))
        states.append(settings)
        for section in Section.allCases {
            var state = homeState()
            state.stack.append(.section(section))
            states.append(state)
        }
        var warned = homeState()
        warned.now = Date.morning.addingTimeInterval(570)
        states.append(warned)
        let sizes = [(1, 1), (2, 1), (1, 2), (10, 3), (39, 11), (40, 12), (41, 13), (80, 24), (132, 43), (200, 60)]
        for var state in states {
            for (cols, rows) in sizes {
                state.size = TerminalSize(cols: cols, rows: rows)
                let frame = ScreenRenderer.render(state)
                XCTAssertEqual(frame.buffer.size, state.size)
                XCTAssertEqual(frame.buffer.cells.count, cols * rows)
                if let cursor = frame.cursor {
                    XCTAssertTrue(frame.buffer.contains(row: cursor.row, col: cursor.col), "\(cols)x\(rows) cursor \(cursor)")
                }
                XCTAssertFalse(frame.buffer.lines.joined().contains("1234"), "PIN drawn at \(cols)x\(rows)")
            }
        }
    }

    func testTooSmallScreenSaysWhatIsNeeded() {
        var state = loginState()
        state.size = TerminalSize(cols: 30, rows: 8)
        let text = ScreenRenderer.render(state).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Écran trop petit"))
        XCTAssertTrue(text.contains("Il faut 40x12"))
    }

    func testIdleWarningCountsDown() {
        var state = homeState()
        state.now = Date.morning.addingTimeInterval(570)
        let frame = ScreenRenderer.render(state)
        let text = frame.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Toujours là ?"))
        XCTAssertTrue(text.contains("30 secondes"))
        XCTAssertNil(frame.cursor)
    }

    func testSettingsShowsCurrentValuesAndOutcome() {
        var state = homeState()
        state.theme = "high-contrast"
        state.stack.append(.settings(SettingsState(selection: .theme, outcome: .saved)))
        let buffer = ScreenRenderer.render(state).buffer
        let text = buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("  Langue  ‹ Français ›"))
        XCTAssertTrue(text.contains("> Thème   ‹ Contraste élevé ›"))
        XCTAssertTrue(text.contains("Enregistré."))
    }

    func testAuditLogScrollsAndShowsTheRowsAroundTheSelection() {
        // Given an administrator's audit log with 30 events, the 26th selected
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning)
        state.staff = StaffSession(account: StaffAccount(id: 1, login: "admin", name: "N", role: .admin, language: .en),
                                   lastActivity: .morning)
        state.language = .en
        let events = (0..<30).map { AuditEvent(at: .morning, actor: "staff:admin", terminal: "A-117", action: "account.locked", subject: "E\($0)") }
        state.stack = [.supervisorHome(SupervisorHomeState()), .auditLog(AuditLogState(selection: 25, events: events))]
        // When it is drawn at 80x24
        let lines = ScreenRenderer.render(state).buffer.lines
        // Then the selected event is marked, and every list row on screen is a formatted event
        XCTAssertTrue(lines.contains { $0.hasPrefix(" > ") && $0.contains("account.locked  E25") }, lines.joined(separator: "\n"))
        let rows = lines[6..<23]
        XCTAssertEqual(rows.filter { $0.contains("staff:admin  account.locked  E") }.count, rows.count)
    }
}
