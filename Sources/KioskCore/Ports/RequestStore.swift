import Foundation

/// What the detainee's request screens need from storage.
///
/// Every call is for one detainee and sees only that detainee's requests: a request of
/// someone else reads as missing. Internal notes and assignments never leave the store
/// through this port. What the screen calls sent is committed before the call returns.
public protocol RequestStore: Sendable {
    /// The catalogue of services as last imported (empty before any import).
    func serviceCatalog() throws(StoreFailure) -> ServiceCatalog

    /// The detainee's requests, most recently updated first.
    func requests(detainee: AccountID) throws(StoreFailure) -> [RequestSummary]

    /// Readies the store for the detainee's next submission, writing nothing: called when the
    /// requests screen loads, so that the first submission of a session takes no longer in the
    /// write lock every cell queues for than the next ones. A failure here costs that first
    /// submission some time, nothing else.
    func prepareToSubmit(detainee: AccountID) throws(StoreFailure)

    /// Checks and commits a request. A draft whose key was sent before returns that first
    /// request and writes nothing. The open-request limit is decided in the same transaction.
    func submit(_ draft: RequestDraft, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestSubmission

    /// One of the detainee's requests, and marks what staff wrote in it read; nil when the
    /// detainee has no such request.
    func openRequest(id: Int64, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestThread?

    /// Adds the detainee's message to their request (once per `key`) and returns the thread;
    /// nil when the detainee has no such request.
    func reply(to id: Int64, text: String, key: String, detainee: AccountID, at: Date) throws(StoreFailure) -> RequestThread?
}

/// What a department's screens need from storage.
///
/// Each call names the member of staff by login; the store reads their departments itself and
/// shows only those queues: a request of another department reads as missing. Every act is
/// written with its audit line in one transaction.
public protocol RequestDesk: Sendable {
    /// The requests of `filter.department` that pass the filter, oldest first; empty when the
    /// member of staff is not in that department.
    func queue(_ filter: RequestQueueFilter, staff login: String, now: Date) throws(StoreFailure) -> [QueuedRequest]

    /// A request of one of the member's departments, internal notes included; nil otherwise.
    func staffRequest(id: Int64, staff login: String) throws(StoreFailure) -> StaffRequestThread?

    /// Applies an act and returns the fresh request; `.refused` (with the reason, nothing
    /// written) for a request outside the member's departments, an unknown department to
    /// forward to, an empty text or reason.
    func act(_ act: RequestStaffAct, on id: Int64, by author: ChangeAuthor, staff login: String) throws(StoreFailure)
        -> ChangeResult<StaffRequestThread>
}
