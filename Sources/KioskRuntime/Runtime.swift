import Foundation
import KioskCore
import Widgets

/// Holds the state, feeds actions to the reducer and runs the effects it returns.
///
/// Effects run synchronously and their results are fed back at once, so after `send`
/// returns the program has settled: nothing is pending. Screen scripts rely on that.
/// An effect that may take seconds (a web page) is preceded by `beforeSlowEffect`, so the run
/// loop can show the screen that says it is loading.
public final class Runtime {
    public private(set) var state: AppState
    public let themes: ThemeCatalog
    /// Set by the `.exit` effect; the run loop stops.
    public private(set) var exitRequested = false
    /// Called before an effect that may block for seconds runs, with the state that asked for
    /// it already applied; the run loop draws the frame ("loading…") there.
    public var beforeSlowEffect: (() -> Void)?
    private let accounts: AccountStore
    private let staff: StaffStore
    private let audit: AuditLog
    private let press: PressShelf
    private let courses: CourseStore
    private let requests: RequestStore
    private let desk: RequestDesk
    private let browser: WebBrowser
    private let jobSites: JobSiteStore
    private let clock: KioskClock
    private let log: (String) -> Void

    public init(settings: KioskSettings, ports: KioskPorts, themes: ThemeCatalog, clock: KioskClock, size: TerminalSize,
                log: @escaping (String) -> Void = { _ in }) {
        var settings = settings
        settings.themes = themes.names
        if !themes.names.contains(settings.defaultTheme), let first = themes.names.first { settings.defaultTheme = first }
        self.state = AppState(settings: settings, now: clock.now, size: size)
        self.themes = themes
        self.accounts = ports.accounts
        self.staff = ports.staff
        self.audit = ports.audit
        self.press = ports.press
        self.courses = ports.courses
        self.requests = ports.requests
        self.desk = ports.desk
        self.browser = ports.browser
        self.jobSites = ports.jobSites
        self.clock = clock
        self.log = log
    }

    /// The theme the state asks for.
    public var theme: Theme { themes.theme(named: state.theme) }

    /// The frame for the current state.
    public func frame() -> Frame { ScreenRenderer.render(state) }

    /// Applies an action and every action its effects produce, until none is left.
    public func send(_ action: Action) {
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in reduce(&state, next) {
                if effect.isSlow { beforeSlowEffect?() }
                pending += run(effect)
            }
            // A screen that scrolls text tells the core how long the text is, once laid out.
            if pending.isEmpty, let measure = ScreenRenderer.measure(state), measure != state.route.pageMeasure {
                pending.append(.pageMeasured(measure))
            }
        }
    }

    /// Tells the reducer the time now.
    public func tick() { send(.tick(clock.now)) }

    private func run(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .authenticate(let number, let pin):
                switch try accounts.authenticateDetainee(number: number, pin: pin, now: clock.now) {
                case .accepted(let account): return [.loginAccepted(account)]
                case .refused(let refusal): return [.loginRefused(refusal)]
                }
            case .loadHomeSummary(let detainee):
                return [.homeSummaryLoaded(try accounts.homeSummary(detainee: detainee, now: clock.now))]
            case .loadSectionUse(let detainee, let day):
                return [.sectionUseLoaded(try accounts.sectionUse(detainee: detainee, day: day))]
            case .recordSectionUse(let detainee, let section, let day, let seconds):
                try accounts.recordSectionUse(detainee: detainee, section: section, day: day, seconds: seconds)
                return []
            case .savePreferences(let detainee, let language, let theme):
                try accounts.savePreferences(detainee: detainee, language: language, theme: theme)
                return [.preferencesSaved]
            case .authenticateStaff(let login, let password):
                switch try staff.authenticateStaff(login: login, password: password, now: clock.now) {
                case .accepted(let account): return [.staffLoginAccepted(account)]
                case .refused(let refusal): return [.staffLoginRefused(refusal)]
                }
            case .loadDetainees(let query):
                return [.detaineesLoaded(query: query, try staff.detainees(matching: query))]
            case .setDetaineeLocked(let number, let locked):
                return [.detaineeUpdated(try staff.setLocked(locked, detainee: number))]
            case .resetDetaineePIN(let number):
                return [.detaineePINReset(number: number, try staff.resetPIN(detainee: number))]
            case .setDetaineeLanguage(let number, let language):
                return [.detaineeUpdated(try staff.setLanguage(language, detainee: number))]
            case .loadAuditEvents(let text):
                return [.auditEventsLoaded(query: text, try staff.auditEvents(containing: text, limit: AuditLogState.pageSize))]
            case .checkURL(let url, let event):
                return [.urlChecked(url, try staff.checkURL(url, audit: event))]
            case .loadStaffAccounts:
                return [.staffAccountsLoaded(try staff.staffAccounts())]
            case .unlockStaff(let login):
                return [.staffUnlocked(try staff.unlockStaff(login: login))]
            case .loadAccessProfileNames:
                return [.accessProfileNamesLoaded(try staff.accessProfileNames())]
            case .setDetaineeAccessProfile(let number, let profile, let event):
                return [.detaineeUpdated(try staff.setAccessProfile(profile, detainee: number, audit: event))]
            case .loadSiteRules:
                return [.siteRulesLoaded(try staff.siteRules())]
            case .addSiteRule(let draft, let author):
                return Self.outcome(try staff.addSiteRule(draft, by: author), Action.siteRulesChanged)
            case .removeSiteRule(let text, let author):
                return Self.outcome(try staff.removeSiteRule(text, by: author), Action.siteRulesChanged)
            case .loadFeedSources:
                return [.feedSourcesLoaded(try staff.feedSources())]
            case .addFeedSource(let draft, let author):
                return Self.outcome(try staff.addFeedSource(draft, by: author), Action.feedSourcesChanged)
            case .removeFeedSource(let url, let author):
                return Self.outcome(try staff.removeFeedSource(url: url, by: author), Action.feedSourcesChanged)
            case .setFeedSourceEnabled(let url, let enabled, let author):
                return Self.outcome(try staff.setFeedSourceEnabled(url: url, enabled, by: author), Action.feedSourcesChanged)
            case .loadAnnouncements:
                return [.announcementsLoaded(try staff.announcements())]
            case .publishAnnouncement(let draft, let author):
                return Self.outcome(try staff.publishAnnouncement(draft, by: author), Action.announcementsChanged)
            case .withdrawAnnouncement(let id, let author):
                return Self.outcome(try staff.withdrawAnnouncement(id: id, by: author), Action.announcementsChanged)
            case .loadCourseSummaries:
                return [.courseSummariesLoaded(try staff.courseSummaries())]
            case .loadCourseLearners(let course):
                return [.courseLearnersLoaded(course: course, try staff.courseLearners(course: course))]
            case .assignCourse(let course, let number, let author):
                return Self.outcome(try staff.assignCourse(course, toDetainee: number, by: author)) {
                    .courseAssigned(course: course, detainee: number, $0)
                }
            case .loadPressSources(let detainee, let allowed):
                return [.pressSourcesLoaded(try press.pressSources(detainee: detainee, allowed: allowed))]
            case .loadPressArticles(let detainee, let source, let allowed):
                return [.pressArticlesLoaded(
                    source: source,
                    try press.pressArticles(detainee: detainee, source: source, allowed: allowed, limit: PressLimits.list))]
            case .searchPress(let query, let detainee, let allowed):
                return [.pressSearched(
                    query: query, try press.searchPress(query, detainee: detainee, allowed: allowed, limit: PressLimits.search))]
            case .openArticle(let id, let detainee, let allowed, let terminal):
                guard let article = try press.openArticle(id: id, detainee: detainee, allowed: allowed, terminal: terminal,
                                                          at: clock.now) else { return [.articleMissing(id: id)] }
                return [.articleOpened(article)]
            case .closeArticle(let terminal):
                try press.closeArticle(terminal: terminal)
                return []
            case .loadCourses(let detainee, let filter):
                return [.coursesLoaded(
                    filter: filter,
                    try courses.courses(detainee: detainee, filter: filter, limit: CourseList.shownAtMost))]
            case .loadCourseHistory(let detainee):
                return [.courseHistoryLoaded(try courses.completions(detainee: detainee))]
            case .loadCourse(let id, let detainee):
                guard let (content, progress) = try courses.course(id: id, detainee: detainee) else {
                    return [.courseMissing(id: id)]
                }
                return [.courseLoaded(content, progress)]
            case .enrolInCourse(let course, let detainee):
                return [.courseProgressSaved(try courses.enrol(course: course, detainee: detainee, at: clock.now))]
            case .saveLessonPosition(let course, let lesson, let detainee, let line, let finished):
                return [.courseProgressSaved(try courses.saveLessonPosition(
                    course: course, lesson: lesson, detainee: detainee, line: line, finished: finished, at: clock.now))]
            case .recordQuizAttempt(let course, let quiz, let detainee, let right, let total):
                return [.courseProgressSaved(try courses.recordQuizAttempt(
                    course: course, quiz: quiz, detainee: detainee, right: right, total: total, at: clock.now))]
            case .loadRequests(let detainee):
                let loaded = Action.requestsLoaded(try requests.serviceCatalog(), try requests.requests(detainee: detainee))
                try? requests.prepareToSubmit(detainee: detainee)
                return [loaded]
            case .submitRequest(let draft, let detainee):
                return [.requestSubmitted(key: draft.key, try requests.submit(draft, detainee: detainee, at: clock.now))]
            case .openRequest(let id, let detainee):
                guard let thread = try requests.openRequest(id: id, detainee: detainee, at: clock.now) else {
                    return [.requestMissing(id: id)]
                }
                return [.requestOpened(thread)]
            case .replyToRequest(let id, let text, let key, let detainee):
                guard let thread = try requests.reply(to: id, text: text, key: key, detainee: detainee, at: clock.now) else {
                    return [.requestMissing(id: id)]
                }
                return [.requestReplied(thread)]
            case .loadRequestQueue(let filter, let login):
                return [.requestQueueLoaded(filter, try requests.serviceCatalog(), try desk.queue(filter, staff: login, now: clock.now))]
            case .loadStaffRequest(let id, let login):
                guard let request = try desk.staffRequest(id: id, staff: login) else { return [.staffRequestMissing(id: id)] }
                return [.staffRequestLoaded(request)]
            case .actOnRequest(let act, let id, let login, let author):
                return [.requestActed(id: id, try desk.act(act, on: id, by: author, staff: login))]
            case .loadStartSites(let categories):
                return [.startSitesLoaded(try jobSites.startSites(categories: categories))]
            case .loadBookmarks(let detainee):
                return [.bookmarksLoaded(try jobSites.bookmarks(detainee: detainee))]
            case .addBookmark(let url, let title, let detainee):
                guard let bookmarks = try jobSites.addBookmark(url: url, title: title, detainee: detainee, at: clock.now) else {
                    return [.bookmarksFull]
                }
                return [.bookmarksLoaded(bookmarks)]
            case .removeBookmark(let url, let detainee):
                return [.bookmarksLoaded(try jobSites.removeBookmark(url: url, detainee: detainee))]
            case .loadPage(let request, let session, let categories):
                return [.pageLoaded(request, browser.load(request, session: session, categories: categories))]
            case .endBrowsing(let session):
                browser.endSession(session)
                return []
            case .audit(let event):
                do {
                    try audit.record(event)
                } catch {
                    // The action itself went through; a lost audit line must reach the system log.
                    // Only the action: subjects can carry text a detainee typed.
                    log("audit log not written (\(error)): \(event.action) by \(event.actor)")
                }
                return []
            case .exit:
                exitRequested = true
                return []
            }
        } catch {
            log("store failure while running \(effect): \(error)")
            return [.storeFailed(error)]
        }
    }

    /// The action for a change's result: the fresh listing, or the store's refusal.
    private static func outcome<Value>(_ result: ChangeResult<Value>, _ done: (Value) -> Action) -> [Action] {
        switch result {
        case .done(let value): [done(value)]
        case .refused(let reason): [.changeRefused(reason)]
        }
    }
}

extension Effect {
    /// Whether the effect may block for seconds: the run loop shows "loading" first.
    var isSlow: Bool {
        if case .loadPage = self { return true }
        return false
    }
}
