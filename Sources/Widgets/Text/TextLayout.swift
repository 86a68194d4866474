/// Word wrapping and truncation by display width (never by character count).
public enum TextLayout {
    /// Breaks text into lines of at most `width` columns, at spaces where possible; a word
    /// longer than a line is cut. Newlines in the text start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = TextWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let (head, tail) = split(word, at: width)
                    if !head.isEmpty { lines.append(head) }
                    word = tail
                    wordWidth = TextWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The text cut to `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(text) <= width { return text }
        return split(text, at: width - 1).0 + "…"
    }

    /// Splits after at most `width` columns, keeping combining marks with their base.
    static func split(_ text: String, at width: Int) -> (String, String) {
        var used = 0
        var head = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            let scalarWidth = TextWidth.of(scalar)
            if scalarWidth > 0 && used + scalarWidth > width { break }
            head.append(scalar)
            used += scalarWidth
            scalars = scalars.dropFirst()
        }
        if head.isEmpty, let first = scalars.first {
            // A single wide character in a one-column space: skip it rather than loop forever.
            scalars = scalars.dropFirst()
            _ = first
        }
        return (String(head), String(String.UnicodeScalarView(scalars)))
    }
}
