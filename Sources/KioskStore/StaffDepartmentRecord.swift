import GRDB
import KioskCore

/// One row of the `staff_department` table: a member of staff works a department's queue.
struct StaffDepartmentRecord: Equatable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = RequestSchema.staffDepartment

    var staffID: AccountID
    var department: String

    enum CodingKeys: String, CodingKey {
        case department
        case staffID = "staff_id"
    }

    enum Columns {
        static let staffID = Column(CodingKeys.staffID)
        static let department = Column(CodingKeys.department)
    }

    /// The departments of member `staff`, sorted.
    static func departments(staff: AccountID, in db: Database) throws -> [String] {
        try String.fetchAll(
            db, StaffDepartmentRecord.select(Columns.department).filter(Columns.staffID == staff).order(Columns.department))
    }

    /// Every member's departments, sorted, by staff id (members without any are left out).
    static func departmentsByStaff(in db: Database) throws -> [AccountID: [String]] {
        let records = try StaffDepartmentRecord.order(Columns.staffID, Columns.department).fetchAll(db)
        return Dictionary(grouping: records, by: \.staffID).mapValues { $0.map(\.department) }
    }

    /// Makes `departments` the member's whole list.
    static func replace(staff: AccountID, with departments: [String], in db: Database) throws {
        try StaffDepartmentRecord.filter(Columns.staffID == staff).deleteAll(db)
        for department in Set(departments) {
            try StaffDepartmentRecord(staffID: staff, department: department).insert(db)
        }
    }
}
