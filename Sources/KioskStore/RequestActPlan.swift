import Foundation
import KioskCore

/// What a staff act will write on a request, decided before anything is written: the thread
/// entries, the request's new status, department and assignee, and the audit line's detail.
///
/// Building the plan is where an act is refused; applying it cannot be.
struct RequestActPlan {
    /// Why an act is refused, worded for the member of staff.
    struct Refusal: Error {
        var reason: String
    }

    /// One thread entry to write.
    struct Entry {
        var kind: RequestSchema.EntryKind
        var text: String
        var change: (from: String, to: String)?
    }

    enum AssigneeChange: Equatable {
        case keep
        case set(AccountID)
        case clear
    }

    var entries: [Entry] = []
    var status: RequestStatus?
    var department: String?
    var assignee: AssigneeChange = .keep
    /// Says which department, status and assignee; never the words of a message, a note or a
    /// reason (they can be medical).
    var auditDetail: String

    /// Whether the detainee will read something new from staff (then `updated_at` moves).
    var reachesDetainee: Bool {
        entries.contains { $0.kind.isForDetainee }
    }

    /// The plan for `act` on `request` by `member` (who works the request's department),
    /// forwarding only to a department of `catalog`.
    ///
    /// Refused: a text or reason that is empty, longer than 4000 characters or not clean;
    /// taking a request the member already has; forwarding a finished request, to its own
    /// department or to one the catalogue does not have; setting the status it has, or `new`
    /// (a request is new only when sent or forwarded).
    init(_ act: RequestStaffAct, on request: RequestRecord, by member: RequestDeskMember, catalog: ServiceCatalog)
        throws(Refusal) {
        let id = request.id ?? 0
        auditDetail = request.department
        switch act {
        case .take:
            guard request.assigneeID != member.id else { throw Refusal(reason: "Request \(id) is already yours") }
            entries.append(Entry(kind: .assigned, text: ""))
            assignee = .set(member.id)
            auditDetail += ", assigned to \(member.login)"
            startWork(request)
        case .reply(let text):
            try Self.check(text, named: "message")
            startWork(request)
            entries.append(Entry(kind: .message, text: text))
        case .note(let text):
            try Self.check(text, named: "note")
            entries.append(Entry(kind: .note, text: text))
        case .forward(let target, let reason):
            guard request.status.isOpen else {
                throw Refusal(reason: "Request \(id) is \(request.status.rawValue): reopen it before forwarding it")
            }
            guard target != request.department else {
                throw Refusal(reason: "Request \(id) is already in department \(request.department)")
            }
            guard catalog.department(target) != nil else {
                throw Refusal(reason: "No department \(TextSanitizer.singleLine.clean(target)) in the service catalogue")
            }
            try Self.check(reason, named: "reason")
            entries.append(Entry(kind: .forward, text: reason, change: (request.department, target)))
            department = target
            assignee = .clear
            auditDetail = "\(request.department) -> \(target)"
            if request.status != .new {
                status = .new
                auditDetail += ", \(request.status.rawValue) -> \(RequestStatus.new.rawValue)"
            }
        case .setStatus(let target, let reason):
            guard target != request.status else { throw Refusal(reason: "Request \(id) is already \(target.rawValue)") }
            guard target != .new else {
                throw Refusal(reason: "A request becomes new only when it is sent or forwarded")
            }
            try Self.check(reason, named: "reason")
            entries.append(Entry(kind: .status, text: reason, change: (request.status.rawValue, target.rawValue)))
            status = target
            auditDetail += ", \(request.status.rawValue) -> \(target.rawValue)"
        }
    }

    /// A new request goes in progress, shown to the detainee as a status change without a reason.
    private mutating func startWork(_ request: RequestRecord) {
        guard request.status == .new else { return }
        let (from, to) = (RequestStatus.new.rawValue, RequestStatus.inProgress.rawValue)
        entries.append(Entry(kind: .status, text: "", change: (from, to)))
        status = .inProgress
        auditDetail += ", \(from) -> \(to)"
    }

    private static func check(_ text: String, named name: String) throws(Refusal) {
        if let problem = RequestRepository.textProblem(text, named: name) { throw Refusal(reason: problem) }
    }
}
