/// Text being typed in a box of one or several lines, with a cursor and a limit in characters.
///
/// ↑ and ↓ move between the lines the detainee typed (not the lines the screen wraps them to:
/// only the screen knows the width); Home and End go to the start and end of that line.
public struct TextEditorState: Equatable, Sendable {
    public var text: String
    /// Characters before the cursor.
    public var cursor: Int
    /// The most characters the text may have; typing past it does nothing.
    public var limit: Int
    /// Whether Enter starts a new line (otherwise Enter is left to the screen).
    public var allowsNewlines: Bool

    public init(text: String = "", cursor: Int? = nil, limit: Int, allowsNewlines: Bool = true) {
        self.text = String(text.prefix(limit))
        self.limit = limit
        self.allowsNewlines = allowsNewlines
        self.cursor = min(max(0, cursor ?? self.text.count), self.text.count)
    }

    /// Characters typed so far.
    public var count: Int { text.count }

    public var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }

    /// Applies an editing key; true when the key was one the editor handles (even when it
    /// changed nothing, like → at the end), false for keys left to the screen (Tab, Esc, …).
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
        case .enter:
            guard allowsNewlines else { return false }
            insert("\n")
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < count else { return true }
            text.remove(at: index(cursor))
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(count, cursor + 1)
        case .home:
            cursor = lineStart(of: cursor)
        case .end:
            cursor = lineEnd(of: cursor)
        case .up:
            guard allowsNewlines else { return false }
            let start = lineStart(of: cursor)
            guard start > 0 else { cursor = 0; return true }
            let previousStart = lineStart(of: start - 1)
            cursor = min(previousStart + (cursor - start), start - 1)
        case .down:
            guard allowsNewlines else { return false }
            let end = lineEnd(of: cursor)
            guard end < count else { cursor = count; return true }
            let column = cursor - lineStart(of: cursor)
            cursor = min(end + 1 + column, lineEnd(of: end + 1))
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        guard count < limit, character == "\n" || !character.unicodeScalars.contains(where: Self.isRefused) else { return }
        let position = index(cursor)
        let typed = String(text[..<position]) + String(character)
        text.insert(character, at: position)
        // A combining mark or a joiner merges with the character before it: the cursor goes
        // after what was typed, counted in characters of the new text, never past its end.
        cursor = min(typed.count, count)
    }

    /// Scalars never typed into a text: controls and bidi overrides (the sanitiser's list).
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    /// The offset where the typed line holding `offset` starts.
    func lineStart(of offset: Int) -> Int {
        let characters = Array(text)
        var position = min(offset, characters.count)
        while position > 0, characters[position - 1] != "\n" { position -= 1 }
        return position
    }

    /// The offset where the typed line holding `offset` ends (before its newline).
    func lineEnd(of offset: Int) -> Int {
        let characters = Array(text)
        var position = max(0, offset)
        while position < characters.count, characters[position] != "\n" { position += 1 }
        return position
    }
}
