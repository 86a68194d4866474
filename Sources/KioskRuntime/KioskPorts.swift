import KioskCore

/// Every port the runtime runs effects through: one per feature, all behind the core's protocols.
public struct KioskPorts: Sendable {
    public var accounts: AccountStore
    public var staff: StaffStore
    public var audit: AuditLog
    public var press: PressShelf
    public var courses: CourseStore
    /// The detainee's side of service requests.
    public var requests: RequestStore
    /// The departments' side of service requests.
    public var desk: RequestDesk
    /// The job-site pages, through the site rules.
    public var browser: WebBrowser
    /// The job sites' start page and bookmarks.
    public var jobSites: JobSiteStore

    public init(accounts: AccountStore, staff: StaffStore, audit: AuditLog, press: PressShelf, courses: CourseStore,
                requests: RequestStore, desk: RequestDesk, browser: WebBrowser, jobSites: JobSiteStore) {
        self.accounts = accounts
        self.staff = staff
        self.audit = audit
        self.press = press
        self.courses = courses
        self.requests = requests
        self.desk = desk
        self.browser = browser
        self.jobSites = jobSites
    }
}
