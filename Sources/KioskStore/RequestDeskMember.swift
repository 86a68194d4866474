import GRDB
import KioskCore

/// A member of staff at the request desk: who writes in threads, and the queues they may see.
struct RequestDeskMember: Equatable {
    var id: AccountID
    var login: String
    /// The name detainees read on the member's entries.
    var name: String
    /// Department ids, sorted.
    var departments: [String]

    /// Whether the member works the queue of `department`.
    func works(_ department: String) -> Bool {
        departments.contains(department)
    }

    /// The member of staff with this login and their departments, read in the caller's
    /// transaction; nil when there is none.
    static func find(login: String, in db: Database) throws -> RequestDeskMember? {
        guard let record = try StaffRecord.find(login: login, in: db), let id = record.id else { return nil }
        return RequestDeskMember(
            id: id, login: record.login, name: record.name,
            departments: try StaffDepartmentRecord.departments(staff: id, in: db))
    }
}
