/// A key the user pressed, as the terminal reports it.
public enum Key: Equatable, Hashable, Sendable {
    /// A printable character (never a control character).
    case character(Character)
    case enter, tab, backTab, escape
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete, insert
    /// F1…F12.
    case function(Int)
    /// Ctrl plus a letter `a`…`z` (lower-case) or one of `\ ] ^ _`. Reaches the program as a
    /// key, never as a signal: raw mode turns Ctrl-C, Ctrl-\, Ctrl-Z into plain keys.
    case control(Character)
}
