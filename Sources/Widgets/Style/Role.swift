/// What a cell means; a theme gives each role its look.
///
/// Buffers store roles, not colours, so tests and snapshots check meaning, and a theme can
/// change every colour without touching a screen.
public enum Role: String, CaseIterable, Codable, Sendable {
    case body
    case title
    case header
    /// The header during a staff session: supervisor mode must be unmistakable.
    case headerStaff = "header-staff"
    case status
    /// A key name in a hint ("Enter", "F2").
    case key
    case selected
    case muted
    case error
    case warning
    case success
    case input
    /// The input field that has the focus.
    case inputFocused = "input-focused"
    case border
    case dialog
}
