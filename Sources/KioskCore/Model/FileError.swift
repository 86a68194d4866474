/// A problem in a file a person wrote: where it is and what is wrong.
public struct FileError: Error, Equatable, CustomStringConvertible {
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
        if let line { place += ":\(line)" }
        if let line, let column, line > 0 { place += ":\(column)" }
        return place + ": " + message
    }
}
