import Foundation
import GRDB
import KioskCore

/// One row of the `announcement` table.
struct AnnouncementRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = AnnouncementSchema.table

    var id: Int64?
    var text: String
    var startsAt: Date
    var endsAt: Date?
    var targetKind: String
    var targetValue: String
    var createdAt: Date
    var createdBy: String
    var withdrawnAt: Date?
    var withdrawnBy: String?

    enum CodingKeys: String, CodingKey {
        case id, text
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case targetKind = "target_kind"
        case targetValue = "target_value"
        case createdAt = "created_at"
        case createdBy = "created_by"
        case withdrawnAt = "withdrawn_at"
        case withdrawnBy = "withdrawn_by"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let startsAt = Column(CodingKeys.startsAt)
        static let endsAt = Column(CodingKeys.endsAt)
        static let targetKind = Column(CodingKeys.targetKind)
        static let targetValue = Column(CodingKeys.targetValue)
        static let withdrawnAt = Column(CodingKeys.withdrawnAt)
    }

    init(_ announcement: Announcement) {
        id = announcement.id == 0 ? nil : announcement.id
        text = announcement.text
        startsAt = announcement.startsAt
        endsAt = announcement.endsAt
        (targetKind, targetValue) = announcement.target.stored
        createdAt = announcement.createdAt
        createdBy = announcement.createdBy
        withdrawnAt = announcement.withdrawnAt
        withdrawnBy = announcement.withdrawnBy
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The announcement as callers see it, its text cleaned again: a row slipped in by hand still
    /// prints harmless. A target this version does not know reaches no one (`nil`).
    var announcement: Announcement? {
        guard let target = Announcement.Target(kind: targetKind, value: targetValue) else { return nil }
        return Announcement(
            id: id ?? 0, text: Announcement.clean(text), startsAt: startsAt, endsAt: endsAt, target: target,
            createdAt: createdAt, createdBy: createdBy, withdrawnAt: withdrawnAt, withdrawnBy: withdrawnBy)
    }
}

extension Announcement {
    /// Announcement text made harmless: `TextSanitizer.multiLine`, tabs as spaces (the screen
    /// would drop them), surrounding blanks trimmed.
    ///
    /// Not capped to `maximumLength`: the repository refuses longer text rather than cut it.
    static func clean(_ text: String) -> String {
        TextSanitizer.multiLine.clean(text)
            .replacingOccurrences(of: "\t", with: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension Announcement.Target {
    /// The `target_kind` and `target_value` columns.
    var stored: (kind: String, value: String) {
        switch self {
        case .everyone: ("everyone", "")
        case .wing(let wing): ("wing", wing)
        case .language(let language): ("language", language.rawValue)
        }
    }

    init?(kind: String, value: String) {
        switch kind {
        case "everyone": self = .everyone
        case "wing": self = .wing(value)
        case "language":
            guard let language = Language(rawValue: value) else { return nil }
            self = .language(language)
        default: return nil
        }
    }
}
