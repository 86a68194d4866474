/// Typing into a one-line field: characters are appended, Backspace removes the last one.
enum TextEditing {
    /// Applies a character or Backspace to `text`, keeping it to `limit` characters; true when
    /// the text changed (any other key changes nothing).
    static func edit(_ text: inout String, key: Key, limit: Int) -> Bool {
        switch key {
        case .character(let character) where text.count < limit:
            text.append(character)
            return true
        case .backspace where !text.isEmpty:
            text.removeLast()
            return true
        default:
            return false
        }
    }

    /// The field after or before `current` for Tab, ↓, Shift-Tab or ↑, wrapping around; nil
    /// for any other key.
    static func moveFocus<Field: Equatable>(_ current: Field, among fields: [Field], key: Key) -> Field? {
        guard let index = fields.firstIndex(of: current), !fields.isEmpty else { return fields.first }
        switch key {
        case .tab, .down: return fields[(index + 1) % fields.count]
        case .backTab, .up: return fields[(index - 1 + fields.count) % fields.count]
        default: return nil
        }
    }

    /// The element after (→ or Space) or before (←) `current` in `choices`, wrapping.
    static func cycle<Choice: Equatable>(_ current: Choice, in choices: [Choice], key: Key) -> Choice? {
        guard !choices.isEmpty else { return nil }
        let index = choices.firstIndex(of: current) ?? 0
        switch key {
        case .right, .character(" "): return choices[(index + 1) % choices.count]
        case .left: return choices[(index - 1 + choices.count) % choices.count]
        default: return nil
        }
    }
}
