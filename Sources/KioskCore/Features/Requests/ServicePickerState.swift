/// Choosing the service to write to: each with what it does, and whether its limit of open
/// requests is reached (said before any form is filled).
public struct ServicePickerState: Equatable, Sendable {
    public var catalog: ServiceCatalog
    /// The detainee's requests, to count the open ones per service.
    public var requests: [RequestSummary]
    public var selection: Int
    /// Enter was pressed on a service whose limit is reached: the screen says which request is open.
    public var blocked: Int64?

    public init(catalog: ServiceCatalog, requests: [RequestSummary], selection: Int = 0, blocked: Int64? = nil) {
        self.catalog = catalog
        self.requests = requests
        self.selection = selection
        self.blocked = blocked
    }

    /// The oldest open request that keeps the detainee from writing to `service` again, or nil
    /// when the service has no limit or it is not reached.
    public func blockingRequest(for service: ServiceDefinition) -> Int64? {
        guard let limit = service.openLimit else { return nil }
        let open = requests.filter { $0.service == service.id && $0.status.isOpen }
        guard open.count >= limit else { return nil }
        return open.map(\.id).min()
    }

    public var selectedService: ServiceDefinition? {
        catalog.services.indices.contains(selection) ? catalog.services[selection] : nil
    }
}
