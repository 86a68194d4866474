/// Where a request stands.
public enum RequestStatus: String, Codable, CaseIterable, Sendable {
    /// Sent, nobody took it yet.
    case new
    /// A member of the department took it or answered.
    case inProgress = "in-progress"
    /// The service agreed (an appointment, a visit): it stays open until it is closed.
    case approved
    /// The service said no.
    case declined
    /// Not for this service or not admissible (staff say why).
    case rejected
    /// Done.
    case closed

    /// Whether the request counts against the service's limit of open requests.
    public var isOpen: Bool {
        switch self {
        case .new, .inProgress, .approved: true
        case .declined, .rejected, .closed: false
        }
    }
}
