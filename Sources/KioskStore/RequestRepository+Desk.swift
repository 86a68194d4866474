import Foundation
import GRDB
import KioskCore

/// The departments' side (`RequestDesk`): queues and threads, for the member's departments only.
///
/// The member's departments are read in the transaction of each call, so a membership removed
/// a moment ago already hides the queue.
extension RequestRepository {
    /// The requests of `filter.department` that pass the filter, oldest sent first; empty when
    /// member `login` does not work that department.
    ///
    /// `olderThanDays` keeps requests sent at least that many whole days before `now`. The wing
    /// is the detainee's wing as announcements compute it (`AnnouncementRepository.wing(of:)`),
    /// compared upper-case; a detainee whose cell has no wing matches no wing filter. A request
    /// awaits an answer when the last entry the detainee may read is theirs.
    public func queue(_ filter: RequestQueueFilter, staff login: String, now: Date) throws(StoreFailure) -> [QueuedRequest] {
        let statuses = RequestStatus.allCases.filter(filter.admits).map(\.rawValue)
        var sql: SQL = """
            SELECT r.*, \(sql: Self.requesterColumns), \(sql: Self.assigneeColumns),
                   (SELECT e.author_kind FROM \(sql: RequestSchema.entry) e
                    WHERE e.request_id = r.id AND e.kind IN \(sql: RequestSchema.EntryKind.detaineeVisibleSQL)
                    ORDER BY e.id DESC LIMIT 1) = \(RequestSchema.AuthorKind.detainee.rawValue) AS awaits_answer
            FROM \(sql: RequestSchema.request) r
            \(sql: Self.requesterJoins)
            WHERE r.department = \(filter.department) AND r.status IN \(statuses)
            """
        if filter.olderThanDays > 0 {
            sql += " AND r.sent_at <= \(now.addingTimeInterval(-Double(filter.olderThanDays) * 86_400))"
        }
        if let assignee = filter.assignee {
            sql += " AND (r.assignee_id IS NULL OR a.login = \(assignee))"
        }
        sql += " ORDER BY r.sent_at, r.id"
        let request = SQLRequest<Row>(literal: sql)
        let wing = filter.wing.trimmingCharacters(in: .whitespaces).uppercased()
        return try read { db -> [QueuedRequest] in
            guard let member = try RequestDeskMember.find(login: login, in: db), member.works(filter.department) else {
                return []
            }
            return try request.fetchAll(db).compactMap { row -> QueuedRequest? in
                let record = try RequestRecord(row: row)
                let requester = Self.requester(row)
                guard wing.isEmpty || requester.wing == wing, let id = record.id else { return nil }
                return QueuedRequest(
                    id: id, service: record.service, status: record.status, sentAt: record.sentAt,
                    updatedAt: record.updatedAt, requester: requester, assignee: Self.assignee(row),
                    awaitsAnswer: row["awaits_answer"] ?? false)
            }
        }
    }

    /// A request of one of member `login`'s departments with its whole thread, internal notes
    /// and assignments included; nil otherwise (another department's request reads as one that
    /// does not exist).
    public func staffRequest(id: Int64, staff login: String) throws(StoreFailure) -> StaffRequestThread? {
        try read { db -> StaffRequestThread? in
            guard let member = try RequestDeskMember.find(login: login, in: db),
                  let record = try Self.deskRecord(id: id, for: member, in: db) else { return nil }
            return try Self.staffThread(record, in: db)
        }
    }

    // MARK: - Helpers

    /// Request `id` when it is in one of `member`'s departments; nil otherwise.
    static func deskRecord(id: Int64, for member: RequestDeskMember, in db: Database) throws -> RequestRecord? {
        guard let record = try RequestRecord.fetchOne(db, key: id), member.works(record.department) else { return nil }
        return record
    }

    /// The request as its department sees it: the whole thread, who sent it and who has it.
    static func staffThread(_ record: RequestRecord, in db: Database) throws -> StaffRequestThread {
        let row = try Row.fetchOne(db, sql: """
            SELECT \(requesterColumns), \(assigneeColumns)
            FROM \(RequestSchema.request) r \(requesterJoins)
            WHERE r.id = ?
            """, arguments: [record.id])
        let thread = RequestThread(
            summary: try summary(of: record, in: db), department: record.department, answers: try record.decodedAnswers(),
            messages: try RequestEntryRecord.messages(request: record.id ?? 0, forDetainee: false, in: db))
        return StaffRequestThread(
            thread: thread, requester: row.map(requester) ?? RequestRequester(number: "", name: "", cell: "", wing: ""),
            assignee: row.flatMap(assignee))
    }

    /// The detainee's and the assignee's columns, from `requesterJoins`.
    private static let requesterColumns =
        "d.number AS requester_number, d.name AS requester_name, d.cell AS requester_cell"
    private static let assigneeColumns = "a.login AS assignee_login, a.name AS assignee_name"
    /// Joins the detainee (`d`) and the assignee (`a`) to request `r`.
    private static let requesterJoins = """
        JOIN \(KioskSchema.detainee) d ON d.id = r.detainee_id
        LEFT JOIN \(KioskSchema.staff) a ON a.id = r.assignee_id
        """

    /// The detainee who sent the request, with their wing as announcements compute it.
    private static func requester(_ row: Row) -> RequestRequester {
        let number: String = row["requester_number"] ?? ""
        let name: String = row["requester_name"] ?? ""
        let cell: String = row["requester_cell"] ?? ""
        let account = DetaineeAccount(id: 0, number: number, name: name, language: .en, cell: cell)
        return RequestRequester(number: number, name: name, cell: cell, wing: AnnouncementRepository.wing(of: account) ?? "")
    }

    private static func assignee(_ row: Row) -> StaffName? {
        guard let login: String = row["assignee_login"], let name: String = row["assignee_name"] else { return nil }
        return StaffName(login: login, name: name)
    }
}
