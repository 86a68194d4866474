/// What came of a change staff asked the store for: done, with the fresh listing, or refused.
public enum ChangeResult<Value: Equatable & Sendable>: Equatable, Sendable {
    case done(Value)
    /// The store refused the change (a duplicate, a feed that would lose its rule…); the reason
    /// is worded for the member of staff, and nothing was written.
    case refused(String)
}
