/// Where audit events are appended; nothing is ever changed or removed there.
public protocol AuditLog: Sendable {
    func record(_ event: AuditEvent) throws(StoreFailure)
}
