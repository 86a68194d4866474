import Foundation

/// Why a script cannot be parsed, and where: `path:line:column: message`.
public struct ScriptError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The script file, as given.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (in characters) of the offending token.
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ path: String, _ line: Int, _ column: Int, _ message: String) {
        self.init(path: path, line: line, column: column, message: message)
    }

    public var description: String { "\(path):\(line):\(column): \(message)" }
    public var errorDescription: String? { description }
}
