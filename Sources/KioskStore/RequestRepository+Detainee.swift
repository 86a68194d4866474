import Foundation
import GRDB
import KioskCore

/// The detainee's side (`RequestStore`): their list, sending, opening and replying.
///
/// Every query is keyed by the detainee's id, so a request of someone else, or an idempotency
/// key someone else used, reads exactly as one that does not exist.
extension RequestRepository {
    /// The detainee's requests, most recently updated first (then the latest sent), each with
    /// the staff entries they have not opened yet.
    public func requests(detainee: AccountID) throws(StoreFailure) -> [RequestSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*, \(RequestRecord.unreadCount("r")) AS unread
                FROM \(RequestSchema.request) r
                WHERE r.detainee_id = ?
                ORDER BY r.updated_at DESC, r.id DESC
                """, arguments: [detainee])
            .map { row in try RequestRecord(row: row).summary(unread: row["unread"]) }
        }
    }

    /// Readies this process's writing connection for `submit`, outside any transaction and
    /// without the write lock: compiles the statements a submission runs and reads what it
    /// reads (the detainee's key look-up, the catalogue), so that a session's first submission
    /// holds the lock that every cell's submissions queue for no longer than its next ones.
    /// Nothing is written.
    public func prepareToSubmit(detainee: AccountID) throws(StoreFailure) {
        do {
            try database.writeWithoutTransaction { db in
                _ = try RequestRecord.find(key: "", detainee: detainee, in: db)
                _ = try ServiceCatalogRecord.current(in: db)
                _ = try RequestRecord.insertStatement(db)
            }
        } catch {
            throw error.failure
        }
    }

    /// Checks `draft` against the stored catalogue and commits it as a new request to the
    /// service's department.
    ///
    /// In one write transaction, in this order: a key this detainee already used answers with
    /// that first request as it stands (nothing written, whatever the draft holds now); a
    /// service the catalogue does not have is `.unknownService`; a key that is not 1 to 128
    /// printable ASCII characters is `.invalid(field: "")` (no field id is empty); an answer
    /// that breaks the form is `.invalid(field:)`; with the service's open limit reached
    /// (counting this detainee's open requests to it), `.limitReached` names the latest sent of
    /// them. Text answers are stored as given: the form checked them clean, and the check above
    /// refuses any that is not.
    public func submit(_ draft: RequestDraft, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestSubmission {
        try write { db -> RequestSubmission in
            if let first = try RequestRecord.find(key: draft.key, detainee: detainee, in: db) {
                return .sent(try Self.summary(of: first, in: db))
            }
            let catalog = try ServiceCatalogRecord.current(in: db)
            guard let service = catalog.service(draft.service) else { return .unknownService }
            guard Self.isUsableKey(draft.key) else { return .invalid(field: "") }
            if let field = RequestValidation.invalidField(draft.answers, for: service) { return .invalid(field: field) }
            if let limit = service.openLimit {
                let open = try Self.openRequests(service: service.id, detainee: detainee, in: db)
                if open.count >= limit, let latest = open.first { return .limitReached(open: latest) }
            }
            var record = try RequestRecord(draft, detainee: detainee, department: service.department, at: at)
            try record.insertRow(db)
            return .sent(record.summary(unread: 0))
        }
    }

    /// One of the detainee's requests with what they may read of its thread, and marks
    /// everything in it read; nil when the detainee has no such request.
    ///
    /// On a disk that refuses writes the request is still shown, its entries left unread.
    public func openRequest(id: Int64, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestThread? {
        do {
            return try database.write { db in
                guard var record = try RequestRecord.find(id: id, detainee: detainee, in: db) else { return nil }
                try Self.markSeen(&record, in: db)
                return try Self.detaineeThread(record, in: db)
            }
        } catch where error.failure == .notWritable {
            return try read { db in
                guard let record = try RequestRecord.find(id: id, detainee: detainee, in: db) else { return nil }
                return try Self.detaineeThread(record, in: db)
            }
        } catch {
            throw error.failure
        }
    }

    /// Adds the detainee's message to their request once per `key`, marks the thread read and
    /// returns it; nil when the detainee has no such request.
    ///
    /// A key already used on this request returns the thread and writes nothing, even if the
    /// request has finished since. Otherwise the message is refused, and the thread returned as
    /// it stands with nothing written, when its text is empty, longer than 4000 characters or
    /// not clean, when the key is not usable, or when the request is finished (declined,
    /// rejected or closed): nobody works a finished request, so a message there would go
    /// unread; the detainee sends a new request instead. Replying does not change
    /// `updatedAt`, which follows staff.
    public func reply(to id: Int64, text: String, key: String, detainee: AccountID, at: Date) throws(StoreFailure)
        -> RequestThread? {
        try write { db -> RequestThread? in
            guard var record = try RequestRecord.find(id: id, detainee: detainee, in: db), let requestID = record.id else {
                return nil
            }
            let isRetry = try RequestEntryRecord.find(key: key, request: requestID, in: db) != nil
            if !isRetry && record.status.isOpen && Self.isUsableKey(key) && Self.textProblem(text) == nil {
                var entry = RequestEntryRecord.detaineeMessage(text, request: requestID, key: key, at: at)
                try entry.insert(db)
            }
            try Self.markSeen(&record, in: db)
            return try Self.detaineeThread(record, in: db)
        }
    }

    /// Every staff entry the detainee may read and has not opened, over all their requests
    /// (the home screen's count).
    func unreadCount(detainee: AccountID) throws(StoreError) -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COALESCE(SUM(\(RequestRecord.unreadCount("r"))), 0)
                FROM \(RequestSchema.request) r WHERE r.detainee_id = ?
                """, arguments: [detainee]) ?? 0
        }
    }

    // MARK: - Helpers

    /// The ids of the detainee's open requests to `service`, latest sent first.
    private static func openRequests(service: String, detainee: AccountID, in db: Database) throws -> [Int64] {
        let open = RequestStatus.allCases.filter(\.isOpen).map(\.rawValue)
        return try RequestRecord
            .select(RequestRecord.Columns.id)
            .filter(RequestRecord.Columns.detaineeID == detainee && RequestRecord.Columns.service == service)
            .filter(open.contains(RequestRecord.Columns.status))
            .order(RequestRecord.Columns.sentAt.desc, RequestRecord.Columns.id.desc)
            .asRequest(of: Int64.self)
            .fetchAll(db)
    }

    /// Moves the request's `seen_entry_id` to its last entry, writing only when it moves.
    private static func markSeen(_ record: inout RequestRecord, in db: Database) throws {
        guard let id = record.id else { return }
        let last = try RequestEntryRecord.lastID(request: id, in: db)
        guard last > record.seenEntryID else { return }
        try record.updateChanges(db) { $0.seenEntryID = last }
    }

    /// The request as the detainee's list shows it.
    static func summary(of record: RequestRecord, in db: Database) throws -> RequestSummary {
        let unread = try Int.fetchOne(db, sql: """
            SELECT \(RequestRecord.unreadCount("r")) FROM \(RequestSchema.request) r WHERE r.id = ?
            """, arguments: [record.id]) ?? 0
        return record.summary(unread: unread)
    }

    /// The request as the detainee may read it: no internal notes, no assignments.
    static func detaineeThread(_ record: RequestRecord, in db: Database) throws -> RequestThread {
        RequestThread(
            summary: try summary(of: record, in: db), department: record.department, answers: try record.decodedAnswers(),
            messages: try RequestEntryRecord.messages(request: record.id ?? 0, forDetainee: true, in: db))
    }
}
