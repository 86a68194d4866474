import KioskCore

/// Turns a plain-text page into a `Document`: paragraphs of running text, preformatted blocks
/// where the layout carries meaning.
///
/// Blank lines separate blocks. A block whose lines are indented, hold a tab or a run of
/// spaces (columns, ASCII art, code) is kept line by line as preformatted text; any other
/// block is running text, its lines joined with spaces. The text is sanitised first (controls,
/// bidi overrides, escape sequences gone) and capped at `maxTextLength` scalars.
enum PlainTextDocument {
    static let maxTextLength = 500_000

    static func convert(_ text: String, maxTextLength: Int = maxTextLength) -> Document {
        let clean = TextSanitizer(maxLength: maxTextLength, keepsNewlines: true).clean(text)
        var blocks: [Document.Block] = []
        var lines: [Substring] = []
        func flush() {
            defer { lines.removeAll() }
            guard !lines.isEmpty else { return }
            if lines.contains(where: keepsLayout) {
                blocks.append(.preformatted(lines.joined(separator: "\n")))
            } else {
                let words = lines.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }) }
                blocks.append(.paragraph([.text(words.joined(separator: " "))]))
            }
        }
        for line in clean.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmedEnd = line.reversed().drop { $0 == " " || $0 == "\t" }
            if trimmedEnd.isEmpty {
                flush()
            } else {
                lines.append(line[..<line.index(line.startIndex, offsetBy: trimmedEnd.count)])
            }
        }
        flush()
        return Document(title: "", blocks: blocks)
    }

    /// Whether a line's spacing matters: indented, tabbed, or with a run of spaces inside.
    private static func keepsLayout(_ line: Substring) -> Bool {
        line.first == " " || line.contains("\t") || line.contains("  ")
    }
}
