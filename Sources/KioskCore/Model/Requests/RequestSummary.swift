import Foundation

/// One of the detainee's requests, as their list shows it.
public struct RequestSummary: Equatable, Sendable {
    public var id: Int64
    public var service: String
    public var status: RequestStatus
    public var sentAt: Date
    /// When staff last wrote or changed it (the sending time until then).
    public var updatedAt: Date
    /// Staff messages and status changes the detainee has not opened yet.
    public var unread: Int

    public init(id: Int64, service: String, status: RequestStatus, sentAt: Date, updatedAt: Date, unread: Int = 0) {
        self.id = id
        self.service = service
        self.status = status
        self.sentAt = sentAt
        self.updatedAt = updatedAt
        self.unread = unread
    }
}
