import Foundation

/// Which requests of a department's queue staff want to see.
public struct RequestQueueFilter: Equatable, Sendable {
    public enum StatusFilter: Equatable, Sendable, CaseIterable {
        /// New, in progress and approved.
        case open
        case new
        case inProgress
        case approved
        /// Declined, rejected and closed.
        case finished
        case all
    }

    public var department: String
    public var status: StatusFilter
    /// Only requests sent at least this many days ago; 0: any age.
    public var olderThanDays: Int
    /// Only requests from this wing (upper-case); empty: every wing.
    public var wing: String
    /// Only requests nobody took, or taken by this login; nil: anyone's.
    public var assignee: String?

    public init(department: String, status: StatusFilter = .open, olderThanDays: Int = 0, wing: String = "",
                assignee: String? = nil) {
        self.department = department
        self.status = status
        self.olderThanDays = olderThanDays
        self.wing = wing
        self.assignee = assignee
    }

    /// Whether a request with `status` passes the status filter.
    public func admits(_ status: RequestStatus) -> Bool {
        switch self.status {
        case .open: status.isOpen
        case .new: status == .new
        case .inProgress: status == .inProgress
        case .approved: status == .approved
        case .finished: !status.isOpen
        case .all: true
        }
    }
}

/// One row of a department's queue.
public struct QueuedRequest: Equatable, Sendable {
    public var id: Int64
    public var service: String
    public var status: RequestStatus
    public var sentAt: Date
    public var updatedAt: Date
    public var requester: RequestRequester
    public var assignee: StaffName?
    /// Detainee messages staff have not answered since (the last entry is the detainee's).
    public var awaitsAnswer: Bool

    public init(id: Int64, service: String, status: RequestStatus, sentAt: Date, updatedAt: Date,
                requester: RequestRequester, assignee: StaffName? = nil, awaitsAnswer: Bool = false) {
        self.id = id
        self.service = service
        self.status = status
        self.sentAt = sentAt
        self.updatedAt = updatedAt
        self.requester = requester
        self.assignee = assignee
        self.awaitsAnswer = awaitsAnswer
    }
}
