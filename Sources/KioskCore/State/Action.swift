import Foundation

/// Something that happened: a key, a tick of the clock, a result from the store.
public enum Action: Equatable, Sendable {
    /// The clock moved; sent before input is handled and whenever a deadline passes.
    case tick(Date)
    case resized(TerminalSize)
    case keyPressed(Key)
    case loginAccepted(DetaineeAccount)
    case loginRefused(LoginRefusal)
    case homeSummaryLoaded(HomeSummary)
    /// Today's recorded time per section, loaded at login.
    case sectionUseLoaded(SectionUsage)
    case preferencesSaved
    case storeFailed(StoreFailure)
    case staffLoginAccepted(StaffAccount)
    case staffLoginRefused(LoginRefusal)
    case detaineesLoaded(query: String, [DetaineeSummary])
    case detaineeUpdated(DetaineeSummary)
    case detaineePINReset(number: String, Secret)
    case accessProfileNamesLoaded([String])
    case staffAccountsLoaded([StaffSummary])
    case staffUnlocked(StaffSummary)
    case auditEventsLoaded(query: String, [AuditEvent])
    case urlChecked(String, URLDecision)
    case siteRulesLoaded([SiteRuleEntry])
    /// A site rule was added or removed; the fresh list.
    case siteRulesChanged([SiteRuleEntry])
    case feedSourcesLoaded([FeedSourceEntry])
    /// A feed source was added, removed, enabled or disabled; the fresh list.
    case feedSourcesChanged([FeedSourceEntry])
    case announcementsLoaded([Announcement])
    /// An announcement was published or withdrawn; the fresh list.
    case announcementsChanged([Announcement])
    /// The newspapers a detainee may read, with their counts.
    case pressSourcesLoaded([PressSourceSummary])
    /// Articles of one newspaper (its URL), or of all of them by date (nil).
    case pressArticlesLoaded(source: String?, [PressArticleSummary])
    /// Search results for a query.
    case pressSearched(query: String, [PressArticleSummary])
    case articleOpened(PressArticle)
    /// The article asked for is gone (retention, source removed) or no longer allowed.
    case articleMissing(id: Int64)
    /// Courses matching a filter, for the catalogue that asked with it.
    case coursesLoaded(filter: CourseFilter, CourseList)
    /// The courses the learner completed, newest first.
    case courseHistoryLoaded([CourseCompletion])
    /// A course with the learner's progress in it.
    case courseLoaded(CourseContent, CourseProgress)
    /// The course asked for is gone (removed since the catalogue was shown).
    case courseMissing(id: String)
    /// The learner's progress in a course after an enrolment, a lesson's position or a quiz
    /// attempt was saved.
    case courseProgressSaved(CourseProgress)
    /// Every course with its learners' counts, for staff.
    case courseSummariesLoaded([CourseStaffSummary])
    /// The learners of a course, for staff.
    case courseLearnersLoaded(course: String, [CourseLearner])
    /// Staff assigned a course to detainee `detainee` (a prison number); the course's fresh learners.
    case courseAssigned(course: String, detainee: String, [CourseLearner])
    /// The service catalogue and the detainee's requests, most recently updated first.
    case requestsLoaded(ServiceCatalog, [RequestSummary])
    /// What the store made of the request sent with `key`.
    case requestSubmitted(key: String, RequestSubmission)
    /// One of the detainee's requests, opened (what staff wrote in it is now read).
    case requestOpened(RequestThread)
    /// The request asked for is not the detainee's, or no longer exists.
    case requestMissing(id: Int64)
    /// The detainee's reply was committed; the fresh thread.
    case requestReplied(RequestThread)
    /// A department's queue for a filter, with the catalogue to name services.
    case requestQueueLoaded(RequestQueueFilter, ServiceCatalog, [QueuedRequest])
    /// A request of the member's departments.
    case staffRequestLoaded(StaffRequestThread)
    /// The request asked for is gone or not in the member's departments.
    case staffRequestMissing(id: Int64)
    /// What the store made of a staff act on request `id`.
    case requestActed(id: Int64, ChangeResult<StaffRequestThread>)
    /// The sites of the job-sites start page.
    case startSitesLoaded([StartSite])
    /// The detainee's bookmarks, loaded or changed.
    case bookmarksLoaded([Bookmark])
    /// A bookmark was not kept: the detainee keeps `Bookmark.limit` already.
    case bookmarksFull
    /// What the browser made of a request.
    case pageLoaded(PageRequest, PageLoad)
    /// The screen laid out the text on it: its lines and the lines visible.
    case pageMeasured(PageMeasure)
    /// The store refused a change staff asked for; nothing was written.
    case changeRefused(String)
    /// SIGHUP or SIGTERM: save what is open and stop.
    case stopRequested
}
