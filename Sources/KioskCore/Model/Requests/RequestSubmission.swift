/// What came of sending a request.
public enum RequestSubmission: Equatable, Sendable {
    /// Committed (now, or earlier under the same key).
    case sent(RequestSummary)
    /// The service's limit of open requests is reached; `open` is the request that is open.
    case limitReached(open: Int64)
    /// The service is no longer in the catalogue.
    case unknownService
    /// An answer breaks the form's rules (the screen checks first, the store again).
    case invalid(field: String)
}

/// A staff decision on a request, as the department's screen sends it.
public enum RequestStaffAct: Equatable, Sendable {
    /// The member of staff takes the request (new becomes in progress).
    case take
    /// A message to the detainee (a new request becomes in progress).
    case reply(String)
    /// A note only staff read.
    case note(String)
    /// Sends it to another department's queue, with the reason the detainee reads.
    case forward(to: String, reason: String)
    /// Changes the status, with the reason the detainee reads.
    case setStatus(RequestStatus, reason: String)

    /// The audit log's name for it.
    public var auditAction: String {
        switch self {
        case .take: "request.taken"
        case .reply: "request.replied"
        case .note: "request.noted"
        case .forward: "request.forwarded"
        case .setStatus: "request.status"
        }
    }
}
