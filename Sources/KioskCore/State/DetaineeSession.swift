import Foundation

/// A logged-in detainee: who, when they last pressed a key, and the time used in sections today.
public struct DetaineeSession: Equatable, Sendable {
    public var account: DetaineeAccount
    public var lastActivity: Date
    public var summary: HomeSummary
    /// Time used today per section, as recorded (nil until loaded: nothing counted yet).
    public var usage: SectionUsage?
    /// The section on screen whose time is being counted.
    public var visit: SectionVisit?
    /// When the detainee logged in.
    public var loggedInAt: Date
    /// The browser session (its cookies) of this login, named at its first page; nil before.
    public var webSession: String?

    public init(account: DetaineeAccount, lastActivity: Date, summary: HomeSummary = .empty, usage: SectionUsage? = nil,
                visit: SectionVisit? = nil, loggedInAt: Date? = nil, webSession: String? = nil) {
        self.account = account
        self.lastActivity = lastActivity
        self.summary = summary
        self.usage = usage
        self.visit = visit
        self.loggedInAt = loggedInAt ?? lastActivity
        self.webSession = webSession
    }

    /// Seconds spent in `section` today up to `now`: recorded, plus the visit under way.
    public func secondsUsed(in section: Section, now: Date) -> Int {
        let recorded = usage?.seconds[section] ?? 0
        guard let visit, visit.section == section, now > visit.since else { return recorded }
        return recorded + Int(now.timeIntervalSince(visit.since))
    }
}
