/// One token of a script line: a bare word, a quoted string or a `/regex/`.
struct ScriptToken: Equatable {
    enum Kind: Equatable { case word, string, regex }

    var kind: Kind
    /// The word, or the string or pattern with its script escapes resolved.
    var text: String
    /// 1-based column of its first character.
    var column: Int

    /// The token as messages quote it.
    var shown: String {
        switch kind {
        case .word: "'\(text)'"
        case .string: "\"\(text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
        case .regex: "/\(text.replacingOccurrences(of: "/", with: "\\/"))/"
        }
    }
}

/// Reads the tokens of one script line from left to right.
///
/// Blanks separate tokens; `#` outside a string or regex ends the line. A word ends at a blank,
/// `#` or `"`. Strings know `\"` and `\\` only; regexes know `\/`, other escapes are kept for
/// the regex engine. Regexes are only recognised where the caller allows them, so a path such
/// as `/var/lib/kiosk.db` stays a word.
struct ScriptLineScanner {
    let path: String
    let line: Int
    private let chars: [Character]
    private var index = 0
    /// Column just past the last token read: where a missing argument is reported.
    private(set) var endColumn = 1

    init(_ text: Substring, path: String, line: Int) {
        self.chars = Array(text)
        self.path = path
        self.line = line
    }

    func error(_ column: Int, _ message: String) -> ScriptError {
        ScriptError(path: path, line: line, column: column, message: message)
    }

    /// The column of the next token, or nil when only blanks and a comment remain.
    mutating func nextColumn() -> Int? {
        skipBlanks()
        return index < chars.count ? index + 1 : nil
    }

    /// The next token, or nil at the end of the line.
    mutating func next(regex: Bool) throws(ScriptError) -> ScriptToken? {
        skipBlanks()
        guard index < chars.count else { return nil }
        let token: ScriptToken
        switch chars[index] {
        case "\"": token = try readString()
        case "/" where regex: token = try readRegex()
        default: token = readWord()
        }
        endColumn = index + 1
        return token
    }

    private mutating func skipBlanks() {
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        if index < chars.count, chars[index] == "#" { index = chars.count }
    }

    private mutating func readWord() -> ScriptToken {
        let start = index
        while index < chars.count, !chars[index].isWhitespace, chars[index] != "#", chars[index] != "\"" {
            index += 1
        }
        return ScriptToken(kind: .word, text: String(chars[start..<index]), column: start + 1)
    }

    private mutating func readString() throws(ScriptError) -> ScriptToken {
        let column = index + 1
        index += 1
        var text = ""
        while index < chars.count {
            let char = chars[index]
            if char == "\"" {
                index += 1
                return ScriptToken(kind: .string, text: text, column: column)
            }
            if char == "\\" {
                guard index + 1 < chars.count else { break }
                let escaped = chars[index + 1]
                guard escaped == "\"" || escaped == "\\" else {
                    throw error(index + 1, "unknown escape '\\\(escaped)' in string (only \\\" and \\\\ are allowed)")
                }
                text.append(escaped)
                index += 2
                continue
            }
            if let control = char.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
                throw error(index + 1, "control character U+\(hex(control.value)) in string")
            }
            text.append(char)
            index += 1
        }
        throw error(column, "unterminated string (missing closing \")")
    }

    private mutating func readRegex() throws(ScriptError) -> ScriptToken {
        let column = index + 1
        index += 1
        var pattern = ""
        while index < chars.count {
            let char = chars[index]
            if char == "/" {
                index += 1
                return ScriptToken(kind: .regex, text: pattern, column: column)
            }
            if char == "\\", index + 1 < chars.count {
                let escaped = chars[index + 1]
                if escaped != "/" { pattern.append(char) }
                pattern.append(escaped)
                index += 2
                continue
            }
            pattern.append(char)
            index += 1
        }
        throw error(column, "unterminated regex (missing closing /)")
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
