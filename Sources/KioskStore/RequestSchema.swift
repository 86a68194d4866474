import GRDB

/// v9: service requests: the imported catalogue of services, which departments each member of
/// staff works, the requests detainees send, and each request's thread.
///
/// Requests and their entries are never deleted by the program: a finished request stays on
/// record with everything said in it. A detainee who has requests cannot be deleted (the
/// foreign key has no cascade). Statuses and kinds are written out here, not taken from
/// `RequestStatus` or `RequestMessage.Kind`, so this migration builds the same schema whatever
/// later versions add to those types.
enum RequestSchema {
    static let catalog = "service_catalog"
    static let staffDepartment = "staff_department"
    static let request = "request"
    static let entry = "request_entry"

    /// The values `request.status` takes (`RequestStatus` raw values).
    static let statuses = ["new", "in-progress", "approved", "declined", "rejected", "closed"]

    /// The values `request_entry.author_kind` takes.
    enum AuthorKind: String {
        case detainee, staff
    }

    /// The values `request_entry.kind` takes.
    enum EntryKind: String, CaseIterable {
        /// Words to the other side.
        case message
        /// Staff only.
        case note
        /// `from_value` and `to_value` are statuses; the text is the reason.
        case status
        /// `from_value` and `to_value` are department ids; the text is the reason.
        case forward
        /// A member of staff took the request (staff only).
        case assigned

        /// Whether the detainee may ever read entries of this kind (`RequestMessage.isForDetainee`).
        var isForDetainee: Bool {
            switch self {
            case .message, .status, .forward: true
            case .note, .assigned: false
            }
        }

        /// The kinds a detainee may read, as an SQL list: `('message', 'status', 'forward')`.
        static var detaineeVisibleSQL: String {
            "(" + allCases.filter(\.isForDetainee).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
        }
    }

    static func migrate(_ db: Database) throws {
        // One row: the catalogue as last imported, replaced whole at every import.
        try db.create(table: catalog) { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            // The `ServiceCatalog` as JSON.
            t.column("catalog", .text).notNull()
            t.column("imported_at", .datetime).notNull()
            t.column("imported_by", .text).notNull()
        }

        // Department ids are not checked against the catalogue here: the demo seed gives staff
        // their departments before any catalogue is imported.
        try db.create(table: staffDepartment) { t in
            t.column("staff_id", .integer).notNull().references(KioskSchema.staff, onDelete: .cascade)
            t.column("department", .text).notNull()
            t.primaryKey(["staff_id", "department"])
        }
        try db.create(index: "staff_department_on_department", on: staffDepartment, columns: ["department"])

        try db.create(table: request) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("detainee_id", .integer).notNull().references(KioskSchema.detainee)
            // Service and department ids of the catalogue; kept when a later catalogue drops them.
            t.column("service", .text).notNull()
            // The department whose queue has it now (forwarding changes it).
            t.column("department", .text).notNull()
            t.column("status", .text).notNull().check { statuses.contains($0) }
            // The member of staff who took it; NULL while nobody did.
            t.column("assignee_id", .integer).references(KioskSchema.staff, onDelete: .setNull)
            t.column("sent_at", .datetime).notNull()
            // When staff last wrote or changed something the detainee reads (sent_at until then).
            t.column("updated_at", .datetime).notNull()
            // The answers by field id (`[String: RequestAnswer]`) as JSON, as the detainee gave them.
            t.column("answers", .text).notNull()
            // Chosen by the detainee's screen; a second submission with it returns this request.
            t.column("idempotency_key", .text).notNull()
            // The id of the last entry the detainee had on screen when they opened the request.
            t.column("seen_entry_id", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.uniqueKey(["detainee_id", "idempotency_key"])
        }
        try db.create(index: "request_on_queue", on: request, columns: ["department", "status", "sent_at"])
        try db.create(index: "request_on_detainee", on: request, columns: ["detainee_id", "updated_at"])
        try db.create(index: "request_on_assignee", on: request, columns: ["assignee_id"])

        try db.create(table: entry) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("request_id", .integer).notNull().references(request, onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("author_kind", .text).notNull()
                .check { [AuthorKind.detainee.rawValue, AuthorKind.staff.rawValue].contains($0) }
            // The member of staff who wrote it, and their name as it was then (the detainee reads it).
            t.column("staff_id", .integer).references(KioskSchema.staff, onDelete: .setNull)
            t.column("staff_name", .text)
            t.column("kind", .text).notNull().check { EntryKind.allCases.map(\.rawValue).contains($0) }
            // Statuses for `status`, department ids for `forward`; NULL for the other kinds.
            t.column("from_value", .text)
            t.column("to_value", .text)
            // Cleaned text (`RequestValidation.isClean`), up to 4000 characters; may be empty for
            // `assigned` and for the status change a take or a first reply makes.
            t.column("text", .text).notNull()
            // Set for the detainee's replies: a second reply with the same key writes nothing.
            t.column("idempotency_key", .text)
            t.uniqueKey(["request_id", "idempotency_key"])
            t.check(sql: "author_kind = 'staff' OR (kind = 'message' AND staff_id IS NULL AND staff_name IS NULL)")
            t.check(sql: "author_kind = 'detainee' OR staff_name IS NOT NULL")
            t.check(sql: "(kind IN ('status', 'forward')) = (from_value IS NOT NULL AND to_value IS NOT NULL)")
            t.check(sql: "(from_value IS NULL) = (to_value IS NULL)")
        }
        try db.create(index: "request_entry_on_request", on: entry, columns: ["request_id"])
    }
}
