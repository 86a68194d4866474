import KioskCore
import KioskRuntime
import Widgets
import XCTest

/// In-memory staff store and audit log for runtime tests (the real ones are tested in KioskStoreTests).
final class FakeStaffStore: StaffStore, @unchecked Sendable {
    var staff: [String: (password: String, account: StaffAccount)] = [:]
    var detainees: [DetaineeSummary] = []
    func authenticateStaff(login: String, password: Secret, now: Date) throws(StoreFailure) -> StaffLoginOutcome {
        guard let entry = staff[login], entry.password == password.value else { return .refused(.wrongCredentials) }
        return .accepted(entry.account)
    }
    func detainees(matching query: String) throws(StoreFailure) -> [DetaineeSummary] {
        detainees.filter { query.isEmpty || $0.account.number.contains(query) || $0.account.name.contains(query) }
    }
    func setLocked(_ locked: Bool, detainee number: String) throws(StoreFailure) -> DetaineeSummary {
        guard let index = detainees.firstIndex(where: { $0.account.number == number }) else { throw .unavailable }
        detainees[index].locked = locked
        return detainees[index]
    }
    func resetPIN(detainee number: String) throws(StoreFailure) -> Secret { Secret("424242") }
    var profileNames: [String] = []
    func staffAccounts() throws(StoreFailure) -> [StaffSummary] { [] }
    func unlockStaff(login: String) throws(StoreFailure) -> StaffSummary { throw .unavailable }
    func checkURL(_ url: String, audit event: AuditEvent) throws(StoreFailure) -> URLDecision { URLPolicy(rules: []).decide(url) }
    func auditEvents(containing text: String, limit: Int) throws(StoreFailure) -> [AuditEvent] { [] }
    func accessProfileNames() throws(StoreFailure) -> [String] { profileNames }
    func setAccessProfile(_ name: String?, detainee number: String, audit event: AuditEvent) throws(StoreFailure) -> DetaineeSummary {
        guard let index = detainees.firstIndex(where: { $0.account.number == number }) else { throw .unavailable }
        detainees[index].profile = name
        return detainees[index]
    }
    func setLanguage(_ language: Language, detainee number: String) throws(StoreFailure) -> DetaineeSummary {
        guard let index = detainees.firstIndex(where: { $0.account.number == number }) else { throw .unavailable }
        detainees[index].account.language = language
        return detainees[index]
    }
    /// Site rules by text; adding one twice is refused, as the real store does.
    var rules: [SiteRuleEntry] = []
    var ruleAuthors: [ChangeAuthor] = []
    func siteRules() throws(StoreFailure) -> [SiteRuleEntry] { rules }
    func addSiteRule(_ draft: SiteRuleDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[SiteRuleEntry]> {
        guard !rules.contains(where: { $0.text == draft.text }) else { return .refused("The site rule \(draft.text) already exists") }
        rules.append(SiteRuleEntry(text: draft.text, category: draft.category, allowsGetForms: draft.allowsGetForms,
                                   allowsPost: draft.allowsPost, rule: nil, problem: nil, createdAt: author.at, createdBy: author.actor))
        ruleAuthors.append(author)
        return .done(rules)
    }
    func removeSiteRule(_ text: String, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[SiteRuleEntry]> {
        rules.removeAll { $0.text == text }
        return .done(rules)
    }
    func feedSources() throws(StoreFailure) -> [FeedSourceEntry] { [] }
    func addFeedSource(_ draft: FeedSourceDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]> {
        throw .notWritable
    }
    func removeFeedSource(url: String, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]> { .done([]) }
    func setFeedSourceEnabled(url: String, _ enabled: Bool, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]> {
        .done([])
    }
    func announcements() throws(StoreFailure) -> [Announcement] { [] }
    func publishAnnouncement(_ draft: AnnouncementDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[Announcement]> {
        .done([Announcement(id: 1, text: draft.text, startsAt: draft.startsAt, endsAt: draft.endsAt, target: draft.target,
                            createdAt: author.at, createdBy: author.actor)])
    }
    func withdrawAnnouncement(id: Int64, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[Announcement]> { .done([]) }
    /// Courses by id, and their learners; an unknown number or course is refused as the real store does.
    var courses: [CourseStaffSummary] = []
    var learners: [String: [CourseLearner]] = [:]
    var assignAuthors: [ChangeAuthor] = []
    func courseSummaries() throws(StoreFailure) -> [CourseStaffSummary] { courses }
    func courseLearners(course: String) throws(StoreFailure) -> [CourseLearner] { learners[course] ?? [] }
    func assignCourse(_ course: String, toDetainee number: String, by author: ChangeAuthor) throws(StoreFailure)
        -> ChangeResult<[CourseLearner]> {
        guard let summary = courses.first(where: { $0.id == course }) else { return .refused("No course \(course)") }
        guard let detainee = detainees.first(where: { $0.account.number == number }) else {
            return .refused("No detainee has number \(number)")
        }
        assignAuthors.append(author)
        if !(learners[course] ?? []).contains(where: { $0.number == number }) {
            learners[course, default: []].append(CourseLearner(number: number, name: detainee.account.name, enrolledAt: author.at,
                                                               assignedBy: author.actor, stepCount: summary.stepCount))
        }
        return .done(learners[course] ?? [])
    }
}

final class FakeAuditLog: AuditLog, @unchecked Sendable {
    var events: [AuditEvent] = []
    func record(_ event: AuditEvent) throws(StoreFailure) { events.append(event) }
}

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

    /// Seconds by detainee, day and section.
    var use: [AccountID: [String: [Section: Int]]] = [:]

    func sectionUse(detainee: AccountID, day: String) throws(StoreFailure) -> SectionUsage {
        SectionUsage(day: day, seconds: use[detainee]?[day] ?? [:])
    }

    func recordSectionUse(detainee: AccountID, section: Section, day: String, seconds: Int) throws(StoreFailure) {
        if let failure { throw failure }
        use[detainee, default: [:]][day, default: [:]][section, default: 0] += seconds
    }
}

final class RuntimeTests: XCTestCase {
    private func makeRuntime(store: FakeAccountStore, clock: ManualClock, staff: FakeStaffStore = FakeStaffStore(),
                             audit: FakeAuditLog = FakeAuditLog(), press: FakePressShelf = FakePressShelf(),
                             requests: FakeRequestStore = FakeRequestStore()) throws -> Runtime {
        try Self.makeRuntime(store: store, clock: clock, staff: staff, audit: audit, press: press, requests: requests)
    }

    static func makeRuntime(store: FakeAccountStore, clock: ManualClock, staff: FakeStaffStore = FakeStaffStore(),
                             audit: FakeAuditLog = FakeAuditLog(), press: FakePressShelf = FakePressShelf(),
                             requests: FakeRequestStore = FakeRequestStore(), browser: FakeBrowser = FakeBrowser(),
                             jobSites: FakeJobSiteStore = FakeJobSiteStore()) throws -> Runtime {
        let themes = try ThemeCatalog.load(directory: ThemeFileTests.themesDirectory)
        let ports = KioskPorts(accounts: store, staff: staff, audit: audit, press: press, courses: FakeCourseStore(),
                               requests: requests, desk: requests, browser: browser, jobSites: jobSites)
        return Runtime(settings: KioskSettings(terminalName: "T1", defaultLanguage: .en), ports: ports, themes: themes,
                       clock: clock, size: .standard)
    }

    private func type(_ text: String, into runtime: Runtime) {
        for character in text { runtime.send(.keyPressed(.character(character))) }
    }

    /// Jean (account 7, English) logged in on home, with `requests` behind the request screens.
    private func jeanLoggedIn(requests: FakeRequestStore) throws -> Runtime {
        let store = FakeAccountStore()
        store.accounts["1001"] = ("1234", DetaineeAccount(id: 7, number: "1001", name: "Jean", language: .en, cell: "A-1"))
        let runtime = try makeRuntime(store: store, clock: ManualClock(Date(timeIntervalSince1970: 1_772_438_400)),
                                      requests: requests)
        type("1001", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("1234", into: runtime)
        runtime.send(.keyPressed(.enter))
        return runtime
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

    func testARequestWhoseAnswerWasLostIsSentAgainWithItsKeyAndKeptOnce() throws {
        // Given Jean logged in, a canteen service with one text field, and a store that commits the
        // first request and then fails to answer (a disk error after the commit)
        let requests = FakeRequestStore()
        requests.catalog = ServiceCatalog(
            departments: [ServiceDepartment(id: "canteen", name: LocalizedText("Canteen"))],
            services: [ServiceDefinition(id: "canteen", department: "canteen", title: LocalizedText("Canteen"),
                                         description: LocalizedText("Orders"),
                                         fields: [ServiceField(id: "what", kind: .text, label: LocalizedText("What"))])])
        requests.loseNextAnswer = .notWritable
        let runtime = try jeanLoggedIn(requests: requests)
        // When the requests, a new one, the canteen, "Soap", the review and Enter
        runtime.send(.keyPressed(.character("4")))
        runtime.send(.keyPressed(.character("n")))
        runtime.send(.keyPressed(.enter))
        type("Soap", into: runtime)
        runtime.send(.keyPressed(.tab))
        runtime.send(.keyPressed(.enter))
        // Then the screen does not say sent, and keeps the answer
        guard case .requestForm(let failed) = runtime.state.route else { return XCTFail("left the form") }
        XCTAssertEqual(failed.phase, .notSent(.failure(.notWritable)))
        XCTAssertEqual(failed.answers["what"], .text("Soap"))
        // When Enter tries again, the store recognises the key: sent, and one request only
        runtime.send(.keyPressed(.enter))
        guard case .requestForm(let sent) = runtime.state.route, case .sent(let summary) = sent.phase else {
            return XCTFail("not sent: \(runtime.state.route)")
        }
        XCTAssertEqual(summary.id, 1)
        XCTAssertEqual(try requests.requests(detainee: 7).count, 1)
        // And Enter brings back the list with it
        runtime.send(.keyPressed(.enter))
        guard case .requests(let list) = runtime.state.route else { return XCTFail("not on the list") }
        XCTAssertEqual(list.items?.map(\.id), [1])
    }

    func testOpeningTheRequestsReadiesTheStoreForTheDetaineesSubmission() throws {
        // Given Jean logged in, and a store that fails to ready itself
        let requests = FakeRequestStore()
        requests.prepareFailure = .unavailable
        let runtime = try jeanLoggedIn(requests: requests)
        XCTAssertEqual(requests.preparedFor, [])
        // When the requests open
        runtime.send(.keyPressed(.character("4")))
        // Then the store was readied for Jean, and its failure to do so did not stop the list
        XCTAssertEqual(requests.preparedFor, [7])
        guard case .requests(let list) = runtime.state.route else { return XCTFail("not on the list: \(runtime.state.route)") }
        XCTAssertEqual(list.items?.count, 0)
    }

    func testAnAdministratorAddsASiteRuleAndSeesADuplicateRefused() throws {
        // Given an administrator
        let staff = FakeStaffStore()
        staff.staff["admin"] = ("secret-pass", StaffAccount(id: 1, login: "admin", name: "Nadia", role: .admin, language: .en))
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_438_400))
        let runtime = try makeRuntime(store: FakeAccountStore(), clock: clock, staff: staff)
        runtime.send(.keyPressed(.function(9)))
        type("admin", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("secret-pass", into: runtime)
        runtime.send(.keyPressed(.enter))
        // When Site rules is opened, F2 pressed, a rule typed and Enter pressed
        runtime.send(.keyPressed(.character("7")))
        runtime.send(.keyPressed(.function(2)))
        type("jobs.example.be", into: runtime)
        runtime.send(.keyPressed(.enter))
        // Then the store got it from this terminal, and the list shows it, saved
        XCTAssertEqual(staff.ruleAuthors, [ChangeAuthor(actor: "staff:admin", terminal: "T1", at: clock.now)])
        guard case .siteRules(let list) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(list.items.map(\.text), ["jobs.example.be"])
        XCTAssertEqual(list.outcome, .saved)
        // And the same rule again stays on the form with the store's reason
        runtime.send(.keyPressed(.function(2)))
        type("jobs.example.be", into: runtime)
        runtime.send(.keyPressed(.enter))
        guard case .siteRuleForm(let form) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(form.outcome, .refused("The site rule jobs.example.be already exists"))
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("! The site rule jobs.example.be already exists"))
    }

    func testAnOfficerAssignsACourseFromThisTerminalAndSeesAWrongNumberRefused() throws {
        // Given an officer, one detainee and one course nobody follows
        let staff = FakeStaffStore()
        staff.staff["officer"] = ("secret-pass", StaffAccount(id: 1, login: "officer", name: "Koen", role: .officer, language: .en))
        staff.detainees = [DetaineeSummary(account: DetaineeAccount(id: 9, number: "1009", name: "Ann", language: .nl, cell: "C-9"))]
        staff.courses = [CourseStaffSummary(id: "budget", title: "Basic budget", language: .en, stepCount: 5)]
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_438_400))
        let runtime = try makeRuntime(store: FakeAccountStore(), clock: clock, staff: staff)
        runtime.send(.keyPressed(.function(9)))
        type("officer", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("secret-pass", into: runtime)
        runtime.send(.keyPressed(.enter))
        // When Courses is opened (third entry), the course, F2, a number typed and Enter pressed
        runtime.send(.keyPressed(.character("3")))
        runtime.send(.keyPressed(.enter))
        runtime.send(.keyPressed(.function(2)))
        type("1009", into: runtime)
        runtime.send(.keyPressed(.enter))
        // Then the store got it from this terminal, and the learners show Ann, saved
        XCTAssertEqual(staff.assignAuthors, [ChangeAuthor(actor: "staff:officer", terminal: "T1", at: clock.now)])
        guard case .courseLearners(let page) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(page.learners?.map(\.number), ["1009"])
        XCTAssertEqual(page.outcome, .saved)
        XCTAssertNil(page.number)
        XCTAssertTrue(runtime.frame().buffer.lines.joined(separator: "\n").contains("1009    Ann"))
        // And a number nobody has stays in the field with the store's reason
        runtime.send(.keyPressed(.function(2)))
        type("4242", into: runtime)
        runtime.send(.keyPressed(.enter))
        guard case .courseLearners(let refused) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(refused.number, "4242")
        XCTAssertEqual(refused.outcome, .refused("No detainee has number 4242"))
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("! No detainee has number 4242"))
        // And back on the list, the counts are loaded again
        staff.courses[0].enrolled = 1
        runtime.send(.keyPressed(.escape))
        runtime.send(.keyPressed(.escape))
        XCTAssertEqual(runtime.state.route, .staffCourses(StaffCoursesState(courses: staff.courses)))
    }

    func testStaffResetAPINWhichIsShownOnceAndAudited() throws {
        // Given an officer and one detainee
        let staff = FakeStaffStore()
        staff.staff["officer"] = ("secret-pass", StaffAccount(id: 1, login: "officer", name: "Koen", role: .officer, language: .en))
        staff.detainees = [DetaineeSummary(account: DetaineeAccount(id: 9, number: "1009", name: "Ann", language: .nl, cell: "C-9"))]
        let audit = FakeAuditLog()
        let runtime = try makeRuntime(store: FakeAccountStore(), clock: ManualClock(Date(timeIntervalSince1970: 0)),
                                      staff: staff, audit: audit)
        // When the officer logs in with F9, opens Detainees, the first one, and resets the PIN
        runtime.send(.keyPressed(.function(9)))
        type("officer", into: runtime)
        runtime.send(.keyPressed(.tab))
        type("secret-pass", into: runtime)
        runtime.send(.keyPressed(.enter))
        runtime.send(.keyPressed(.enter))
        runtime.send(.keyPressed(.enter))
        runtime.send(.keyPressed(.down))
        runtime.send(.keyPressed(.enter))
        // Then the new PIN is on screen, once, and the log has the login and the reset, never the PIN
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("424242"))
        runtime.send(.keyPressed(.escape))
        XCTAssertFalse(runtime.frame().buffer.lines.joined().contains("424242"))
        XCTAssertEqual(audit.events.map(\.action), ["staff.login.accepted", "account.pin-reset"])
        XCTAssertEqual(audit.events.last?.actor, "staff:officer")
        XCTAssertEqual(audit.events.last?.terminal, "T1")
        XCTAssertFalse(audit.events.contains { $0.detail.contains("424242") || $0.subject.contains("424242") })
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

final class RuntimePressTests: XCTestCase {
    private func longArticle(id: Int64) -> PressArticle {
        let paragraphs = (1...40).map { Document.Block.paragraph([.text("Paragraph \($0) of the article.")]) }
        return PressArticle(id: id, sourceURL: "https://press.example/q.xml", sourceName: "Le Quartier", language: .fr,
                            title: "Long read \(id)", link: "https://press.example/\(id)", author: nil,
                            published: Date(timeIntervalSince1970: 1_772_400_000 + Double(id)),
                            document: Document(title: "Long read", blocks: paragraphs))
    }

    func testReadingAnArticleScrollsToItsMeasuredEndAndReleasesItOnLeaving() throws {
        // Given Jean logged in and a newspaper with one long article
        let store = FakeAccountStore()
        store.accounts["1001"] = ("1234", DetaineeAccount(id: 7, number: "1001", name: "Jean", language: .en, cell: "A-1"))
        let press = FakePressShelf()
        press.articles = [longArticle(id: 1)]
        let runtime = try RuntimeTests.makeRuntime(store: store, clock: ManualClock(Date(timeIntervalSince1970: 1_772_438_400)), press: press)
        for character in "1001" { runtime.send(.keyPressed(.character(character))) }
        runtime.send(.keyPressed(.tab))
        for character in "1234" { runtime.send(.keyPressed(.character(character))) }
        runtime.send(.keyPressed(.enter))
        // When the press, the newspaper and the article are opened
        runtime.send(.keyPressed(.character("3")))
        runtime.send(.keyPressed(.enter))
        runtime.send(.keyPressed(.enter))
        // Then the article is held on this terminal, and the core knows how long its text is
        XCTAssertEqual(press.held, ["T1": 1])
        guard case .pressArticle(let reader) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertGreaterThan(reader.measure.lines, reader.measure.height)
        XCTAssertGreaterThan(reader.measure.height, 0)
        // When End is pressed, the last page shows, and ↓ goes no further
        runtime.send(.keyPressed(.end))
        runtime.send(.keyPressed(.down))
        guard case .pressArticle(let end) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(end.offset, end.measure.lines - end.measure.height)
        XCTAssertTrue(runtime.frame().buffer.lines.joined().contains("End of the article."))
        // When the reader is left, the article is released
        runtime.send(.keyPressed(.escape))
        XCTAssertEqual(press.held, [:])
        guard case .pressArticles(let list) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(list.articles?.first?.isRead, true)
    }
}
