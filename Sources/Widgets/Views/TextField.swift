/// A one-line input: label, then the value in a bracketed box of fixed width; masked for secrets.
public struct TextField: Equatable, Sendable {
    public var label: String
    public var value: String
    public var capacity: Int
    public var isMasked: Bool
    public var isFocused: Bool
    /// Whether focus is also marked with `>`: not where the field is the screen's only input
    /// and `>` marks a selection elsewhere.
    public var marksFocus: Bool

    public init(label: String, value: String, capacity: Int, isMasked: Bool = false, isFocused: Bool = false, marksFocus: Bool = true) {
        self.label = label
        self.value = value
        self.capacity = capacity
        self.isMasked = isMasked
        self.isFocused = isFocused
        self.marksFocus = marksFocus
    }

    /// The value as drawn: a secret is one `*` per character, whatever was typed.
    public var shownValue: String {
        isMasked ? String(repeating: "*", count: value.count) : value
    }

    /// The field as a line: focus marker, label padded to `labelWidth`, then the value box.
    public func line(labelWidth: Int) -> StyledLine {
        let marker = isFocused && marksFocus ? "> " : "  "
        let labelText = TextLayout.truncate(label, width: labelWidth)
        let padding = String(repeating: " ", count: max(0, labelWidth - TextWidth.of(labelText)))
        let shown = shownValue
        let box = shown + String(repeating: " ", count: max(0, capacity - TextWidth.of(shown)) + 1)
        let head = marker + labelText + padding + " "
        // Brackets show the field's extent on terminals that cannot underline or colour it.
        let cursor = isFocused ? TextWidth.of(head) + 1 + TextWidth.of(shown) : nil
        let role: Role = isFocused ? .inputFocused : .input
        return StyledLine([Span(head, isFocused ? .title : .body), Span("[", .body), Span(box, role), Span("]", .body)],
                          cursor: cursor)
    }
}
