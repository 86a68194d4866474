import Widgets

/// One read from the tty: an event the program understands, or input the kiosk ignores.
enum NcursesInput: Equatable {
    case event(InputEvent)
    /// A code with no `Key` (Ctrl-\, Ctrl-], an unknown function key…), shown by the terminal check.
    case ignored(code: UInt32, isKeyCode: Bool)
}
