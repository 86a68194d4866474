import Foundation
import GRDB
import KioskCore

/// One row of the `request` table.
struct RequestRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = RequestSchema.request

    var id: Int64?
    var detaineeID: AccountID
    var service: String
    var department: String
    var status: RequestStatus
    var assigneeID: AccountID?
    var sentAt: Date
    var updatedAt: Date
    /// `[String: RequestAnswer]` as JSON.
    var answers: String
    var key: String
    var seenEntryID: Int64

    enum CodingKeys: String, CodingKey {
        case id, service, department, status, answers
        case detaineeID = "detainee_id"
        case assigneeID = "assignee_id"
        case sentAt = "sent_at"
        case updatedAt = "updated_at"
        case key = "idempotency_key"
        case seenEntryID = "seen_entry_id"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let detaineeID = Column(CodingKeys.detaineeID)
        static let service = Column(CodingKeys.service)
        static let department = Column(CodingKeys.department)
        static let status = Column(CodingKeys.status)
        static let sentAt = Column(CodingKeys.sentAt)
        static let key = Column(CodingKeys.key)
    }

    /// A new request from `draft`, sent at `at` to `department`.
    init(_ draft: RequestDraft, detainee: AccountID, department: String, at: Date) throws {
        id = nil
        detaineeID = detainee
        service = draft.service
        self.department = department
        status = .new
        assigneeID = nil
        sentAt = at
        updatedAt = at
        answers = try Self.encode(draft.answers)
        key = draft.key
        seenEntryID = 0
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Inserts the row through one cached statement and takes its id: the same row as the
    /// record's own `insert`, without encoding every field through `Codable` inside the write
    /// lock that every cell waits for.
    mutating func insertRow(_ db: Database) throws {
        try Self.insertStatement(db).execute(arguments: [
            detaineeID, service, department, status.rawValue, assigneeID, StorageDateText.value(sentAt),
            StorageDateText.value(updatedAt), answers, key, seenEntryID,
        ])
        id = db.lastInsertedRowID
    }

    /// `insertRow`'s statement, compiled once per connection.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT INTO \(databaseTableName)
                (detainee_id, service, department, status, assignee_id, sent_at, updated_at, answers,
                 idempotency_key, seen_entry_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// The answers as the detainee gave them.
    func decodedAnswers() throws -> [String: RequestAnswer] {
        try JSONDecoder().decode([String: RequestAnswer].self, from: Data(answers.utf8))
    }

    /// The request as the detainee's list shows it, with `unread` entries not yet opened.
    func summary(unread: Int) -> RequestSummary {
        RequestSummary(id: id ?? 0, service: service, status: status, sentAt: sentAt, updatedAt: updatedAt, unread: unread)
    }

    /// `detainee`'s request with this id; nil when there is none or it is someone else's.
    static func find(id: Int64, detainee: AccountID, in db: Database) throws -> RequestRecord? {
        try RequestRecord.filter(Columns.id == id && Columns.detaineeID == detainee).fetchOne(db)
    }

    /// The request that `detainee` sent under `key`, if any.
    static func find(key: String, detainee: AccountID, in db: Database) throws -> RequestRecord? {
        let statement = try db.cachedStatement(
            sql: "SELECT * FROM \(databaseTableName) WHERE detainee_id = ? AND idempotency_key = ?")
        return try RequestRecord.fetchOne(statement, arguments: [detainee, key])
    }

    /// How many staff entries of request `requestAlias` (an alias of the `request` table) the
    /// detainee may read and has not opened yet: those after the request's `seen_entry_id`.
    static func unreadCount(_ requestAlias: String) -> String {
        """
        (SELECT COUNT(*) FROM \(RequestSchema.entry) e
         WHERE e.request_id = \(requestAlias).id AND e.author_kind = '\(RequestSchema.AuthorKind.staff.rawValue)'
           AND e.kind IN \(RequestSchema.EntryKind.detaineeVisibleSQL) AND e.id > \(requestAlias).seen_entry_id)
        """
    }

    /// Answers as stored: JSON with sorted keys, so the same answers always read the same.
    static func encode(_ answers: [String: RequestAnswer]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(answers), as: UTF8.self)
    }
}
