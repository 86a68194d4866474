import Foundation
import KioskCore
import Widgets

/// Reads and checks the arguments of one statement; every error names the statement's usage.
struct ArgumentReader {
    var scanner: ScriptLineScanner
    var keyword: Keyword = .size

    /// Largest `COLSxROWS` side, `KEY*N` count, and row or column bound plus one.
    static let limit = 1000

    private func error(_ column: Int, _ message: String) -> ScriptError {
        scanner.error(column, message)
    }

    private var usage: String { "(usage: \(keyword.usage))" }

    mutating func required(_ what: String, regex: Bool = false) throws(ScriptError) -> ScriptToken {
        guard let token = try scanner.next(regex: regex) else {
            throw error(scanner.endColumn, "missing \(what) \(usage)")
        }
        return token
    }

    /// A bare word.
    mutating func word(_ what: String) throws(ScriptError) -> ScriptToken {
        let token = try required(what)
        guard token.kind == .word else { throw error(token.column, "expected \(what), found \(token.shown) \(usage)") }
        return token
    }

    /// A bare word or a quoted string.
    mutating func value(_ what: String) throws(ScriptError) -> ScriptToken {
        try required(what)
    }

    /// A non-empty quoted string.
    mutating func string(_ what: String) throws(ScriptError) -> ScriptToken {
        let token = try required("\"\(what)\"", regex: true)
        guard token.kind == .string else {
            throw error(token.column, "expected a quoted \"\(what)\", found \(token.shown) \(usage)")
        }
        guard !token.text.isEmpty else { throw error(token.column, "empty string \(usage)") }
        return token
    }

    /// Fails on anything left on the line.
    mutating func finish() throws(ScriptError) {
        guard let column = scanner.nextColumn() else { return }
        let shown = (try? scanner.next(regex: true))?.shown
        throw error(column, "unexpected extra argument\(shown.map { " " + $0 } ?? "") \(usage)")
    }

    mutating func size() throws(ScriptError) -> TerminalSize {
        let token = try word("COLSxROWS")
        let sides = token.text.split(separator: "x", omittingEmptySubsequences: false)
        guard sides.count == 2, let cols = Self.number(sides[0]), let rows = Self.number(sides[1]),
              (1...Self.limit).contains(cols), (1...Self.limit).contains(rows)
        else {
            throw error(token.column, "bad size \(token.shown) (expected COLSxROWS, each 1…\(Self.limit), e.g. 80x24)")
        }
        return TerminalSize(cols: cols, rows: rows)
    }

    mutating func clock() throws(ScriptError) -> Date {
        let token = try word("time")
        guard let date = ClockText.parse(token.text) else {
            throw error(token.column, "bad time \(token.shown) (expected ISO-8601 with an offset, e.g. 2026-03-02T09:00:00+01:00)")
        }
        return date
    }

    mutating func duration() throws(ScriptError) -> TimeInterval {
        let token = try word("DURATION")
        guard let seconds = DurationText.parse(token.text) else {
            throw error(token.column, "bad duration \(token.shown) (expected e.g. 90s, 5m, 2h)")
        }
        return seconds
    }

    mutating func database() throws(ScriptError) -> DatabaseSource {
        let token = try value("demo, empty or PATH")
        switch (token.kind, token.text) {
        case (.word, "demo"): return .demo
        case (.word, "empty"): return .empty
        case (_, ""): throw error(token.column, "empty database path \(usage)")
        default: return .copy(of: token.text)
        }
    }

    /// A row or column: 0…999.
    mutating func number(_ what: String) throws(ScriptError) -> Int {
        let token = try word(what)
        guard let value = Self.number(Substring(token.text)), value < Self.limit else {
            throw error(token.column, "bad \(what) \(token.shown) (expected a number from 0 to \(Self.limit - 1))")
        }
        return value
    }

    mutating func role() throws(ScriptError) -> String {
        let token = try word("ROLE")
        let names = Role.allCases.map(\.rawValue)
        guard Role(rawValue: token.text) != nil else {
            let hint = ClosestName.find(token.text, in: names).map { "did you mean \($0)?" }
                ?? "roles: " + names.joined(separator: ", ")
            throw error(token.column, "unknown role \(token.shown) (\(hint))")
        }
        return token.text
    }

    mutating func matcher() throws(ScriptError) -> Matcher {
        let token = try required("\"text\" or /regex/", regex: true)
        switch token.kind {
        case .word:
            throw error(token.column, "expected \"text\" or /regex/, found \(token.shown) \(usage)")
        case .string:
            guard !token.text.isEmpty else { throw error(token.column, "empty string \(usage)") }
            return .text(token.text)
        case .regex:
            guard !token.text.isEmpty else { throw error(token.column, "empty regex \(usage)") }
            do {
                _ = try NSRegularExpression(pattern: token.text)
            } catch {
                throw self.error(token.column, "bad regex \(token.shown)")
            }
            return .regex(token.text)
        }
    }

    mutating func keys() throws(ScriptError) -> [KeyPress] {
        var presses = [try keyPress(try word("KEY"))]
        while let token = try scanner.next(regex: false) {
            guard token.kind == .word else { throw error(token.column, "expected KEY, found \(token.shown) \(usage)") }
            presses.append(try keyPress(token))
        }
        return presses
    }

    /// Letters, digits, `-`, `_` and `.`: the snapshot file is `NAME.txt` in the script's folder.
    mutating func snapshotName() throws(ScriptError) -> String {
        let token = try word("NAME")
        guard token.text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            throw error(token.column, "bad snapshot name \(token.shown) (letters, digits, -, _ and . only)")
        }
        return token.text
    }

    /// `Name` or `Name*N`.
    private func keyPress(_ token: ScriptToken) throws(ScriptError) -> KeyPress {
        var name = Substring(token.text)
        var count = 1
        if let star = token.text.firstIndex(of: "*") {
            name = token.text[..<star]
            let countText = token.text[token.text.index(after: star)...]
            let countColumn = token.column + name.count + 1
            guard let value = Self.number(countText), (1...Self.limit).contains(value) else {
                throw error(countColumn, "bad repeat count '\(countText)' in \(token.shown) (expected KEY*N with N from 1 to \(Self.limit))")
            }
            count = value
        }
        guard let key = KeyName.key(named: String(name)) else {
            throw error(token.column, KeyName.unknownMessage(String(name)))
        }
        return KeyPress(key, count: count)
    }

    /// A non-negative decimal number of at most 7 ASCII digits.
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 7, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
