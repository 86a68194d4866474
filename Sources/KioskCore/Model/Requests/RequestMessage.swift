import Foundation

/// One entry of a request's thread.
public struct RequestMessage: Equatable, Sendable {
    public enum Author: Equatable, Sendable {
        case detainee
        /// A member of staff, by the name the detainee sees.
        case staff(name: String)
    }

    public enum Kind: Equatable, Sendable {
        /// Words to the other side: shown to the detainee and to staff.
        case message
        /// Staff only: never reaches the detainee's screen or store reads.
        case internalNote
        /// The status changed; the text is the reason, shown to the detainee.
        case statusChanged(from: RequestStatus, to: RequestStatus)
        /// Sent on to another department (department ids); the text is the reason.
        case forwarded(from: String, to: String)
        /// A member of staff took the request (staff only).
        case assigned
    }

    public var id: Int64
    public var at: Date
    public var author: Author
    public var kind: Kind
    public var text: String

    public init(id: Int64, at: Date, author: Author, kind: Kind, text: String) {
        self.id = id
        self.at = at
        self.author = author
        self.kind = kind
        self.text = text
    }

    /// Whether a detainee may ever see this entry.
    public var isForDetainee: Bool {
        switch kind {
        case .message, .statusChanged, .forwarded: true
        case .internalNote, .assigned: false
        }
    }
}
