import Foundation
import GRDB
import KioskCore

/// The stored announcements: staff publish and withdraw them, home screens show the current ones.
///
/// Every publish and withdraw is written to the audit log in the same transaction, so a change
/// and its audit line are committed together or not at all. Rows are never deleted.
/// Changes fail with an `AnnouncementError` worded for the member of staff; reads only fail in
/// storage (`StoreError`).
public struct AnnouncementRepository: Sendable {
    /// The terminal of audit lines written from shell commands.
    public static let cliTerminal = "admin-cli"
    /// Most announcements a home screen shows.
    public static let homeLimit = 5
    public static let maximumAuthorLength = 100
    /// Wings are 1 to 4 letters or digits.
    public static let wingLength = 1...4

    public let database: KioskDatabase
    /// The terminal named in audit lines: `admin-cli`, or a supervisor terminal's name.
    public let terminal: String

    public init(database: KioskDatabase, terminal: String = cliTerminal) {
        self.database = database
        self.terminal = terminal
    }

    // MARK: - Changes

    /// Publishes an announcement shown from `startsAt` (included) until `endsAt` (excluded), or
    /// until withdrawn when `endsAt` is nil.
    ///
    /// The text is cleaned (`TextSanitizer.multiLine`, tabs as spaces, trimmed) and must then
    /// hold 1 to 1000 characters; a wing is stored upper-case. `endsAt` must be later than both
    /// `startsAt` and `now`: an announcement that can never show is a typing mistake.
    @discardableResult
    public func publish(
        text: String, startsAt: Date, endsAt: Date? = nil, target: Announcement.Target, by author: String,
        now: Date = Date()
    ) throws(AnnouncementError) -> Announcement {
        let text = try Self.text(text)
        let target = try Self.target(target)
        let author = try Self.author(author)
        if let endsAt {
            guard endsAt > startsAt else { throw .endsBeforeStart }
            guard endsAt > now else { throw .alreadyEnded }
        }
        var record = AnnouncementRecord(Announcement(
            id: 0, text: text, startsAt: startsAt, endsAt: endsAt, target: target, createdAt: now, createdBy: author))
        let terminal = terminal
        let stored = try write { db -> AnnouncementRecord? in
            try record.insert(db)
            let id = record.id ?? db.lastInsertedRowID
            try AuditRepository.append(AuditEvent(
                at: now, actor: author, terminal: terminal, action: "announcement.published",
                subject: String(id), detail: Self.auditDetail(record)), in: db)
            return try AnnouncementRecord.fetchOne(db, key: id)
        }
        guard let announcement = stored?.announcement else { throw .storage(Self.vanished) }
        return announcement
    }

    /// Withdraws an announcement at `now`: from then on no home screen shows it.
    ///
    /// Refused for an unknown id or one already withdrawn (the first withdrawal is kept).
    @discardableResult
    public func withdraw(id: Int64, by author: String, now: Date = Date()) throws(AnnouncementError) -> Announcement {
        let author = try Self.author(author)
        enum Outcome { case withdrawn(AnnouncementRecord?), notFound, alreadyWithdrawn }
        let terminal = terminal
        let outcome = try write { db -> Outcome in
            guard var record = try AnnouncementRecord.fetchOne(db, key: id) else { return .notFound }
            guard record.withdrawnAt == nil else { return .alreadyWithdrawn }
            try record.updateChanges(db) {
                $0.withdrawnAt = now
                $0.withdrawnBy = author
            }
            try AuditRepository.append(AuditEvent(
                at: now, actor: author, terminal: terminal, action: "announcement.withdrawn",
                subject: String(id), detail: Self.auditDetail(record)), in: db)
            return .withdrawn(try AnnouncementRecord.fetchOne(db, key: id))
        }
        switch outcome {
        case .withdrawn(let record):
            guard let announcement = record?.announcement else { throw .storage(Self.vanished) }
            return announcement
        case .notFound: throw .notFound(id)
        case .alreadyWithdrawn: throw .alreadyWithdrawn(id)
        }
    }

    // MARK: - Reads

    /// Every announcement with its status at `now`, newest start first; withdrawn ones only
    /// when `includeWithdrawn`.
    public func list(includeWithdrawn: Bool = false, now: Date = Date()) throws(StoreError) -> [Entry] {
        var request = AnnouncementRecord.all()
        if !includeWithdrawn {
            request = request.filter(AnnouncementRecord.Columns.withdrawnAt == nil)
        }
        request = request.order(AnnouncementRecord.Columns.startsAt.desc, AnnouncementRecord.Columns.id.desc)
        let records = try database.read { db in try request.fetchAll(db) }
        return records.compactMap(\.announcement).map { Entry(announcement: $0, status: $0.status(at: now)) }
    }

    /// The texts `detainee`'s home screen shows at `now`: announcements showing (started, not
    /// ended, not withdrawn) for everyone, the detainee's wing or the detainee's language;
    /// newest start first, `homeLimit` at most.
    public func current(for detainee: DetaineeAccount, now: Date = Date()) throws(StoreError) -> [String] {
        typealias Columns = AnnouncementRecord.Columns
        var audience = Columns.targetKind == "everyone"
            || (Columns.targetKind == "language" && Columns.targetValue == detainee.language.rawValue)
        if let wing = Self.wing(of: detainee) {
            audience = audience || (Columns.targetKind == "wing" && Columns.targetValue == wing)
        }
        let request = AnnouncementRecord
            .filter(Columns.withdrawnAt == nil)
            .filter(Columns.startsAt <= now)
            .filter(Columns.endsAt == nil || Columns.endsAt > now)
            .filter(audience)
            .order(Columns.startsAt.desc, Columns.id.desc)
            .limit(Self.homeLimit)
        let records = try database.read { db in try request.fetchAll(db) }
        return records.compactMap(\.announcement?.text).filter { !$0.isEmpty }
    }

    /// The wing of a detainee: the part of their cell before the first `-`, upper-cased
    /// (`A-101` → `A`, `b2-014` → `B2`; a cell without `-` is its own wing).
    ///
    /// Nil when that part is empty or is not 1 to 4 letters or digits: such a detainee sees no
    /// wing's announcements, only those for everyone and for their language.
    public static func wing(of detainee: DetaineeAccount) -> String? {
        let cell = detainee.cell.trimmingCharacters(in: .whitespaces)
        let prefix = cell.prefix { $0 != "-" }
        return try? wing(String(prefix))
    }

    /// An announcement with where it stands at the moment of the listing.
    public struct Entry: Equatable, Sendable {
        public var announcement: Announcement
        public var status: Announcement.Status

        public init(announcement: Announcement, status: Announcement.Status) {
            self.announcement = announcement
            self.status = status
        }
    }

    // MARK: - Validation

    static func text(_ value: String) throws(AnnouncementError) -> String {
        let cleaned = Announcement.clean(value)
        guard !cleaned.isEmpty else { throw .emptyText }
        guard cleaned.count <= Announcement.maximumLength else { throw .textTooLong(cleaned.count) }
        return cleaned
    }

    static func target(_ target: Announcement.Target) throws(AnnouncementError) -> Announcement.Target {
        guard case .wing(let name) = target else { return target }
        return .wing(try wing(name))
    }

    /// 1 to 4 ASCII letters or digits, upper-cased.
    static func wing(_ value: String) throws(AnnouncementError) -> String {
        let wing = value.trimmingCharacters(in: .whitespaces).uppercased()
        let allowed = wing.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        guard wingLength.contains(wing.unicodeScalars.count), allowed else {
            throw .invalidWing(TextSanitizer.singleLine.clean(value))
        }
        return wing
    }

    private static func author(_ value: String) throws(AnnouncementError) -> String {
        let cleaned = TextSanitizer.singleLine.clean(value).trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty, cleaned.count <= maximumAuthorLength else { throw .invalidAuthor }
        return cleaned
    }

    // MARK: - Audit

    /// Characters of the text quoted in an audit line: enough to recognise it, no more.
    static let excerptLength = 40

    /// `target wing A; from 2026-03-01T08:00:00Z until open; text "Library open…"`.
    static func auditDetail(_ record: AnnouncementRecord) -> String {
        let format = Date.ISO8601FormatStyle(timeZone: .gmt)
        let (kind, value) = (record.targetKind, record.targetValue)
        let target = value.isEmpty ? kind : "\(kind) \(value)"
        let until = record.endsAt.map { $0.formatted(format) } ?? "open"
        return "target \(target); from \(record.startsAt.formatted(format)) until \(until); text \"\(excerpt(record.text))\""
    }

    /// The start of `text` on one line, cut at `excerptLength` characters with `…`.
    static func excerpt(_ text: String) -> String {
        let line = TextSanitizer.singleLine.clean(text)
        guard line.count > excerptLength else { return line }
        return String(line.prefix(excerptLength - 1)) + "…"
    }

    // MARK: - Access

    /// A row just written could not be read back in its own transaction: never expected.
    private static let vanished = StoreError(.unavailable, detail: "announcement not found after writing it")

    /// Writes in one transaction, committed with `synchronous=FULL`.
    private func write<T>(_ body: (Database) throws -> T) throws(AnnouncementError) -> T {
        do { return try database.write(body) } catch { throw .storage(error) }
    }
}

/// Why an announcement was not published or withdrawn, worded for the member of staff.
public enum AnnouncementError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing is left of the text once cleaned.
    case emptyText
    /// The cleaned text has this many characters, more than `Announcement.maximumLength`.
    case textTooLong(Int)
    case endsBeforeStart
    /// The end is not later than now: it would never show.
    case alreadyEnded
    /// Not 1 to 4 letters or digits (shown cleaned).
    case invalidWing(String)
    case invalidAuthor
    case notFound(Int64)
    case alreadyWithdrawn(Int64)
    /// The database refused; `StoreError.detail` has SQLite's words.
    case storage(StoreError)

    public var description: String {
        switch self {
        case .emptyText:
            "The announcement text must not be empty"
        case .textTooLong(let count):
            "The announcement text has \(count) characters; at most \(Announcement.maximumLength) are allowed"
        case .endsBeforeStart:
            "The end of an announcement must be later than its start"
        case .alreadyEnded:
            "The end of an announcement must be in the future"
        case .invalidWing(let wing):
            "Wing \"\(wing)\" must be 1 to 4 letters or digits"
        case .invalidAuthor:
            "The author of a change must be 1 to \(AnnouncementRepository.maximumAuthorLength) characters"
        case .notFound(let id):
            "No announcement \(id)"
        case .alreadyWithdrawn(let id):
            "Announcement \(id) is already withdrawn"
        case .storage(let error):
            error.description
        }
    }
}
