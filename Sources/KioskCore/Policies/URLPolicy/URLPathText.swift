/// Checks and normalises the path and query of a URL or rule.
///
/// The normal form keeps what the server sees and nothing else: `%XX` escapes of unreserved
/// characters are decoded (`%6a` → `j`), other escapes get upper-case hex, and characters outside
/// RFC 3986's sets (`"`, `<`, `{`, non-ASCII, …) are percent-encoded as UTF-8. Normalising twice
/// gives the same text.
///
/// A path is refused when any segment, decoded until nothing changes, holds `/`, `\` or a control
/// character, or is made only of dots and spaces once `;parameters` are dropped (`..`, `%2e%2e`,
/// `.%2E`, `..;x`, `...`, `..%20`): servers disagree on what those mean, so the kiosk never
/// sends them.
enum URLPathText {
    /// Most rounds of percent-decoding a segment may need before it stops changing.
    static let maximumDecodingRounds = 3
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The normal form of a path that is empty or starts with `/`; an empty path becomes `/`.
    static func path(_ raw: ArraySlice<UInt8>) throws(URLDefect) -> String {
        guard !raw.isEmpty else { return "/" }
        let normal = try normalise(raw) { URLCharacters.isPathCharacter($0) || $0 == URLCharacters.slash }
        for segment in raw.split(separator: URLCharacters.slash, omittingEmptySubsequences: false) {
            try checkSegment(segment)
        }
        return normal
    }

    /// The normal form of a query (without its `?`).
    static func query(_ raw: ArraySlice<UInt8>) throws(URLDefect) -> String {
        try normalise(raw) {
            URLCharacters.isPathCharacter($0) || $0 == URLCharacters.slash || $0 == URLCharacters.question
        }
    }

    // MARK: - Segments

    private static func checkSegment(_ raw: ArraySlice<UInt8>) throws(URLDefect) {
        let decoded = try fullyDecoded(raw)
        if decoded.contains(where: { $0 == URLCharacters.slash || $0 == URLCharacters.backslash }) {
            throw .encodedSeparator
        }
        if decoded.contains(where: { $0 < 0x20 || $0 == 0x7F }) { throw .encodedControl }
        let core = decoded.prefix { $0 != URLCharacters.semicolon }
        if !core.isEmpty, core.allSatisfy({ $0 == URLCharacters.dot || $0 == URLCharacters.space }) {
            throw .dotSegment
        }
    }

    /// Decodes valid `%XX` escapes again and again until nothing changes.
    private static func fullyDecoded(_ raw: ArraySlice<UInt8>) throws(URLDefect) -> [UInt8] {
        var current = Array(raw)
        // Without a `%` there is nothing to decode: the first round would give the same bytes.
        guard current.contains(URLCharacters.percent) else { return current }
        for _ in 0...maximumDecodingRounds {
            let next = decodedOnce(current)
            if next == current { return current }
            current = next
        }
        throw .badPercentEncoding
    }

    private static func decodedOnce(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == URLCharacters.percent, index + 2 < bytes.count,
               let high = URLCharacters.hexValue(bytes[index + 1]), let low = URLCharacters.hexValue(bytes[index + 2]) {
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    // MARK: - Normal form

    private static func normalise(_ raw: ArraySlice<UInt8>, keeps: (UInt8) -> Bool) throws(URLDefect) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == URLCharacters.percent {
                guard index + 2 < raw.endIndex,
                      let high = URLCharacters.hexValue(raw[index + 1]),
                      let low = URLCharacters.hexValue(raw[index + 2])
                else { throw .badPercentEncoding }
                let value = high << 4 | low
                if URLCharacters.isUnreserved(value) {
                    result.append(value)
                } else {
                    appendEscaped(value, to: &result)
                }
                index += 3
            } else {
                if byte < 0x80 && keeps(byte) {
                    result.append(byte)
                } else {
                    appendEscaped(byte, to: &result)
                }
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func appendEscaped(_ byte: UInt8, to result: inout [UInt8]) {
        result.append(URLCharacters.percent)
        result.append(hexDigits[Int(byte >> 4)])
        result.append(hexDigits[Int(byte & 0x0F)])
    }
}
