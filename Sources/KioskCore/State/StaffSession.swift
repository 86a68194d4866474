import Foundation

/// A logged-in member of staff: who, and when they last pressed a key.
public struct StaffSession: Equatable, Sendable {
    public var account: StaffAccount
    public var lastActivity: Date

    public init(account: StaffAccount, lastActivity: Date) {
        self.account = account
        self.lastActivity = lastActivity
    }
}
