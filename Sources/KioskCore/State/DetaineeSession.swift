import Foundation

/// A logged-in detainee: who, and when they last pressed a key.
public struct DetaineeSession: Equatable, Sendable {
    public var account: DetaineeAccount
    public var lastActivity: Date
    public var summary: HomeSummary

    public init(account: DetaineeAccount, lastActivity: Date, summary: HomeSummary = .empty) {
        self.account = account
        self.lastActivity = lastActivity
        self.summary = summary
    }
}
