import Foundation

/// Who makes a change, from which terminal and when: the store writes the change's audit line
/// with them, in the transaction of the change.
public struct ChangeAuthor: Equatable, Sendable {
    /// `staff:admin`, as the audit log names people.
    public var actor: String
    public var terminal: String
    public var at: Date

    public init(actor: String, terminal: String, at: Date) {
        self.actor = actor
        self.terminal = terminal
        self.at = at
    }
}
