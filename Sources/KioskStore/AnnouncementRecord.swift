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

/// A message staff publish for the home screens of everyone, one wing or one language.
///
/// Shown from `startsAt` (included) to `endsAt` (excluded, or until withdrawn when nil).
/// Never deleted: a withdrawn announcement keeps who withdrew it and when.
public struct Announcement: Equatable, Sendable {
    /// Longest text, in characters, after cleaning.
    public static let maximumLength = 1_000

    public var id: Int64
    public var text: String
    public var startsAt: Date
    public var endsAt: Date?
    public var target: Target
    public var createdAt: Date
    public var createdBy: String
    public var withdrawnAt: Date?
    public var withdrawnBy: String?

    public init(
        id: Int64, text: String, startsAt: Date, endsAt: Date?, target: Target, createdAt: Date, createdBy: String,
        withdrawnAt: Date? = nil, withdrawnBy: String? = nil
    ) {
        self.id = id
        self.text = text
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.target = target
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.withdrawnAt = withdrawnAt
        self.withdrawnBy = withdrawnBy
    }

    /// Where an announcement stands at `now`; withdrawn wins over every date.
    public func status(at now: Date) -> Status {
        if withdrawnAt != nil { return .withdrawn }
        if now < startsAt { return .scheduled }
        if let endsAt, endsAt <= now { return .ended }
        return .showing
    }

    /// Announcement text made harmless: `TextSanitizer.multiLine`, tabs as spaces (the screen
    /// would drop them), surrounding blanks trimmed.
    ///
    /// Not capped to `maximumLength`: the repository refuses longer text rather than cut it.
    static func clean(_ text: String) -> String {
        TextSanitizer.multiLine.clean(text)
            .replacingOccurrences(of: "\t", with: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Who sees an announcement.
    public enum Target: Equatable, Hashable, Sendable, CustomStringConvertible {
        case everyone
        /// Detainees whose cell is in this wing (see `AnnouncementRepository.wing(of:)`).
        case wing(String)
        /// Detainees whose account is in this language.
        case language(Language)

        /// `everyone`, `wing A`, `language nl`.
        public var description: String {
            switch self {
            case .everyone: "everyone"
            case .wing(let wing): "wing \(wing)"
            case .language(let language): "language \(language.rawValue)"
            }
        }

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

    /// Where an announcement stands at a given moment.
    public enum Status: String, Equatable, Sendable {
        /// Starts later.
        case scheduled
        /// On home screens now.
        case showing
        /// Its end has passed.
        case ended
        /// Taken down by staff, whatever its dates.
        case withdrawn
    }
}
