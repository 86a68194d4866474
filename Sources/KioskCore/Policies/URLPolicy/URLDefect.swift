/// Why a string is not a URL (or rule) the kiosk will even look at.
///
/// Descriptions are written for staff and for the audit log; they never repeat the URL.
public enum URLDefect: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    case empty
    case tooLong(limit: Int)
    /// A space, tab, newline, control or invisible formatting character, anywhere.
    case whitespaceOrControl
    case backslash
    /// No `scheme:` at the start, as in `//example.org/` or `example.org`.
    case notAbsolute
    /// A scheme without `//`, as in `https:example.org`.
    case missingAuthority
    /// `user@`, `user:password@` or a bare `@` before the host.
    case userinfo
    case emptyHost
    case percentInHost
    case nonASCIIHost
    /// An ASCII character other than letters, digits, `-`, `_` and `.` in the host.
    case invalidHostCharacter(Character)
    /// An empty label (`a..b`), one longer than 63 characters, or one starting or ending with `-`.
    case invalidHostLabel
    case hostTooLong
    /// An `xn--` label that is not valid Punycode or decodes to a name browsers refuse.
    case invalidPunycode
    /// An IP address in any notation: dotted, decimal, hex, octal, short, or `[IPv6]`.
    case ipLiteral
    /// A port that is not 1 to 5 digits between 1 and 65535 (an empty port included).
    case invalidPort
    /// A `%` not followed by two hex digits, or encoding nested too deep.
    case badPercentEncoding
    /// A path segment made only of dots (and spaces) once decoded: `.`, `..`, `%2e%2e`, `..;x`.
    case dotSegment
    /// `%2f` or `%5c` (an encoded `/` or `\`) in the path.
    case encodedSeparator
    /// An encoded control character (`%00`, `%0a`, …) in the path.
    case encodedControl

    public var description: String {
        switch self {
        case .empty: "the URL is empty"
        case .tooLong(let limit): "longer than \(limit) bytes"
        case .whitespaceOrControl: "spaces, tabs, newlines and control or invisible characters are not allowed"
        case .backslash: "backslashes are not allowed"
        case .notAbsolute: "not an absolute URL (it must start with https://)"
        case .missingAuthority: "the scheme must be followed by // and a host"
        case .userinfo: "a user name or password before the host (user@) is not allowed"
        case .emptyHost: "the host is empty"
        case .percentInHost: "percent-encoding is not allowed in the host"
        case .nonASCIIHost: "non-ASCII characters are not allowed in the host (write xn-- names)"
        case .invalidHostCharacter(let character): "the character '\(character)' is not allowed in a host"
        case .invalidHostLabel: "a host label is empty, longer than 63 characters, or starts or ends with '-'"
        case .hostTooLong: "the host is longer than 253 characters"
        case .invalidPunycode: "an xn-- label of the host is not a valid internationalised name"
        case .ipLiteral: "IP addresses are not allowed; name the host"
        case .invalidPort: "the port must be a number from 1 to 65535"
        case .badPercentEncoding: "'%' must be followed by two hex digits, and encoding may not be nested"
        case .dotSegment: "'.' and '..' path segments are not allowed, encoded or not"
        case .encodedSeparator: "encoded slashes or backslashes (%2f, %5c) are not allowed in the path"
        case .encodedControl: "encoded control characters are not allowed in the path"
        }
    }
}
