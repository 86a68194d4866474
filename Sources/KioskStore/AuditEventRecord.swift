import Foundation
import GRDB
import KioskCore

/// One row of the `audit_event` table, cleaned of hostile text both ways.
///
/// Every field passes `TextSanitizer.singleLine` rules with its own length cap when it is
/// written, and again when it is read, so a row slipped in with raw SQL is still harmless.
struct AuditEventRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = AuditSchema.table

    var id: Int64?
    var at: Date
    var actor: String
    var terminal: String
    var action: String
    var subject: String
    var detail: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let at = Column(CodingKeys.at)
        static let actor = Column(CodingKeys.actor)
        static let action = Column(CodingKeys.action)
    }

    /// Longest value kept per field, in Unicode scalars; the rest is cut.
    enum Cap {
        static let actor = 128
        static let terminal = 64
        static let action = 64
        /// Room for a long URL.
        static let subject = 2_000
        static let detail = 2_000
    }

    /// Single-line cleaning (newlines and tabs become spaces) with a length cap.
    static func clean(_ text: String, cap: Int) -> String {
        var sanitizer = TextSanitizer.singleLine
        sanitizer.maxLength = cap
        return sanitizer.clean(text)
    }

    init(_ event: AuditEvent) {
        id = nil
        at = event.at
        actor = Self.clean(event.actor, cap: Cap.actor)
        terminal = Self.clean(event.terminal, cap: Cap.terminal)
        action = Self.clean(event.action, cap: Cap.action)
        subject = Self.clean(event.subject, cap: Cap.subject)
        detail = Self.clean(event.detail, cap: Cap.detail)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The event as the core knows it, cleaned again.
    var event: AuditEvent {
        AuditEventRecord(stored).stored
    }

    /// The fields exactly as they are in the row.
    private var stored: AuditEvent {
        AuditEvent(at: at, actor: actor, terminal: terminal, action: action, subject: subject, detail: detail)
    }
}
