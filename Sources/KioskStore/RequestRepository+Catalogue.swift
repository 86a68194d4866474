import Foundation
import GRDB
import KioskCore

/// The catalogue of services and which departments each member of staff works.
extension RequestRepository {
    /// The catalogue as last imported (empty before any import).
    public func serviceCatalog() throws(StoreFailure) -> ServiceCatalog {
        try read { db in try ServiceCatalogRecord.current(in: db) }
    }

    /// Replaces the catalogue with `catalog`, in one transaction with the audit line
    /// `services.imported` by `author` (its detail counts departments and services), and
    /// returns it.
    ///
    /// Requests already sent keep their service and department, even those a new catalogue no
    /// longer has. Refused, writing nothing: a catalogue that breaks `ServiceCatalogRules`, and
    /// one that drops a department whose queue still has open requests (forward or finish them
    /// first, so that no open request is left in a queue nobody can join).
    public func importServiceCatalog(_ catalog: ServiceCatalog, by author: ChangeAuthor) throws(StoreFailure)
        -> ChangeResult<ServiceCatalog> {
        if let problem = ServiceCatalogRules.problem(in: catalog) { return .refused(problem) }
        let kept = Set(catalog.departments.map(\.id))
        let openStatuses = RequestStatus.allCases.filter(\.isOpen).map(\.rawValue)
        return try write { db -> ChangeResult<ServiceCatalog> in
            let stranded = try RequestRecord
                .select(RequestRecord.Columns.department).distinct()
                .filter(openStatuses.contains(RequestRecord.Columns.status))
                .order(RequestRecord.Columns.department)
                .asRequest(of: String.self)
                .fetchAll(db)
                .filter { !kept.contains($0) }
            if let department = stranded.first {
                return .refused("Department \(department) still has open requests: forward or finish them before removing it")
            }
            try ServiceCatalogRecord(catalog, importedAt: author.at, by: author.actor).save(db)
            try AuditRepository.append(AuditEvent(
                at: author.at, actor: author.actor, terminal: author.terminal, action: "services.imported",
                subject: "services",
                detail: "\(catalog.departments.count) departments, \(catalog.services.count) services"), in: db)
            return .done(catalog)
        }
    }

    /// The departments of the member of staff `login`, sorted; nil when there is no such login.
    public func departments(staff login: String) throws(StoreFailure) -> [String]? {
        try read { db in try RequestDeskMember.find(login: login, in: db)?.departments }
    }

    /// Makes `ids` the departments whose queues member `login` works (an empty list: none), in
    /// one transaction with the audit line `staff.departments` by `author`, and returns them
    /// sorted.
    ///
    /// Ids are trimmed; empty ones and repeats are dropped. Refused, writing nothing: an unknown login, and an
    /// id the catalogue does not have.
    public func setDepartments(_ ids: [String], staff login: String, by author: ChangeAuthor) throws(StoreFailure)
        -> ChangeResult<[String]> {
        let departments = Set(ids.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }).sorted()
        return try write { db -> ChangeResult<[String]> in
            guard let member = try RequestDeskMember.find(login: login, in: db) else {
                return .refused("No staff member has login \(TextSanitizer.singleLine.clean(login))")
            }
            let catalog = try ServiceCatalogRecord.current(in: db)
            if let unknown = departments.first(where: { catalog.department($0) == nil }) {
                return .refused("No department \(TextSanitizer.singleLine.clean(unknown)) in the service catalogue")
            }
            try StaffDepartmentRecord.replace(staff: member.id, with: departments, in: db)
            try Self.auditDepartments(departments, of: member.login, by: author, in: db)
            return .done(departments)
        }
    }

    /// Records `staff.departments` for member `login` in the caller's transaction.
    static func auditDepartments(_ departments: [String], of login: String, by author: ChangeAuthor,
                                 in db: Database) throws {
        try AuditRepository.append(AuditEvent(
            at: author.at, actor: author.actor, terminal: author.terminal, action: "staff.departments",
            subject: login, detail: departments.isEmpty ? "none" : departments.joined(separator: ", ")), in: db)
    }
}
