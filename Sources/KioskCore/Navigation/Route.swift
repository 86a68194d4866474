/// One screen on the navigation stack, with the state only that screen needs.
public enum Route: Equatable, Sendable {
    case login(LoginState)
    case home(HomeState)
    case settings(SettingsState)
    /// A section of the home menu; its feature fills it.
    case section(Section)
    case staffLogin(StaffLoginState)
    case supervisorHome(SupervisorHomeState)
    case detaineeList(DetaineeListState)
    case detaineeDetail(DetaineeDetailState)
    case auditLog(AuditLogState)
    case urlCheck(URLCheckState)
    case staffList(StaffListState)
    case siteRules(SiteRulesState)
    case siteRuleForm(SiteRuleFormState)
    case feedSources(FeedSourcesState)
    case feedSourceForm(FeedSourceFormState)
    case announcements(AnnouncementsState)
    case announcementForm(AnnouncementFormState)
    /// The press stand: newspapers, or every article by date.
    case press(PressState)
    case pressArticles(PressArticlesState)
    case pressSearch(PressSearchState)
    case pressArticle(PressArticleState)
    /// The course catalogue: search, filters and the learner's standing in each course.
    case courses(CourseCatalogState)
    /// The courses the learner completed.
    case courseHistory(CourseHistoryState)
    /// A course's page: its steps and the learner's progress.
    case course(CourseState)
    case lesson(LessonState)
    case quiz(QuizState)
    /// Staff: every course with how many follow and completed it.
    case staffCourses(StaffCoursesState)
    /// Staff: the learners of one course, and assigning it to a detainee.
    case courseLearners(CourseLearnersState)
    /// The detainee's requests to the prison services.
    case requests(RequestsState)
    /// Choosing the service to write to.
    case servicePicker(ServicePickerState)
    /// A service's form, its review, and sending it.
    case requestForm(RequestFormState)
    /// One of the detainee's requests with its replies.
    case requestThread(RequestThreadState)
    /// Staff: a department's queue of requests.
    case requestQueue(RequestQueueState)
    /// Staff: one request of the queue, to answer or decide.
    case staffRequest(StaffRequestState)
    /// The job sites' start page: bookmarks and the sites open to the detainee.
    case jobSites(JobSitesState)
    /// A page of a job site, with the visit's back and forward.
    case webPage(WebPageState)

    /// The home-menu section this screen belongs to, whose time it counts; nil for the others.
    public var section: Section? {
        switch self {
        case .section(let section): section
        case .press, .pressArticles, .pressSearch, .pressArticle: .press
        case .courses, .courseHistory, .course, .lesson, .quiz: .courses
        case .requests, .servicePicker, .requestForm, .requestThread: .requests
        case .jobSites, .webPage: .jobSites
        default: nil
        }
    }

    /// Whether only staff may see this screen.
    public var isSupervisor: Bool {
        switch self {
        case .supervisorHome, .detaineeList, .detaineeDetail, .auditLog, .urlCheck, .staffList, .siteRules, .siteRuleForm,
             .feedSources, .feedSourceForm, .announcements, .announcementForm, .staffCourses, .courseLearners,
             .requestQueue, .staffRequest: true
        case .login, .home, .settings, .section, .staffLogin, .press, .pressArticles, .pressSearch, .pressArticle,
             .courses, .courseHistory, .course, .lesson, .quiz, .requests, .servicePicker, .requestForm, .requestThread,
             .jobSites, .webPage: false
        }
    }
}

extension Route {
    /// What the core last heard of the scrolled text on this screen; nil for screens without.
    public var pageMeasure: PageMeasure? {
        switch self {
        case .pressArticle(let reader): reader.measure
        case .lesson(let lesson): lesson.measure
        case .requestForm(let form) where form.isReviewing: form.reviewMeasure
        case .requestThread(let thread): thread.measure
        case .staffRequest(let request): request.measure
        case .webPage(let page): page.measure
        default: nil
        }
    }

    /// Shows what became of a change on the screens that have an outcome line; others ignore it.
    mutating func showOutcome(_ outcome: SaveOutcome) {
        switch self {
        case .detaineeDetail(var detail): detail.outcome = outcome; self = .detaineeDetail(detail)
        case .staffList(var list): list.outcome = outcome; self = .staffList(list)
        case .siteRules(var list): list.outcome = outcome; self = .siteRules(list)
        case .siteRuleForm(var form): form.outcome = outcome; self = .siteRuleForm(form)
        case .feedSources(var list): list.outcome = outcome; self = .feedSources(list)
        case .feedSourceForm(var form): form.outcome = outcome; self = .feedSourceForm(form)
        case .announcements(var list): list.outcome = outcome; self = .announcements(list)
        case .announcementForm(var form): form.outcome = outcome; self = .announcementForm(form)
        case .staffCourses(var list): list.outcome = outcome; self = .staffCourses(list)
        case .courseLearners(var page): page.outcome = outcome; self = .courseLearners(page)
        case .staffRequest(var page): page.outcome = outcome; page.composer?.isSending = false; self = .staffRequest(page)
        case .login, .home, .settings, .section, .staffLogin, .supervisorHome, .detaineeList, .auditLog, .urlCheck,
             .press, .pressArticles, .pressSearch, .pressArticle, .courses, .courseHistory, .course, .lesson, .quiz,
             .requests, .servicePicker, .requestForm, .requestThread, .requestQueue, .jobSites, .webPage: break
        }
    }
}
