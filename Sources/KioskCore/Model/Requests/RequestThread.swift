import Foundation

/// A request with what was asked and everything said since, as one side may see it.
///
/// The detainee's copy never holds internal notes or assignments: the store leaves them out.
public struct RequestThread: Equatable, Sendable {
    public var summary: RequestSummary
    /// The department that has it now (it changes when forwarded).
    public var department: String
    public var answers: [String: RequestAnswer]
    /// Oldest first.
    public var messages: [RequestMessage]

    public init(summary: RequestSummary, department: String, answers: [String: RequestAnswer], messages: [RequestMessage]) {
        self.summary = summary
        self.department = department
        self.answers = answers
        self.messages = messages
    }
}

/// A request as its department sees it: the thread, who sent it and who has it.
public struct StaffRequestThread: Equatable, Sendable {
    public var thread: RequestThread
    public var requester: RequestRequester
    /// The login and name of the member of staff who took it; nil while nobody did.
    public var assignee: StaffName?

    public init(thread: RequestThread, requester: RequestRequester, assignee: StaffName? = nil) {
        self.thread = thread
        self.requester = requester
        self.assignee = assignee
    }
}

/// The detainee who sent a request, as staff see them.
public struct RequestRequester: Equatable, Sendable {
    public var number: String
    public var name: String
    public var cell: String
    /// The part of the cell before its first `-`, upper-cased (`A-101` → `A`).
    public var wing: String

    public init(number: String, name: String, cell: String, wing: String) {
        self.number = number
        self.name = name
        self.cell = cell
        self.wing = wing
    }
}

/// A member of staff named in a request.
public struct StaffName: Equatable, Sendable {
    public var login: String
    public var name: String

    public init(login: String, name: String) {
        self.login = login
        self.name = name
    }
}
