import Foundation

/// The one entry point of the core: applies an action to the state, returns what to do next.
///
/// Pure: no I/O, no clock, no globals. Every feature's rules are reached from here.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let visit = UsageTracking.snapshot(state)
    let reading = ReadingTracking.held(state)
    let lessons = LessonTracking.snapshot(state)
    let browsing = BrowsingTracking.session(state)
    var effects = reduceAction(&state, action)
    effects += SectionGate.update(&state)
    effects += UsageTracking.update(&state, before: visit)
    effects += ReadingTracking.update(state, before: reading)
    effects += LessonTracking.update(state, before: lessons)
    effects += BrowsingTracking.update(state, before: browsing)
    // What must be saved is saved before the program leaves.
    if let exit = effects.firstIndex(of: .exit) {
        effects.append(effects.remove(at: exit))
    }
    return effects
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .tick(let now):
        return SessionFeature.tick(now, state: &state)

    case .resized(let size):
        state.size = size
        return []

    case .keyPressed(let key):
        return keyPressed(key, state: &state)

    case .loginAccepted(let account):
        guard case .login(let login) = state.route, login.isChecking else { return [] }
        return LoginFeature.accepted(account, login: login, state: &state)

    case .loginRefused(let refusal):
        guard case .login(var login) = state.route, login.isChecking else { return [] }
        let effects = LoginFeature.refused(refusal, login: &login, state: state)
        state.route = .login(login)
        return effects

    case .staffLoginAccepted(let account):
        guard case .staffLogin(let form) = state.route, form.isChecking else { return [] }
        return StaffLoginFeature.accepted(account, state: &state)

    case .staffLoginRefused(let refusal):
        guard case .staffLogin(var form) = state.route, form.isChecking else { return [] }
        let effects = StaffLoginFeature.refused(refusal, form: &form, state: state)
        state.route = .staffLogin(form)
        return effects

    case .detaineesLoaded(let query, let items):
        // Results of an older query (typed over since) are dropped.
        guard state.staff != nil, case .detaineeList(var list) = state.route, list.query == query else { return [] }
        list.items = items
        list.selection = min(list.selection, max(0, items.count - 1))
        state.route = .detaineeList(list)
        return []

    case .detaineeUpdated(let summary):
        guard state.staff != nil else { return [] }
        SupervisorFeature.updated(summary, state: &state)
        return []

    case .auditEventsLoaded(let query, let events):
        // Results of an older search (typed over since) are dropped.
        guard state.staff?.account.role == .admin, case .auditLog(var log) = state.route, log.query == query else { return [] }
        log.events = events
        log.selection = min(log.selection, max(0, events.count - 1))
        state.route = .auditLog(log)
        return []

    case .urlChecked(let url, let decision):
        guard state.staff?.account.role == .admin, case .urlCheck(var check) = state.route, check.url == url else { return [] }
        check.decision = decision
        state.route = .urlCheck(check)
        return []

    case .staffAccountsLoaded(let items):
        guard state.staff?.account.role == .admin, case .staffList(var list) = state.route else { return [] }
        list.items = items
        list.selection = min(list.selection, max(0, items.count - 1))
        state.route = .staffList(list)
        return []

    case .staffUnlocked(let summary):
        guard state.staff?.account.role == .admin, case .staffList(var list) = state.route,
              let row = list.items.firstIndex(where: { $0.account.login == summary.account.login }) else { return [] }
        list.items[row] = summary
        list.outcome = .saved
        state.route = .staffList(list)
        return []

    case .siteRulesLoaded(let rules):
        guard state.staff?.account.role == .admin, case .siteRules(var list) = state.route else { return [] }
        ManagedList.loaded(&list, items: rules)
        state.route = .siteRules(list)
        return []

    case .siteRulesChanged(let rules):
        guard state.staff?.account.role == .admin else { return [] }
        SiteRulesFeature.changed(rules, state: &state)
        return []

    case .feedSourcesLoaded(let sources):
        guard state.staff?.account.role == .admin, case .feedSources(var list) = state.route else { return [] }
        ManagedList.loaded(&list, items: sources)
        state.route = .feedSources(list)
        return []

    case .feedSourcesChanged(let sources):
        guard state.staff?.account.role == .admin else { return [] }
        FeedSourcesFeature.changed(sources, state: &state)
        return []

    case .announcementsLoaded(let announcements):
        guard state.staff?.account.role.managesAnnouncements == true, case .announcements(var list) = state.route else { return [] }
        ManagedList.loaded(&list, items: announcements)
        state.route = .announcements(list)
        return []

    case .announcementsChanged(let announcements):
        guard state.staff?.account.role.managesAnnouncements == true else { return [] }
        AnnouncementsFeature.changed(announcements, state: &state)
        return []

    case .pressSourcesLoaded(let sources):
        guard state.session != nil else { return [] }
        PressFeature.sourcesLoaded(sources, state: &state)
        return []

    case .pressArticlesLoaded(let source, let articles):
        guard state.session != nil else { return [] }
        PressFeature.articlesLoaded(source: source, articles, state: &state)
        return []

    case .pressSearched(let query, let results):
        guard state.session != nil else { return [] }
        PressFeature.searched(query, results, state: &state)
        return []

    case .articleOpened(let article):
        guard state.session != nil else { return [] }
        PressFeature.opened(article, state: &state)
        return []

    case .articleMissing(let id):
        PressFeature.missing(id, state: &state)
        return []

    case .startSitesLoaded(let sites):
        guard state.session != nil else { return [] }
        JobSitesFeature.sitesLoaded(sites, state: &state)
        return []

    case .bookmarksLoaded(let bookmarks):
        guard state.session != nil else { return [] }
        JobSitesFeature.bookmarksLoaded(bookmarks, state: &state)
        return []

    case .bookmarksFull:
        guard state.session != nil else { return [] }
        JobSitesFeature.bookmarksFull(state: &state)
        return []

    case .pageLoaded(let request, let load):
        guard state.session != nil else { return [] }
        return WebPageFeature.loaded(request, load, state: &state)

    case .pageMeasured(let measure):
        PressFeature.measured(measure, state: &state)
        WebPageFeature.measured(measure, state: &state)
        LessonFeature.measured(measure, state: &state)
        RequestsFeature.measured(measure, state: &state)
        RequestDeskFeature.measured(measure, state: &state)
        return []

    case .requestsLoaded(let catalog, let items):
        guard state.session != nil else { return [] }
        RequestsFeature.loaded(catalog, items, state: &state)
        return []

    case .requestSubmitted(let key, let submission):
        guard state.session != nil else { return [] }
        RequestFormFeature.submitted(key: key, submission, state: &state)
        return []

    case .requestOpened(let thread):
        guard state.session != nil else { return [] }
        RequestsFeature.opened(thread, state: &state)
        return []

    case .requestMissing(let id):
        RequestsFeature.missing(id, state: &state)
        return []

    case .requestReplied(let thread):
        guard state.session != nil else { return [] }
        RequestsFeature.replied(thread, state: &state)
        return []

    case .requestQueueLoaded(let filter, let catalog, let items):
        guard state.staff != nil else { return [] }
        RequestDeskFeature.queueLoaded(filter, catalog, items, state: &state)
        return []

    case .staffRequestLoaded(let request):
        guard state.staff != nil else { return [] }
        RequestDeskFeature.requestLoaded(request, state: &state)
        return []

    case .staffRequestMissing(let id):
        RequestDeskFeature.missing(id, state: &state)
        return []

    case .requestActed(let id, let result):
        guard state.staff != nil else { return [] }
        return RequestDeskFeature.acted(id: id, result, state: &state)

    case .coursesLoaded(let filter, let list):
        guard state.session != nil else { return [] }
        CourseCatalogFeature.loaded(filter, list, state: &state)
        return []

    case .courseHistoryLoaded(let completions):
        guard state.session != nil else { return [] }
        CourseCatalogFeature.historyLoaded(completions, state: &state)
        return []

    case .courseLoaded(let content, let progress):
        guard state.session != nil else { return [] }
        CourseFeature.loaded(content, progress, state: &state)
        return []

    case .courseMissing(let id):
        CourseFeature.missing(id, state: &state)
        return []

    case .courseProgressSaved(let progress):
        guard state.session != nil else { return [] }
        return CourseFeature.progressSaved(progress, state: &state)

    case .courseSummariesLoaded(let courses):
        guard state.staff?.account.role.managesCourses == true else { return [] }
        StaffCoursesFeature.summariesLoaded(courses, state: &state)
        return []

    case .courseLearnersLoaded(let course, let learners):
        guard state.staff?.account.role.managesCourses == true else { return [] }
        StaffCoursesFeature.learnersLoaded(course: course, learners, state: &state)
        return []

    case .courseAssigned(let course, let number, let learners):
        guard state.staff?.account.role.managesCourses == true else { return [] }
        StaffCoursesFeature.assigned(course: course, to: number, learners, state: &state)
        return []

    case .changeRefused(let reason):
        guard state.staff != nil else { return [] }
        state.route.showOutcome(.refused(reason))
        return []

    case .accessProfileNamesLoaded(let names):
        guard state.staff != nil, case .detaineeDetail(var detail) = state.route else { return [] }
        detail.profiles = names
        state.route = .detaineeDetail(detail)
        return []

    case .detaineePINReset(let number, let pin):
        guard state.staff != nil, case .detaineeDetail(var detail) = state.route, detail.summary.account.number == number else { return [] }
        detail.newPIN = pin
        detail.summary.locked = false
        detail.summary.failedAttempts = 0
        detail.outcome = nil
        state.route = .detaineeDetail(detail)
        return []

    case .homeSummaryLoaded(let summary):
        state.session?.summary = summary
        return []

    case .sectionUseLoaded(let usage):
        state.session?.usage = usage
        return []

    case .preferencesSaved:
        if case .settings(var settings) = state.route {
            settings.outcome = .saved
            state.route = .settings(settings)
        }
        return []

    case .storeFailed(let failure):
        switch state.route {
        case .login(var login):
            login.isChecking = false
            login.pin = Secret("")
            login.message = .storeFailed(failure)
            state.route = .login(login)
        case .settings(var settings):
            settings.outcome = .failed(failure)
            state.route = .settings(settings)
        case .staffLogin(var form):
            form.isChecking = false
            form.password = Secret("")
            form.message = .storeFailed(failure)
            state.route = .staffLogin(form)
        default:
            if !PressFeature.failed(failure, state: &state) && !CourseFeature.failed(failure, state: &state)
                && !RequestsFeature.failed(failure, state: &state) && !RequestDeskFeature.failed(failure, state: &state)
                && !JobSitesFeature.failed(failure, state: &state) {
                state.route.showOutcome(.failed(failure))
            }
        }
        return []

    case .stopRequested:
        state.isStopping = true
        return [.exit]
    }
}

private func keyPressed(_ key: Key, state: inout AppState) -> [Effect] {
    if state.size.isBelowMinimum { return [] }
    // Supervisor screens exist only in a staff session: anything else starts over.
    if state.route.isSupervisor && state.staff == nil {
        SessionFeature.logOut(&state, message: nil)
        return []
    }
    if state.lastActivity != nil {
        let wasWarned = state.isIdleWarningShown
        state.session?.lastActivity = state.now
        state.staff?.lastActivity = state.now
        // The key that dismisses the idle warning does nothing else.
        if wasWarned { return [] }
    }
    switch state.route {
    case .login(var login):
        let effects = LoginFeature.reduce(&login, &state, key: key)
        // F9 replaces the screen with the staff form: keep the form only if still on it.
        if case .login = state.route { state.route = .login(login) }
        return effects
    case .home(var home):
        return HomeFeature.reduce(&home, &state, key: key)
    case .settings(var settings):
        if key == .escape || key == .backspace {
            state.goBack()
            return []
        }
        let effects = SettingsFeature.reduce(&settings, &state, key: key)
        state.route = .settings(settings)
        return effects
    case .section:
        if key == .escape || key == .backspace || key == .left {
            state.goBack()
        }
        return []
    case .staffLogin(var form):
        let effects = StaffLoginFeature.reduce(&form, &state, key: key)
        if case .staffLogin = state.route { state.route = .staffLogin(form) }
        return effects
    case .supervisorHome(var home):
        return SupervisorFeature.home(&home, &state, key: key)
    case .detaineeList(var list):
        return SupervisorFeature.list(&list, &state, key: key)
    case .detaineeDetail(var detail):
        return SupervisorFeature.detail(&detail, &state, key: key)
    case .auditLog(var log):
        return SupervisorFeature.auditLog(&log, &state, key: key)
    case .urlCheck(var check):
        return SupervisorFeature.urlCheck(&check, &state, key: key)
    case .staffList(var list):
        return SupervisorFeature.staffList(&list, &state, key: key)
    case .siteRules(var list):
        return SiteRulesFeature.list(&list, &state, key: key)
    case .siteRuleForm(var form):
        return SiteRulesFeature.form(&form, &state, key: key)
    case .feedSources(var list):
        return FeedSourcesFeature.list(&list, &state, key: key)
    case .feedSourceForm(var form):
        return FeedSourcesFeature.form(&form, &state, key: key)
    case .announcements(var list):
        return AnnouncementsFeature.list(&list, &state, key: key)
    case .announcementForm(var form):
        return AnnouncementsFeature.form(&form, &state, key: key)
    case .press(var stand):
        return PressFeature.stand(&stand, &state, key: key)
    case .pressArticles(var list):
        return PressFeature.articles(&list, &state, key: key)
    case .pressSearch(var search):
        return PressFeature.search(&search, &state, key: key)
    case .pressArticle(var reader):
        return PressFeature.reader(&reader, &state, key: key)
    case .courses(var catalogue):
        return CourseCatalogFeature.catalogue(&catalogue, &state, key: key)
    case .courseHistory(var history):
        return CourseCatalogFeature.history(&history, &state, key: key)
    case .course(var page):
        return CourseFeature.page(&page, &state, key: key)
    case .lesson(var lesson):
        return LessonFeature.reader(&lesson, &state, key: key)
    case .quiz(var quiz):
        return QuizFeature.quiz(&quiz, &state, key: key)
    case .staffCourses(var list):
        return StaffCoursesFeature.list(&list, &state, key: key)
    case .courseLearners(var page):
        return StaffCoursesFeature.learners(&page, &state, key: key)
    case .requests(var list):
        return RequestsFeature.list(&list, &state, key: key)
    case .servicePicker(var picker):
        return RequestsFeature.picker(&picker, &state, key: key)
    case .requestForm(var form):
        return RequestFormFeature.form(&form, &state, key: key)
    case .requestThread(var page):
        return RequestsFeature.thread(&page, &state, key: key)
    case .requestQueue(var queue):
        return RequestDeskFeature.queue(&queue, &state, key: key)
    case .staffRequest(var page):
        return RequestDeskFeature.request(&page, &state, key: key)
    case .jobSites(var start):
        return JobSitesFeature.start(&start, &state, key: key)
    case .webPage(var page):
        return WebPageFeature.reader(&page, &state, key: key)
    }
}
