/// Why a document could not be read as a feed, worded for the sync report.
public enum FeedParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No bytes, or only whitespace.
    case empty
    /// Larger than the parser accepts (bytes).
    case tooLarge(limit: Int)
    /// The XML declaration names an encoding the kiosk cannot read.
    case unsupportedEncoding(String)
    /// The document declares entities (`<!ENTITY`), which the kiosk never expands.
    case entityDeclarations(line: Int)
    /// Not well-formed XML; the position comes from the XML parser.
    case malformed(line: Int, column: Int, reason: String)
    /// Elements nested deeper than the limit, or more elements than the limit.
    case tooComplex(limit: Int)
    /// Well-formed XML, but neither RSS nor Atom; `root` is the root element's name.
    case notAFeed(root: String)

    public var description: String {
        switch self {
        case .empty:
            "the document is empty"
        case .tooLarge(let limit):
            "the document is larger than \(limit) bytes"
        case .unsupportedEncoding(let name):
            "the document's encoding '\(name)' is not supported"
        case .entityDeclarations(let line):
            "line \(line): the document declares XML entities, which are never expanded"
        case .malformed(let line, let column, let reason):
            "line \(line), column \(column): not well-formed XML: \(reason)"
        case .tooComplex(let limit):
            "the document nests or holds too many elements (limit \(limit))"
        case .notAFeed(let root):
            "not an RSS or Atom feed (the document is '\(root)')"
        }
    }
}
