/// The whitespace HTML collapses and the document layout wraps at: space, tab, line feed,
/// carriage return (alone or before a line feed) and form feed, each as a whole character (a
/// space carrying a combining mark is not whitespace; a no-break space never is).
public enum HTMLWhitespace {
    /// Whether `character` is one of them.
    public static func contains(_ character: Character) -> Bool {
        character == " " || character == "\n" || character == "\t" || character == "\r" || character == "\r\n"
            || character == "\u{0C}"
    }

    /// Whether the scalar (or byte) `value` is one of them: space, tab, line feed, carriage
    /// return or form feed.
    @inline(__always)
    public static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0x0C
    }

    /// The words of `text` joined by one space: every run of whitespace one space, none at
    /// either end. ASCII text is collapsed on its bytes, any other through `split`.
    public static func collapsed(_ text: String) -> String {
        collapsedASCII(text) ?? split(text).joined(separator: " ")
    }

    /// `collapsed` on the bytes of ASCII text (every ASCII scalar is a character of its own, so
    /// the words are those `split` gives); nil when the text is not ASCII.
    static func collapsedASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if isSpace(UInt32(byte)) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same pieces as `text.split(omittingEmptySubsequences:whereSeparator: contains)`.
    ///
    /// Cut scalar by scalar when every whitespace scalar in the text is a character of its own,
    /// which holds when the scalars on either side of it are inert (`TextSanitizer.isInert`: no
    /// combining mark, joiner, spacing mark or prepended mark among them, so nothing there joins a
    /// character). Otherwise cut character by character, which finds character boundaries the
    /// slow way.
    public static func split(_ text: String, omittingEmptySubsequences: Bool = true) -> [Substring] {
        if let pieces = splitScalars(text, omittingEmptySubsequences: omittingEmptySubsequences) { return pieces }
        return text.split(omittingEmptySubsequences: omittingEmptySubsequences, whereSeparator: contains)
    }

    /// The scalar cut, or nil when a whitespace scalar has a neighbour that is not inert.
    static func splitScalars(_ text: String, omittingEmptySubsequences: Bool) -> [Substring]? {
        let scalars = text.unicodeScalars
        var pieces: [Substring] = []
        var start = scalars.startIndex
        var index = start
        // Whether the scalar before `index` is whitespace, and whether it is inert.
        var previousIsSpace = false
        var previousIsInert = true
        while index < scalars.endIndex {
            let value = scalars[index].value
            if isSpace(value) {
                guard previousIsInert else { return nil }
                var end = scalars.index(after: index)
                // A carriage return and the line feed after it are one character.
                if value == 0x0D, end < scalars.endIndex, scalars[end].value == 0x0A { end = scalars.index(after: end) }
                if !omittingEmptySubsequences || index > start { pieces.append(text[start..<index]) }
                start = end
                index = end
                previousIsSpace = true
                previousIsInert = true
                continue
            }
            let isInert = TextSanitizer.isInert(value)
            if previousIsSpace && !isInert { return nil }
            previousIsSpace = false
            previousIsInert = isInert
            index = scalars.index(after: index)
        }
        if !omittingEmptySubsequences || start < scalars.endIndex { pieces.append(text[start..<scalars.endIndex]) }
        return pieces
    }
}
