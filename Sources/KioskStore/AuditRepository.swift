import Foundation
import GRDB
import KioskCore

/// The SQLite implementation of the core's `AuditLog`, plus the queries staff and exports need.
///
/// Appends are committed with `synchronous=FULL` like every write of `KioskDatabase`; the
/// table's triggers refuse any change to what is written. Text is cleaned on the way in and on
/// the way out (`AuditEventRecord`): detainees choose much of what ends up here.
public struct AuditRepository: AuditLog {
    public let database: KioskDatabase

    /// The first line of every CSV export.
    public static let csvHeader = ["at", "actor", "terminal", "action", "subject", "detail"]

    public init(database: KioskDatabase) {
        self.database = database
    }

    // MARK: - AuditLog

    /// Appends one event; the port's form of `append`.
    public func record(_ event: AuditEvent) throws(StoreFailure) {
        do { try append(event) } catch { throw error.failure }
    }

    /// Appends one event, with SQLite's words when the disk refuses.
    public func append(_ event: AuditEvent) throws(StoreError) {
        try database.write { db in try Self.append(event, in: db) }
    }

    /// Appends inside a transaction another repository holds, so a change and its audit line
    /// are committed together or not at all.
    static func append(_ event: AuditEvent, in db: Database) throws {
        var record = AuditEventRecord(event)
        try record.insert(db)
    }

    // MARK: - Queries

    /// The events that match, newest first, `filter.limit` at most after `filter.offset`.
    public func events(matching filter: AuditFilter) throws(StoreError) -> [AuditEvent] {
        let request = Self.request(filter)
            .order(AuditEventRecord.Columns.at.desc, AuditEventRecord.Columns.id.desc)
            .limit(max(0, filter.limit), offset: max(0, filter.offset))
        return try database.read { db in try request.fetchAll(db).map(\.event) }
    }

    /// How many events match, whatever the filter's limit and offset.
    public func count(matching filter: AuditFilter) throws(StoreError) -> Int {
        let request = Self.request(filter)
        return try database.read { db in try request.fetchCount(db) }
    }

    /// The events from `since` (included) to `until` (excluded, or now) as RFC 4180 CSV, oldest
    /// first, times in ISO 8601 UTC with milliseconds.
    ///
    /// Starts with `csvHeader`; an empty range gives the header alone.
    public func csv(since: Date, until: Date? = nil) throws(StoreError) -> String {
        let request = Self.request(AuditFilter(since: since, until: until))
            .order(AuditEventRecord.Columns.at.asc, AuditEventRecord.Columns.id.asc)
        return try database.read { db in
            var text = CSVWriter.row(Self.csvHeader)
            let records = try request.fetchCursor(db)
            while let record = try records.next() {
                text += CSVWriter.row(Self.csvFields(record.event))
            }
            return text
        }
    }

    // MARK: - Helpers

    static let timeFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    static func csvFields(_ event: AuditEvent) -> [String] {
        [timeFormat.format(event.at), event.actor, event.terminal, event.action, event.subject, event.detail]
    }

    /// The rows a filter selects, unordered and unlimited.
    ///
    /// Filter texts are cleaned like stored ones, so they compare with what was written; a text
    /// that cleans to nothing filters nothing.
    static func request(_ filter: AuditFilter) -> QueryInterfaceRequest<AuditEventRecord> {
        typealias Columns = AuditEventRecord.Columns
        typealias Cap = AuditEventRecord.Cap
        var request = AuditEventRecord.all()
        if let since = filter.since {
            request = request.filter(Columns.at >= since)
        }
        if let until = filter.until {
            request = request.filter(Columns.at < until)
        }
        if let actor = cleaned(filter.actor, cap: Cap.actor) {
            request = request.filter(Columns.actor == actor)
        }
        if let prefix = cleaned(filter.actionPrefix, cap: Cap.action) {
            // substr counts characters as Swift counts scalars; unlike LIKE, no wildcards and
            // no case folding.
            request = request.filter(
                sql: "substr(action, 1, ?) = ?", arguments: [prefix.unicodeScalars.count, prefix])
        }
        if let text = cleaned(filter.text, cap: Cap.detail) {
            let pattern = "%" + likeEscaped(text) + "%"
            request = request.filter(
                sql: "(subject LIKE ? ESCAPE '\\' OR detail LIKE ? ESCAPE '\\')", arguments: [pattern, pattern])
        }
        return request
    }

    private static func cleaned(_ text: String?, cap: Int) -> String? {
        guard let text else { return nil }
        let clean = AuditEventRecord.clean(text, cap: cap)
        return clean.isEmpty ? nil : clean
    }

    /// `text` with LIKE's wildcards and the escape character taken literally.
    static func likeEscaped(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { escaped.append("\\") }
            escaped.append(scalar)
        }
        return String(escaped)
    }
}
