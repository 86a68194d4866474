/// A problem in a course package: the file, where in it, and what is wrong, in plain words.
///
/// `line` and `column` count from 1. A syntax error has both; a wrong value has the line of
/// its key; a problem with a whole file (too large, not listed) or a key that is missing
/// from the top of a file has neither.
public struct ContentError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`, the form editors and CI logs understand.
    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return place + ": " + message
    }
}
