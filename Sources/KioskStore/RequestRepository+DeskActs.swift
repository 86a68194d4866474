import Foundation
import GRDB
import KioskCore

/// What a department does to a request: take it, answer, note, forward, change its status.
extension RequestRepository {
    /// Applies `act` by member `login` and returns the fresh request, in one transaction with
    /// the audit line (`act.auditAction`, subject `request:<id>`, actor and terminal of
    /// `author`, the entries dated `author.at`).
    ///
    /// Refused with nothing written: a request that does not exist or is outside the member's
    /// departments (both worded alike), and what `RequestActPlan` refuses. A forwarded request
    /// goes back to `new` in the other department's queue with nobody assigned; the member who
    /// forwarded it gets it back as it stands after the forward (nothing they had not seen).
    /// Staff may still write on a finished request and reopen it by a status change; the
    /// service's open limit binds detainees, not staff.
    public func act(_ act: RequestStaffAct, on id: Int64, by author: ChangeAuthor, staff login: String) throws(StoreFailure)
        -> ChangeResult<StaffRequestThread> {
        try write { db -> ChangeResult<StaffRequestThread> in
            guard let member = try RequestDeskMember.find(login: login, in: db),
                  var record = try Self.deskRecord(id: id, for: member, in: db), let requestID = record.id else {
                return .refused(Self.notInQueues(id))
            }
            let catalog = try ServiceCatalogRecord.current(in: db)
            let plan: RequestActPlan
            do throws(RequestActPlan.Refusal) {
                plan = try RequestActPlan(act, on: record, by: member, catalog: catalog)
            } catch {
                return .refused(error.reason)
            }
            for entry in plan.entries {
                var row = RequestEntryRecord.staff(
                    entry.kind, entry.text, request: requestID, by: member, at: author.at, change: entry.change)
                try row.insert(db)
            }
            try record.updateChanges(db) { record in
                if let status = plan.status { record.status = status }
                if let department = plan.department { record.department = department }
                switch plan.assignee {
                case .keep: break
                case .set(let staff): record.assigneeID = staff
                case .clear: record.assigneeID = nil
                }
                if plan.reachesDetainee { record.updatedAt = author.at }
            }
            try AuditRepository.append(AuditEvent(
                at: author.at, actor: author.actor, terminal: author.terminal, action: act.auditAction,
                subject: "request:\(requestID)", detail: plan.auditDetail), in: db)
            return .done(try Self.staffThread(record, in: db))
        }
    }

    /// The refusal of an act on a request the member may not see, the same whether it exists
    /// in another department or not at all.
    static func notInQueues(_ id: Int64) -> String {
        "No request \(id) in your departments' queues"
    }
}
