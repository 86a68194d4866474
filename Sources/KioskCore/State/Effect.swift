/// Something the runtime must do for the reducer; plain data, compared in tests.
public enum Effect: Equatable, Sendable {
    case authenticate(number: String, pin: Secret)
    case loadHomeSummary(detainee: AccountID)
    /// Load the time a detainee spent in each section on a local day.
    case loadSectionUse(detainee: AccountID, day: String)
    /// Add time spent in a section on a local day.
    case recordSectionUse(detainee: AccountID, section: Section, day: String, seconds: Int)
    case savePreferences(detainee: AccountID, language: Language, theme: String?)
    case authenticateStaff(login: String, password: Secret)
    case loadDetainees(query: String)
    case setDetaineeLocked(number: String, locked: Bool)
    case resetDetaineePIN(number: String)
    case setDetaineeLanguage(number: String, language: Language)
    case loadAccessProfileNames
    case loadStaffAccounts
    case unlockStaff(login: String)
    case loadAuditEvents(containing: String)
    /// Decide a URL against the stored rules; the store records the audit event with it.
    case checkURL(String, audit: AuditEvent)
    /// Set a detainee's access profile; the store writes the audit event with the change.
    case setDetaineeAccessProfile(number: String, profile: String?, audit: AuditEvent)
    case loadSiteRules
    /// Add a site rule; the store writes the audit line with it.
    case addSiteRule(SiteRuleDraft, by: ChangeAuthor)
    case removeSiteRule(String, by: ChangeAuthor)
    case loadFeedSources
    case addFeedSource(FeedSourceDraft, by: ChangeAuthor)
    case removeFeedSource(url: String, by: ChangeAuthor)
    case setFeedSourceEnabled(url: String, Bool, by: ChangeAuthor)
    case loadAnnouncements
    case publishAnnouncement(AnnouncementDraft, by: ChangeAuthor)
    case withdrawAnnouncement(id: Int64, by: ChangeAuthor)
    /// Load the newspapers a detainee may read (`allowed`: source names, nil for all).
    case loadPressSources(detainee: AccountID, allowed: Set<String>?)
    /// Load the articles of one newspaper (its URL), or of every allowed one by date (nil).
    case loadPressArticles(detainee: AccountID, source: String?, allowed: Set<String>?)
    case searchPress(String, detainee: AccountID, allowed: Set<String>?)
    /// Load an article, mark it read and hold it as being read on the terminal.
    case openArticle(id: Int64, detainee: AccountID, allowed: Set<String>?, terminal: String)
    /// Release the article held as being read on the terminal.
    case closeArticle(terminal: String)
    /// Load the catalogue for a filter, with the learner's standing in each course.
    case loadCourses(detainee: AccountID, filter: CourseFilter)
    /// Load the courses the learner completed.
    case loadCourseHistory(detainee: AccountID)
    /// Load a course and the learner's progress in it.
    case loadCourse(id: String, detainee: AccountID)
    /// Enrol the learner in a course (nothing changes if already enrolled).
    case enrolInCourse(course: String, detainee: AccountID)
    /// Keep where the learner left a lesson (its first line shown), and that it was read when `finished`.
    case saveLessonPosition(course: String, lesson: String, detainee: AccountID, line: Int, finished: Bool)
    /// Record a finished quiz attempt; the store decides pass and completion.
    case recordQuizAttempt(course: String, quiz: String, detainee: AccountID, right: Int, total: Int)
    /// Load every course with its learners' counts (staff).
    case loadCourseSummaries
    /// Load the learners of a course (staff).
    case loadCourseLearners(course: String)
    /// Enrol a detainee (a prison number) in a course; the store writes the audit line with it.
    case assignCourse(course: String, toDetainee: String, by: ChangeAuthor)
    /// Load the service catalogue and the detainee's requests.
    case loadRequests(detainee: AccountID)
    /// Check and commit a request; the draft's key makes a retry harmless.
    case submitRequest(RequestDraft, detainee: AccountID)
    /// Load one of the detainee's requests and mark what staff wrote in it read.
    case openRequest(id: Int64, detainee: AccountID)
    /// Add the detainee's message to their request (once per key).
    case replyToRequest(id: Int64, text: String, key: String, detainee: AccountID)
    /// Load a department's queue for staff member `staff` (a login).
    case loadRequestQueue(RequestQueueFilter, staff: String)
    /// Load a request for staff member `staff` (a login), internal notes included.
    case loadStaffRequest(id: Int64, staff: String)
    /// Apply a staff act to a request; the store writes the audit line with it.
    case actOnRequest(RequestStaffAct, id: Int64, staff: String, by: ChangeAuthor)
    /// Load the sites of the start page in the categories open to the detainee (nil: all).
    case loadStartSites(categories: Set<SiteCategory>?)
    case loadBookmarks(detainee: AccountID)
    /// Keep a page for the detainee (refused past `Bookmark.limit`).
    case addBookmark(url: String, title: String, detainee: AccountID)
    case removeBookmark(url: String, detainee: AccountID)
    /// Ask the browser for a page with the rules of `categories` (nil: every category but
    /// press), keeping cookies in `session`; blocks up to the browser's time cap.
    case loadPage(PageRequest, session: String, categories: Set<SiteCategory>?)
    /// Forget the cookies of a browser session.
    case endBrowsing(session: String)
    /// Append to the audit log.
    case audit(AuditEvent)
    /// Leave the program (the service manager restarts it).
    case exit
}
