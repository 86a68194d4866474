/// What became of a change the screen asked for: shown under the change.
public enum SaveOutcome: Equatable, Sendable {
    case saved
    case failed(StoreFailure)
    /// The store refused the change; the reason is the store's, worded for staff.
    case refused(String)
    /// A field was typed wrong; nothing was sent to the store.
    case invalid(MessageKey)
}
