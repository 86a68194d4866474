import KioskRuntime
import KioskStore

extension KioskPorts {
    /// Every port on the repositories of one database.
    init(database: KioskDatabase) {
        let requests = RequestRepository(database: database)
        self.init(accounts: AccountRepository(database: database), staff: StaffRepository(database: database),
                  audit: AuditRepository(database: database), press: PressRepository(database: database),
                  courses: CourseRepository(database: database), requests: requests, desk: requests)
    }
}
