import Foundation
import KioskCore

/// A parsed screen script: statements in file order, each with its line.
public struct Script: Equatable, Sendable {
    /// The file it was read from (as given on the command line).
    public var path: String
    public var statements: [Statement]

    public init(path: String, statements: [Statement]) {
        self.path = path
        self.statements = statements
    }
}

/// One line of a script.
public struct Statement: Equatable, Sendable {
    /// 1-based line in the file.
    public var line: Int
    public var command: Command

    public init(line: Int, command: Command) {
        self.line = line
        self.command = command
    }
}

/// What a statement does (see docs/screen-scripts.md).
public enum Command: Equatable, Sendable {
    case size(TerminalSize)
    case resize(TerminalSize)
    case clock(Date)
    case advance(TimeInterval)
    case database(DatabaseSource)
    case config(key: String, value: String)
    case type(String)
    case press([KeyPress])
    case expect(Matcher)
    case expectNot(Matcher)
    case expectLine(row: Int, Matcher)
    case expectRole(role: String, text: String)
    case expectCursor(row: Int, col: Int)
    case snapshot(name: String)
    case wait(TimeInterval)
    case timeout(TimeInterval)
}

/// Where a script's database comes from; the script always works on its own fresh copy.
public enum DatabaseSource: Equatable, Sendable {
    case demo
    case empty
    case copy(of: String)
}

/// A key pressed `count` times.
public struct KeyPress: Equatable, Sendable {
    public var key: Key
    public var count: Int

    public init(_ key: Key, count: Int = 1) {
        self.key = key
        self.count = count
    }
}

/// Text to find on screen: a literal string or a regular expression.
public enum Matcher: Equatable, Sendable, CustomStringConvertible {
    case text(String)
    case regex(String)

    /// Whether the text contains a match.
    public func matches(_ text: String) -> Bool {
        switch self {
        case .text(let literal):
            return text.contains(literal)
        case .regex(let pattern):
            guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    public var description: String {
        switch self {
        case .text(let literal): "\"\(literal)\""
        case .regex(let pattern): "/\(pattern)/"
        }
    }
}
