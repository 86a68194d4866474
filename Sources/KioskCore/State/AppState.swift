import Foundation

/// Everything the kiosk knows at one moment; the screen is a pure function of it.
public struct AppState: Equatable, Sendable {
    public var settings: KioskSettings
    /// The time as last told by a `.tick`; the reducer never reads the clock.
    public var now: Date
    public var size: TerminalSize
    /// The language the screen speaks now.
    public var language: Language
    /// The theme the screen is drawn with now.
    public var theme: String
    public var session: DetaineeSession?
    /// A member of staff in supervisor mode (never at the same time as `session`).
    public var staff: StaffSession?
    /// Navigation stack; never empty, its last element is on screen.
    public var stack: [Route]
    /// Set when the kiosk must stop (SIGHUP, SIGTERM).
    public var isStopping = false

    public init(settings: KioskSettings = KioskSettings(), now: Date = Date(timeIntervalSince1970: 0),
                size: TerminalSize = .standard) {
        self.settings = settings
        self.now = now
        self.size = size
        self.language = settings.defaultLanguage
        self.theme = settings.defaultTheme
        self.stack = [.login(LoginState())]
    }

    /// The screen on top of the stack.
    public var route: Route {
        get { stack.last ?? .login(LoginState()) }
        set {
            if stack.isEmpty { stack = [newValue] } else { stack[stack.count - 1] = newValue }
        }
    }

    public var catalog: Catalog { Catalog(language) }

    /// Whether the logged-in detainee may open a section now (staff and no one: open).
    public func access(to section: Section) -> SectionAccess {
        guard let session else { return .open }
        return AccessPolicy.access(to: section, profile: session.account.access, now: now, timeZone: settings.timeZone,
                                   secondsUsedToday: session.secondsUsed(in: section, now: now))
    }

    /// Leaves the screen on top for the one below; the first screen of a session stays.
    public mutating func goBack() {
        if stack.count > 1 { stack.removeLast() }
    }

    /// When the logged-in person last pressed a key; nil when no one is logged in.
    public var lastActivity: Date? { session?.lastActivity ?? staff?.lastActivity }

    /// How long the logged-in person may stay idle: shorter for staff.
    public var idleTimeout: TimeInterval { staff != nil ? settings.staffIdleTimeout : settings.idleTimeout }

    private var idleWarning: TimeInterval { min(settings.idleWarning, idleTimeout) }

    /// Whether the idle warning is showing.
    public var isIdleWarningShown: Bool {
        guard let lastActivity else { return false }
        return now.timeIntervalSince(lastActivity) >= idleTimeout - idleWarning
    }

    /// Whole seconds left before the idle logout (0 when no one is logged in).
    public var secondsBeforeIdleLogout: Int {
        guard let lastActivity else { return 0 }
        let left = idleTimeout - now.timeIntervalSince(lastActivity)
        return max(0, Int(left.rounded(.up)))
    }

    /// Who acts now, as the audit log names them.
    public var actor: String {
        if let staff { return "staff:" + staff.account.login }
        if let session { return "detainee:" + session.account.number }
        return "anonymous"
    }

    /// An audit event for an action of the person at this terminal, now.
    public func auditEvent(action: String, subject: String = "", detail: String = "") -> AuditEvent {
        AuditEvent(at: now, actor: actor, terminal: settings.terminalName, action: action, subject: subject, detail: detail)
    }

    /// The person at this terminal, now, as the author of a change the store audits itself.
    public var changeAuthor: ChangeAuthor {
        ChangeAuthor(actor: actor, terminal: settings.terminalName, at: now)
    }

    /// The effect that appends `auditEvent(…)` to the audit log.
    public func audit(action: String, subject: String = "", detail: String = "") -> Effect {
        .audit(auditEvent(action: action, subject: subject, detail: detail))
    }

    /// The next moment the screen changes without a key: the next minute on the clock, or an
    /// idle warning or logout. The run loop waits for input at most until then.
    public var nextDeadline: Date {
        let seconds = now.timeIntervalSinceReferenceDate
        var deadline = Date(timeIntervalSinceReferenceDate: (seconds / 60).rounded(.down) * 60 + 60)
        if let lastActivity {
            let warning = lastActivity.addingTimeInterval(idleTimeout - idleWarning)
            let logout = lastActivity.addingTimeInterval(idleTimeout)
            if warning > now { deadline = min(deadline, warning) }
            if isIdleWarningShown {
                // The countdown is shown in seconds: wake once a second while it runs.
                deadline = min(deadline, now.addingTimeInterval(1), logout)
            }
            if logout > now { deadline = min(deadline, logout) }
        }
        // Time in a section is recorded once a minute from the start of the visit.
        if let visit = session?.visit, visit.since.addingTimeInterval(UsageTracking.recordEvery) > now {
            deadline = min(deadline, visit.since.addingTimeInterval(UsageTracking.recordEvery))
        }
        // A section whose daily time runs out while on screen closes at that second.
        if let session, let visit = session.visit,
           let left = AccessPolicy.secondsLeft(in: visit.section, profile: session.account.access,
                                               secondsUsedToday: session.secondsUsed(in: visit.section, now: now)),
           left > 0 {
            deadline = min(deadline, now.addingTimeInterval(TimeInterval(left)))
        }
        return deadline
    }
}
