import KioskCore
import KioskRuntime
import KioskStore
import KioskWeb

extension KioskPorts {
    /// Every port on the repositories of one database; the browser reads the site rules from
    /// it at each page, so a rule staff change applies at the next page.
    public init(database: KioskDatabase) {
        let requests = RequestRepository(database: database)
        let allowlist = AllowlistRepository(database: database)
        self.init(accounts: AccountRepository(database: database), staff: StaffRepository(database: database),
                  audit: AuditRepository(database: database), press: PressRepository(database: database),
                  courses: CourseRepository(database: database), requests: requests, desk: requests,
                  browser: SiteBrowser(rules: { try allowlist.policy().rules }), jobSites: JobSiteRepository(database: database))
    }
}
