import Foundation
import KioskCore

/// Service requests in memory, for both sides; keys are kept as a real store keeps them.
final class FakeRequestStore: RequestStore, RequestDesk, @unchecked Sendable {
    var catalog = ServiceCatalog.empty
    var threads: [Int64: (detainee: AccountID, thread: RequestThread)] = [:]
    var keys: [String: Int64] = [:]
    var failure: StoreFailure?
    /// The next submission is committed, then its answer is lost (the caller sees `failure`).
    var loseNextAnswer: StoreFailure?
    private(set) var acts: [(RequestStaffAct, Int64, String)] = []
    /// The detainees the store was readied for, in order.
    private(set) var preparedFor: [AccountID] = []
    /// When set, readying the store throws it (loading and submitting still work).
    var prepareFailure: StoreFailure?

    func serviceCatalog() throws(StoreFailure) -> ServiceCatalog {
        if let failure { throw failure }
        return catalog
    }

    func requests(detainee: AccountID) throws(StoreFailure) -> [RequestSummary] {
        if let failure { throw failure }
        return threads.values.filter { $0.detainee == detainee }.map(\.thread.summary).sorted { $0.id > $1.id }
    }

    func prepareToSubmit(detainee: AccountID) throws(StoreFailure) {
        preparedFor.append(detainee)
        if let prepareFailure { throw prepareFailure }
    }

    func submit(_ draft: RequestDraft, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestSubmission {
        if let failure { throw failure }
        if let id = keys["\(detainee)/\(draft.key)"], let existing = threads[id] { return .sent(existing.thread.summary) }
        guard let service = catalog.service(draft.service) else { return .unknownService }
        if let field = RequestValidation.invalidField(draft.answers, for: service) { return .invalid(field: field) }
        let id = Int64(threads.count + 1)
        let summary = RequestSummary(id: id, service: service.id, status: .new, sentAt: at, updatedAt: at)
        threads[id] = (detainee, RequestThread(summary: summary, department: service.department, answers: draft.answers, messages: []))
        keys["\(detainee)/\(draft.key)"] = id
        if let lost = loseNextAnswer {
            loseNextAnswer = nil
            throw lost
        }
        return .sent(summary)
    }

    func openRequest(id: Int64, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestThread? {
        if let failure { throw failure }
        guard let entry = threads[id], entry.detainee == detainee else { return nil }
        return entry.thread
    }

    func reply(to id: Int64, text: String, key: String, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestThread? {
        if let failure { throw failure }
        guard var entry = threads[id], entry.detainee == detainee else { return nil }
        entry.thread.messages.append(RequestMessage(id: Int64(entry.thread.messages.count + 1), at: at, author: .detainee,
                                                    kind: .message, text: text))
        threads[id] = entry
        return entry.thread
    }

    func queue(_ filter: RequestQueueFilter, staff login: String, now: Date) throws(StoreFailure) -> [QueuedRequest] {
        if let failure { throw failure }
        return threads.values.filter { $0.thread.department == filter.department }.map {
            QueuedRequest(id: $0.thread.summary.id, service: $0.thread.summary.service, status: $0.thread.summary.status,
                          sentAt: $0.thread.summary.sentAt, updatedAt: $0.thread.summary.updatedAt,
                          requester: RequestRequester(number: "\($0.detainee)", name: "", cell: "", wing: ""))
        }
    }

    func staffRequest(id: Int64, staff login: String) throws(StoreFailure) -> StaffRequestThread? {
        if let failure { throw failure }
        guard let entry = threads[id] else { return nil }
        return StaffRequestThread(thread: entry.thread, requester: RequestRequester(number: "\(entry.detainee)", name: "",
                                                                                     cell: "", wing: ""))
    }

    func act(_ act: RequestStaffAct, on id: Int64, by author: ChangeAuthor, staff login: String) throws(StoreFailure)
        -> ChangeResult<StaffRequestThread> {
        if let failure { throw failure }
        acts.append((act, id, login))
        guard let request = try staffRequest(id: id, staff: login) else { return .refused("No such request.") }
        return .done(request)
    }
}
