import Foundation

/// Turns a feed's bytes into UTF-8 whatever the server or the XML declaration claimed.
///
/// In order: a byte-order mark wins (UTF-8, UTF-16); else the XML declaration's encoding is
/// honoured; a document declared (or assumed) UTF-8 that is not valid UTF-8 keeps its valid
/// sequences and reads each stray byte as Windows-1252 (the usual mistake: Latin-1 text
/// served as UTF-8); a document declared Latin-1 that is valid UTF-8 with non-ASCII sequences
/// is read as UTF-8 (the opposite mistake). The declaration is then rewritten to say UTF-8, so
/// the XML parser reads exactly these bytes.
enum FeedTextDecoder {
    static func utf8(_ data: [UInt8]) throws(FeedParseError) -> [UInt8] {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return declaringUTF8(repairedUTF8(data.dropFirst(3))) }
        if data.starts(with: [0xFF, 0xFE]) { return try declaringUTF8(foundation(data.dropFirst(2), .utf16LittleEndian, "UTF-16")) }
        if data.starts(with: [0xFE, 0xFF]) { return try declaringUTF8(foundation(data.dropFirst(2), .utf16BigEndian, "UTF-16")) }
        if data.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return try declaringUTF8(foundation(data[...], .utf16LittleEndian, "UTF-16LE")) }
        if data.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return try declaringUTF8(foundation(data[...], .utf16BigEndian, "UTF-16BE")) }

        let label = declaredEncoding(data)?.lowercased()
        switch label {
        case nil, "utf-8", "utf8":
            return declaringUTF8(repairedUTF8(data[...]))
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
             "x-cp1252", "us-ascii", "ascii":
            return declaringUTF8(isUTF8WithMultibyte(data) ? data : SingleByteEncoding.windows1252.utf8(data))
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            return declaringUTF8(isUTF8WithMultibyte(data) ? data : SingleByteEncoding.latin9.utf8(data))
        case let name?:
            guard let encoding = otherEncodings[name] else { throw .unsupportedEncoding(String(name.prefix(40))) }
            return try declaringUTF8(foundation(data[...], encoding, name))
        }
    }

    private static let otherEncodings: [String: String.Encoding] = [
        "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
        "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "iso-8859-2": .isoLatin2, "shift_jis": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    ]

    // MARK: - UTF-8

    /// Valid sequences kept; every byte that does not start a valid sequence read as Windows-1252.
    static func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        // Valid UTF-8 (nearly every feed) is kept as it is: every sequence is valid.
        if String(validating: bytes, as: UTF8.self) != nil { return Array(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                output.append(contentsOf: SingleByteEncoding.windows1252.utf8([bytes[index]]))
                index += 1
            }
        }
        return output
    }

    /// The length of the valid UTF-8 sequence at `index` (Unicode Table 3-7), or 0.
    private static func validSequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int, secondRange: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return 0
        }
        guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return 0
        }
        return length
    }

    private static func isUTF8WithMultibyte(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x80 } && repairedUTF8(bytes[...]) == bytes
    }

    private static func foundation(
        _ bytes: ArraySlice<UInt8>, _ encoding: String.Encoding, _ name: String
    ) throws(FeedParseError) -> [UInt8] {
        guard let text = String(bytes: bytes, encoding: encoding) else { throw .unsupportedEncoding(name) }
        return Array(text.utf8)
    }

    // MARK: - The XML declaration

    /// The `encoding` of `<?xml … ?>` at the very start, read as ASCII.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard let range = declarationEncodingValue(bytes) else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The same bytes with the declared encoding replaced by `UTF-8`.
    private static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard let range = declarationEncodingValue(bytes) else { return bytes }
        var output = bytes
        output.replaceSubrange(range, with: Array("UTF-8".utf8))
        return output
    }

    /// Where the encoding name sits inside the quotes of the declaration.
    private static func declarationEncodingValue(_ bytes: [UInt8]) -> Range<Int>? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(256)
        guard let end = head.firstRange(of: Array("?>".utf8))?.lowerBound,
              let key = head[..<end].firstRange(of: Array("encoding".utf8))?.upperBound
        else { return nil }
        var index = key
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x3D || bytes[index] == 0x09 { index += 1 }
        guard index < end, bytes[index] == 0x22 || bytes[index] == 0x27 else { return nil }
        let quote = bytes[index]
        guard let close = bytes[(index + 1)..<end].firstIndex(of: quote) else { return nil }
        return (index + 1)..<close
    }
}
