/// The audit log as administrators read it: a search field over the newest events.
public struct AuditLogState: Equatable, Sendable {
    public static let maxQueryLength = 40
    /// Most events loaded at once (the CSV export has them all).
    public static let pageSize = 200

    public var query = ""
    public var selection = 0
    public var events: [AuditEvent] = []
    /// The selected event is shown whole, every field wrapped, instead of the list.
    public var isShowingDetail = false

    public init(query: String = "", selection: Int = 0, events: [AuditEvent] = [], isShowingDetail: Bool = false) {
        self.query = query
        self.selection = selection
        self.events = events
        self.isShowingDetail = isShowingDetail
    }
}
