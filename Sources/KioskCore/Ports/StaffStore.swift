import Foundation

/// What supervisor mode needs from storage: staff login and the detainee accounts.
///
/// Every change is audited by the core (an `.audit` effect), not here.
public protocol StaffStore: Sendable {
    /// Checks a staff login and password at `now`, counting failures in the database.
    func authenticateStaff(login: String, password: Secret, now: Date) throws(StoreFailure) -> StaffLoginOutcome

    /// Detainees whose number, name or cell contains `query` (all of them for an empty query),
    /// ordered by number.
    func detainees(matching query: String) throws(StoreFailure) -> [DetaineeSummary]

    /// Locks or unlocks a detainee's account; unlocking also clears the failed attempts.
    func setLocked(_ locked: Bool, detainee number: String) throws(StoreFailure) -> DetaineeSummary

    /// Gives a detainee a new random PIN, returned once to be shown once; unlocks the account.
    func resetPIN(detainee number: String) throws(StoreFailure) -> Secret

    /// Changes a detainee's language.
    func setLanguage(_ language: Language, detainee number: String) throws(StoreFailure) -> DetaineeSummary

    /// Audit events whose subject or detail contains `text` (all for an empty text), newest first.
    func auditEvents(containing text: String, limit: Int) throws(StoreFailure) -> [AuditEvent]

    /// Decides a URL against the stored site rules; the store records `event` with the decision.
    func checkURL(_ url: String, audit event: AuditEvent) throws(StoreFailure) -> URLDecision

    /// Every member of staff, by login.
    func staffAccounts() throws(StoreFailure) -> [StaffSummary]

    /// Unlocks a member of staff and clears their failed attempts.
    func unlockStaff(login: String) throws(StoreFailure) -> StaffSummary

    /// The names of the access profiles, sorted.
    func accessProfileNames() throws(StoreFailure) -> [String]

    /// Gives a detainee a profile (nil: none), audited in the same transaction as `event`.
    func setAccessProfile(_ name: String?, detainee number: String, audit event: AuditEvent) throws(StoreFailure) -> DetaineeSummary

    // Allowlists and announcements: each change and its audit line, by `author`, are written in
    // one transaction; a change the store refuses comes back as `.refused` and writes nothing.

    /// Every site rule, by text.
    func siteRules() throws(StoreFailure) -> [SiteRuleEntry]

    func addSiteRule(_ draft: SiteRuleDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[SiteRuleEntry]>

    func removeSiteRule(_ text: String, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[SiteRuleEntry]>

    /// Every press feed source, by URL.
    func feedSources() throws(StoreFailure) -> [FeedSourceEntry]

    func addFeedSource(_ draft: FeedSourceDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]>

    func removeFeedSource(url: String, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]>

    func setFeedSourceEnabled(url: String, _ enabled: Bool, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[FeedSourceEntry]>

    /// Every announcement, withdrawn ones included, newest start first.
    func announcements() throws(StoreFailure) -> [Announcement]

    func publishAnnouncement(_ draft: AnnouncementDraft, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[Announcement]>

    func withdrawAnnouncement(id: Int64, by author: ChangeAuthor) throws(StoreFailure) -> ChangeResult<[Announcement]>

    // Courses: who follows them, and assigning one (audited as `course.assigned` by `author`,
    // in the transaction of the enrolment).

    /// Every imported course, by id, with its enrolled and completed learners.
    func courseSummaries() throws(StoreFailure) -> [CourseStaffSummary]

    /// The learners of `course`, by prison number; empty when nobody follows it or there is no
    /// such course.
    func courseLearners(course: String) throws(StoreFailure) -> [CourseLearner]

    /// Enrols detainee `number` in `course` (one already enrolled keeps their progress) and
    /// returns the course's fresh learners; an unknown course or number is `.refused`.
    func assignCourse(_ course: String, toDetainee number: String, by author: ChangeAuthor) throws(StoreFailure)
        -> ChangeResult<[CourseLearner]>
}
