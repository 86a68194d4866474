import KioskCore

/// Draws the whole screen for a state: header, the screen on top of the stack, status bar,
/// and the idle warning over it. Pure: the same state always gives the same frame.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> Frame {
        var buffer = Buffer(size: state.size)
        if state.size.isBelowMinimum {
            TooSmallScreen.draw(state, in: &buffer)
            return Frame(buffer: buffer)
        }
        let catalog = state.catalog
        let (header, rest) = buffer.area.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        HeaderBar(place: place(state), user: user(state),
                  clock: DateText.clock(state.now, language: state.language, timeZone: state.settings.timeZone),
                  role: state.staff == nil ? .header : .headerStaff)
            .draw(in: &buffer, area: header)
        let content = contentArea(of: body)
        var cursor: Position?
        let hints: [KeyHint]
        switch state.route {
        case .login(let login):
            cursor = LoginScreen(state: state, login: login).draw(in: &buffer, area: content)
            hints = LoginScreen.hints(login, catalog)
        case .home(let home):
            HomeScreen(state: state, home: home).draw(in: &buffer, area: content)
            hints = HomeScreen.hints(catalog)
        case .settings(let settings):
            SettingsScreen(state: state, settings: settings).draw(in: &buffer, area: content)
            hints = SettingsScreen.hints(catalog)
        case .section(let section):
            SectionScreen(state: state, section: section).draw(in: &buffer, area: content)
            hints = SectionScreen.hints(catalog)
        case .staffLogin(let form):
            cursor = StaffLoginScreen(state: state, form: form).draw(in: &buffer, area: content)
            hints = StaffLoginScreen.hints(catalog)
        case .supervisorHome(let home):
            SupervisorHomeScreen(state: state, home: home).draw(in: &buffer, area: content)
            hints = SupervisorHomeScreen.hints(catalog)
        case .detaineeList(let list):
            cursor = DetaineeListScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = DetaineeListScreen.hints(catalog)
        case .staffList(let list):
            StaffListScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = StaffListScreen.hints(catalog)
        case .urlCheck(let check):
            cursor = URLCheckScreen(state: state, check: check).draw(in: &buffer, area: content)
            hints = URLCheckScreen.hints(catalog)
        case .auditLog(let log):
            cursor = AuditLogScreen(state: state, log: log).draw(in: &buffer, area: content)
            hints = AuditLogScreen.hints(log, catalog)
        case .siteRules(let list):
            SiteRulesScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = SiteRulesScreen.hints(catalog)
        case .siteRuleForm(let form):
            cursor = SiteRuleFormScreen(state: state, form: form).draw(in: &buffer, area: content)
            hints = SiteRuleFormScreen.hints(catalog)
        case .feedSources(let list):
            FeedSourcesScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = FeedSourcesScreen.hints(catalog)
        case .feedSourceForm(let form):
            cursor = FeedSourceFormScreen(state: state, form: form).draw(in: &buffer, area: content)
            hints = FeedSourceFormScreen.hints(catalog)
        case .announcements(let list):
            AnnouncementsScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = AnnouncementsScreen.hints(catalog)
        case .announcementForm(let form):
            cursor = AnnouncementFormScreen(state: state, form: form).draw(in: &buffer, area: content)
            hints = AnnouncementFormScreen.hints(catalog)
        case .press(let stand):
            PressScreen(state: state, stand: stand).draw(in: &buffer, area: content)
            hints = PressScreen.hints(catalog)
        case .pressArticles(let list):
            PressArticlesScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = PressArticlesScreen.hints(catalog)
        case .pressSearch(let search):
            cursor = PressSearchScreen(state: state, search: search).draw(in: &buffer, area: content)
            hints = PressSearchScreen.hints(catalog)
        case .pressArticle(let reader):
            PressArticleScreen(state: state, reader: reader).draw(in: &buffer, area: content)
            hints = PressArticleScreen.hints(catalog)
        case .courses(let catalogue):
            cursor = CourseCatalogScreen(state: state, catalogue: catalogue).draw(in: &buffer, area: content)
            hints = CourseCatalogScreen.hints(catalog)
        case .courseHistory(let history):
            CourseHistoryScreen(state: state, history: history).draw(in: &buffer, area: content)
            hints = CourseHistoryScreen.hints(catalog)
        case .course(let page):
            CourseScreen(state: state, page: page).draw(in: &buffer, area: content)
            hints = CourseScreen.hints(catalog)
        case .lesson(let lesson):
            LessonScreen(state: state, lesson: lesson).draw(in: &buffer, area: content)
            hints = LessonScreen.hints(lesson, catalog)
        case .quiz(let quiz):
            cursor = QuizScreen(state: state, quiz: quiz).draw(in: &buffer, area: content)
            hints = QuizScreen.hints(quiz, catalog)
        case .staffCourses(let list):
            StaffCoursesScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = StaffCoursesScreen.hints(catalog)
        case .courseLearners(let page):
            cursor = CourseLearnersScreen(state: state, page: page).draw(in: &buffer, area: content)
            hints = CourseLearnersScreen.hints(page, catalog)
        case .requests(let list):
            RequestsScreen(state: state, list: list).draw(in: &buffer, area: content)
            hints = RequestsScreen.hints(catalog)
        case .servicePicker(let picker):
            ServicePickerScreen(state: state, picker: picker).draw(in: &buffer, area: content)
            hints = ServicePickerScreen.hints(catalog)
        case .requestForm(let form):
            cursor = RequestFormScreen(state: state, form: form).draw(in: &buffer, area: content)
            hints = RequestFormScreen.hints(form, catalog)
        case .requestThread(let page):
            cursor = RequestThreadScreen(state: state, page: page).draw(in: &buffer, area: content)
            hints = RequestThreadScreen.hints(page, catalog)
        case .requestQueue(let queue):
            cursor = RequestQueueScreen(state: state, queue: queue).draw(in: &buffer, area: content)
            hints = RequestQueueScreen.hints(queue, catalog)
        case .staffRequest(let page):
            cursor = StaffRequestScreen(state: state, page: page).draw(in: &buffer, area: content)
            hints = StaffRequestScreen.hints(page, catalog)
        case .jobSites(let start):
            cursor = JobSitesScreen(state: state, start: start).draw(in: &buffer, area: content)
            hints = JobSitesScreen.hints(start, catalog)
        case .webPage(let page):
            cursor = WebPageScreen(state: state, page: page).draw(in: &buffer, area: content)
            hints = WebPageScreen.hints(page, catalog)
        case .detaineeDetail(let detail):
            DetaineeDetailScreen(state: state, detail: detail).draw(in: &buffer, area: content)
            hints = DetaineeDetailScreen.hints(catalog)
            if let pin = detail.newPIN {
                let message = catalog.text(.detaineeNewPIN, ["number": detail.summary.account.number, "pin": pin.value])
                Dialog(title: catalog[.detaineeNewPINTitle], message: message).draw(in: &buffer, area: body)
            }
        }
        StatusBar(hints).draw(in: &buffer, area: status)
        if state.isIdleWarningShown {
            let message = catalog.text(.idleWarning, ["seconds": String(state.secondsBeforeIdleLogout)])
            Dialog(title: catalog[.idleWarningTitle], message: message, role: .dialog).draw(in: &buffer, area: body)
            cursor = nil
        }
        return Frame(buffer: buffer, cursor: cursor)
    }

    /// What the screen on top measured of the text it scrolls, for the core to scroll by
    /// (nil when the screen scrolls no text). The runtime sends it as `.pageMeasured`.
    public static func measure(_ state: AppState) -> PageMeasure? {
        guard !state.size.isBelowMinimum else { return nil }
        let (_, rest) = Rect(row: 0, col: 0, cols: state.size.cols, rows: state.size.rows).splitTop(1)
        let (body, _) = rest.splitBottom(1)
        switch state.route {
        case .pressArticle(let reader): return PressArticleScreen(state: state, reader: reader).measure(area: contentArea(of: body))
        case .lesson(let lesson): return LessonScreen(state: state, lesson: lesson).measure(area: contentArea(of: body))
        case .requestForm(let form) where form.isReviewing:
            return RequestFormScreen(state: state, form: form).measure(area: contentArea(of: body))
        case .requestThread(let page): return RequestThreadScreen(state: state, page: page).measure(area: contentArea(of: body))
        case .staffRequest(let page): return StaffRequestScreen(state: state, page: page).measure(area: contentArea(of: body))
        case .webPage(let page): return WebPageScreen(state: state, page: page).measure(area: contentArea(of: body))
        default: return nil
        }
    }

    /// The area screens draw in: the body less a one-cell margin (none when it would not fit).
    private static func contentArea(of body: Rect) -> Rect {
        body.inset(1).isEmpty ? body : Rect(row: body.row + 1, col: body.col + 1, cols: body.cols - 2, rows: body.rows - 1)
    }

    private static func place(_ state: AppState) -> String {
        let place = state.catalog[.appName] + " · " + state.settings.terminalName
        return state.staff == nil ? place : place + " · " + state.catalog[.staffMode]
    }

    private static func user(_ state: AppState) -> String? {
        if let staff = state.staff?.account { return "\(staff.name) (\(staff.login))" }
        guard let account = state.session?.account else { return nil }
        return "\(account.name) (\(account.number))"
    }

    /// The title of a home-menu section.
    static func title(of section: Section) -> MessageKey {
        switch section {
        case .courses: .menuCourses
        case .jobSites: .menuJobSites
        case .press: .menuPress
        case .requests: .menuRequests
        }
    }
}
