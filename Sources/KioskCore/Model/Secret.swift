/// A PIN or password in memory: compared and hashed, never printed.
///
/// `description` and `debugDescription` are redacted so a secret cannot reach a log or a
/// test failure message by accident.
public struct Secret: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public let value: String

    public init(_ value: String) { self.value = value }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { "<secret>" }
    public var debugDescription: String { "<secret>" }
}
