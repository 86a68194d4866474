import Foundation

/// One line of the audit log: who did what, when, from which terminal.
///
/// Written for every login, failure and lockout, every staff change, and every visited or
/// refused URL. Never carries a secret.
public struct AuditEvent: Equatable, Sendable {
    public var at: Date
    /// `detainee:1001`, `staff:admin`, or `system`; `anonymous` before a login succeeded.
    public var actor: String
    /// The terminal's name from the configuration, or `admin-cli` for shell commands.
    public var terminal: String
    /// Dotted action name: `login.accepted`, `login.refused`, `account.locked`, `url.refused`…
    public var action: String
    /// What the action was about: a detainee number, a URL, a rule.
    public var subject: String
    /// Free text: a reason, the deciding rule, old and new values.
    public var detail: String

    public init(at: Date, actor: String, terminal: String, action: String, subject: String = "", detail: String = "") {
        self.at = at
        self.actor = actor
        self.terminal = terminal
        self.action = action
        self.subject = subject
        self.detail = detail
    }
}
