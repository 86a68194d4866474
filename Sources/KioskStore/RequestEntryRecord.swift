import Foundation
import GRDB
import KioskCore

/// One row of the `request_entry` table: a message, a note or a change in a request's thread.
struct RequestEntryRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    typealias AuthorKind = RequestSchema.AuthorKind
    typealias EntryKind = RequestSchema.EntryKind

    static let databaseTableName = RequestSchema.entry

    var id: Int64?
    var requestID: Int64
    var at: Date
    var authorKind: String
    var staffID: AccountID?
    var staffName: String?
    var kind: String
    var fromValue: String?
    var toValue: String?
    var text: String
    var key: String?

    enum CodingKeys: String, CodingKey {
        case id, at, kind, text
        case requestID = "request_id"
        case authorKind = "author_kind"
        case staffID = "staff_id"
        case staffName = "staff_name"
        case fromValue = "from_value"
        case toValue = "to_value"
        case key = "idempotency_key"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let requestID = Column(CodingKeys.requestID)
        static let key = Column(CodingKeys.key)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// A detainee's message, sent once under `key`.
    static func detaineeMessage(_ text: String, request: Int64, key: String, at: Date) -> RequestEntryRecord {
        RequestEntryRecord(
            id: nil, requestID: request, at: at, authorKind: AuthorKind.detainee.rawValue, staffID: nil, staffName: nil,
            kind: EntryKind.message.rawValue, fromValue: nil, toValue: nil, text: text, key: key)
    }

    /// An entry by a member of staff; `change` gives `from_value` and `to_value` for status
    /// changes and forwards.
    static func staff(_ kind: EntryKind, _ text: String, request: Int64, by member: RequestDeskMember, at: Date,
                      change: (from: String, to: String)? = nil) -> RequestEntryRecord {
        RequestEntryRecord(
            id: nil, requestID: request, at: at, authorKind: AuthorKind.staff.rawValue, staffID: member.id,
            staffName: member.name, kind: kind.rawValue, fromValue: change?.from, toValue: change?.to, text: text, key: nil)
    }

    /// The entry as the core knows it, its text and name cleaned again (a row slipped in by hand
    /// still prints harmless); nil for a kind or status this version does not know.
    var message: RequestMessage? {
        guard let id, let entryKind = EntryKind(rawValue: kind) else { return nil }
        let author: RequestMessage.Author
        switch AuthorKind(rawValue: authorKind) {
        case .detainee: author = .detainee
        case .staff: author = .staff(name: TextSanitizer.singleLine.clean(staffName ?? ""))
        case nil: return nil
        }
        let messageKind: RequestMessage.Kind
        switch entryKind {
        case .message: messageKind = .message
        case .note: messageKind = .internalNote
        case .assigned: messageKind = .assigned
        case .status:
            guard let from = fromValue.flatMap(RequestStatus.init(rawValue:)),
                  let to = toValue.flatMap(RequestStatus.init(rawValue:)) else { return nil }
            messageKind = .statusChanged(from: from, to: to)
        case .forward:
            guard let from = fromValue, let to = toValue else { return nil }
            messageKind = .forwarded(from: from, to: to)
        }
        return RequestMessage(id: id, at: at, author: author, kind: messageKind, text: TextSanitizer.multiLine.clean(text))
    }

    /// The thread of request `request`, oldest first; with `forDetainee`, only what the
    /// detainee may read (no internal notes, no assignments), decided in SQL.
    static func messages(request: Int64, forDetainee: Bool, in db: Database) throws -> [RequestMessage] {
        var sql = "SELECT * FROM \(RequestSchema.entry) WHERE request_id = ?"
        if forDetainee { sql += " AND kind IN \(EntryKind.detaineeVisibleSQL)" }
        sql += " ORDER BY id"
        return try RequestEntryRecord.fetchAll(db, sql: sql, arguments: [request])
            .compactMap(\.message)
            .filter { !forDetainee || $0.isForDetainee }
    }

    /// The entry of `request` written under the detainee's `key`, if any.
    static func find(key: String, request: Int64, in db: Database) throws -> RequestEntryRecord? {
        try RequestEntryRecord.filter(Columns.requestID == request && Columns.key == key).fetchOne(db)
    }

    /// The id of the request's last entry; 0 when it has none.
    static func lastID(request: Int64, in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(RequestSchema.entry) WHERE request_id = ?", arguments: [request]) ?? 0
    }
}
