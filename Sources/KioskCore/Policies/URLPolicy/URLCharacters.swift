/// Byte and character classes shared by URLs and rules, and the checks that apply to both.
enum URLCharacters {
    static let percent = UInt8(ascii: "%")
    static let slash = UInt8(ascii: "/")
    static let backslash = UInt8(ascii: "\\")
    static let colon = UInt8(ascii: ":")
    static let at = UInt8(ascii: "@")
    static let dot = UInt8(ascii: ".")
    static let question = UInt8(ascii: "?")
    static let hash = UInt8(ascii: "#")
    static let openBracket = UInt8(ascii: "[")
    static let semicolon = UInt8(ascii: ";")
    static let space = UInt8(ascii: " ")
    static let star = UInt8(ascii: "*")

    /// Refuses whitespace, control, separator and invisible formatting characters, and backslashes.
    static func checkVisible(_ text: String) throws(URLDefect) {
        for scalar in text.unicodeScalars {
            if let defect = scalar.isASCII ? asciiDefect(scalar) : propertyDefect(scalar) { throw defect }
        }
    }

    /// What `propertyDefect` says of an ASCII scalar, without a property look-up: space and the
    /// controls are whitespace or control, the backslash is itself, the rest is visible.
    static func asciiDefect(_ scalar: Unicode.Scalar) -> URLDefect? {
        let value = scalar.value
        if value <= 0x20 || value == 0x7F { return .whitespaceOrControl }
        return value == 0x5C ? .backslash : nil
    }

    /// The defect of any scalar by its Unicode properties.
    static func propertyDefect(_ scalar: Unicode.Scalar) -> URLDefect? {
        if scalar.properties.isWhitespace { return .whitespaceOrControl }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate:
            return .whitespaceOrControl
        default:
            return scalar == "\\" ? .backslash : nil
        }
    }

    /// The end of a `scheme` (the index of its `:`), or nil when `bytes` does not start with one.
    static func schemeEnd(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = bytes.first, isLetter(first) else { return nil }
        for index in bytes.indices.dropFirst() {
            let byte = bytes[index]
            if byte == colon { return index }
            guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == dot
            else { return nil }
        }
        return nil
    }

    /// A port: 1 to 5 ASCII digits with a value from 1 to 65535.
    static func port(_ bytes: ArraySlice<UInt8>) throws(URLDefect) -> Int {
        guard (1...5).contains(bytes.count), bytes.allSatisfy(isDigit) else { throw .invalidPort }
        let value = bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        guard (1...65_535).contains(value) else { throw .invalidPort }
        return value
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The value of an ASCII hex digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte - UInt8(ascii: "0") }
        let lower = byte | 0x20
        if (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(lower) { return lower - UInt8(ascii: "a") + 10 }
        return nil
    }

    /// RFC 3986 unreserved: letters, digits, `-`, `.`, `_`, `~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == dot
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
    }

    /// RFC 3986 pchar without `%`: unreserved, sub-delims, `:` and `@`.
    static func isPathCharacter(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || byte == colon || byte == at || "!$&'()*+,;=".utf8.contains(byte)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
