/// What became of a change the screen asked the store to save: shown under the change.
public enum SaveOutcome: Equatable, Sendable {
    case saved
    case failed(StoreFailure)
}
