/// Checks a host and gives its canonical form: lower-case ASCII, one trailing dot dropped.
///
/// Only DNS names pass: letters, digits, `-` and `_` in labels of 1 to 63 characters, at most
/// 253 characters in all. Any IP literal is refused, however written: the last label of a name
/// is never numeric, so a host whose last label is all digits or `0x` hex is taken for an
/// IPv4 address (WHATWG's "ends in a number"), which covers `127.0.0.1`, `2130706433`,
/// `0x7f.1`, `0177.0.0.1` and `127.1`. `xn--` labels must be valid internationalised names
/// (`Punycode`); they are compared in their ASCII form, so a look-alike never matches a rule.
enum HostName {
    static let maximumLength = 253
    static let maximumLabelLength = 63

    static func canonical(_ bytes: ArraySlice<UInt8>) throws(URLDefect) -> String {
        if bytes.contains(URLCharacters.percent) { throw .percentInHost }
        if bytes.contains(where: { $0 >= 0x80 }) { throw .nonASCIIHost }
        if bytes.first == URLCharacters.openBracket { throw .ipLiteral }
        var host = bytes.map(URLCharacters.lowercased)
        if host.last == URLCharacters.dot { host.removeLast() }
        guard !host.isEmpty else { throw .emptyHost }
        if let bad = host.first(where: { !isHostByte($0) }) {
            throw .invalidHostCharacter(Character(Unicode.Scalar(bad)))
        }
        guard host.count <= maximumLength else { throw .hostTooLong }
        let labels = host.split(separator: URLCharacters.dot, omittingEmptySubsequences: false)
        for label in labels {
            guard (1...maximumLabelLength).contains(label.count),
                  label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-")
            else { throw .invalidHostLabel }
            guard Punycode.isAcceptable(label) else { throw .invalidPunycode }
        }
        if let last = labels.last, isNumeric(last) { throw .ipLiteral }
        return String(decoding: host, as: UTF8.self)
    }

    /// Whether a label reads as a number: decimal or octal digits, or `0x` and hex digits.
    static func isNumeric(_ label: ArraySlice<UInt8>) -> Bool {
        if label.allSatisfy(URLCharacters.isDigit) { return true }
        let lower = label.map(URLCharacters.lowercased)
        guard lower.starts(with: "0x".utf8) else { return false }
        return lower.dropFirst(2).allSatisfy { URLCharacters.hexValue($0) != nil }
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        URLCharacters.isLetter(byte) || URLCharacters.isDigit(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == URLCharacters.dot
    }
}
