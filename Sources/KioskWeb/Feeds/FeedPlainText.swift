/// Turns the text constructs of feeds into one line of plain text, or plain text into HTML.
enum FeedPlainText {
    /// Characters of HTML read at most; a title never needs more.
    static let maximumInput = 20_000

    /// HTML to text: tags dropped (with the content of `script` and `style`), comments dropped,
    /// character references decoded, whitespace collapsed to single spaces.
    static func fromHTML(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars.prefix(maximumInput))
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let (end, isBlock) = markupEnd(scalars, at: index) {
                if isBlock { output.append(" ") }
                index = end
            } else if scalar == "&", let (decoded, end) = reference(scalars, at: index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return collapsed(String(output))
    }

    /// Literal text with runs of whitespace (no-break spaces included) made single spaces, trimmed.
    static func collapsed(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars.prefix(maximumInput) {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Plain text as HTML: `&`, `<`, `>` and `"` escaped.
    static func escapedHTML(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    // MARK: - Markup

    /// Tags that separate words when dropped; inline ones (`b`, `em`, `a`) do not.
    private static let blockTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "blockquote", "hr", "section", "article", "header", "footer", "dd", "dt", "pre",
    ]

    /// Where the tag, comment or declaration at `index` ends, and whether it separates words;
    /// nil when `<` is just a character.
    private static func markupEnd(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, Bool)? {
        guard index + 1 < scalars.count else { return nil }
        let next = scalars[index + 1]
        if starts(scalars, at: index, with: "<!--") {
            return (find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count, false)
        }
        guard next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" else { return nil }
        guard let close = scalars[index...].firstIndex(of: ">") else { return (scalars.count, false) }
        let nameStart = next == "/" ? index + 2 : index + 1
        let name = String(String.UnicodeScalarView(
            scalars[min(nameStart, close)..<close].prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        )).lowercased()
        if next != "/", name == "script" || name == "style" {
            let end = find(scalars, "</\(name)", from: close + 1)
                .flatMap { end in scalars[end...].firstIndex(of: ">").map { $0 + 1 } } ?? scalars.count
            return (end, true)
        }
        return (close + 1, blockTags.contains(name))
    }

    /// A character reference at `index` (`&eacute;`, `&#233;`, `&#xE9;`) and the index after it.
    private static func reference(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        let limit = min(scalars.count, index + 34)
        guard let semicolon = scalars[(index + 1)..<limit].firstIndex(of: ";"), semicolon > index + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
        guard let decoded = HTMLEntities.numeric(body) ?? HTMLEntities.named(body) else { return nil }
        return (decoded, semicolon + 1)
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with text: String) -> Bool {
        scalars[index...].starts(with: text.unicodeScalars)
    }

    private static func find(_ scalars: [Unicode.Scalar], _ text: String, from start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        let pattern = Array(text.lowercased().unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            if zip(scalars[index..<(index + pattern.count)], pattern).allSatisfy({
                String($0.0).lowercased() == String($0.1)
            }) {
                return index
            }
            index += 1
        }
        return nil
    }
}
