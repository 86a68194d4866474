/// Finds the encoding an HTML page declares in a `<meta>` near its start, before it is decoded.
///
/// A simplified form of WHATWG's prescan: the first 1024 bytes are read as ASCII, comments
/// are skipped, and the first `<meta charset=…>`, or `<meta http-equiv="Content-Type"
/// content="…; charset=…">`, gives the label. A UTF-16 label there is read as UTF-8 (a page
/// that could be read this far in ASCII is not UTF-16).
enum HTMLCharsetPrescan {
    static let window = 1024

    /// The declared label, lower-cased; nil when there is none.
    static func charset(in body: [UInt8]) -> String? {
        let bytes = Array(body.prefix(window))
        var index = 0
        while index < bytes.count {
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard let end = bytes[(index + 4)...].firstRange(of: Array("-->".utf8)) else { return nil }
                index = end.upperBound
            } else if isMetaStart(bytes, at: index) {
                let (attributes, end) = readAttributes(bytes, from: index + 5)
                if let label = label(from: attributes) {
                    return label.hasPrefix("utf-16") ? "utf-8" : label
                }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func isMetaStart(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "<") else { return false }
        let name = bytes[(index + 1)..<(index + 5)].map(lowercased)
        return name == Array("meta".utf8) && isSpaceOrSlash(bytes[index + 5])
    }

    private static func label(from attributes: [String: String]) -> String? {
        if let charset = attributes["charset"], !charset.isEmpty { return charset.lowercased() }
        guard attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"]?.lowercased(),
              let range = content.range(of: "charset") else { return nil }
        var rest = content[range.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !(" \t;\"'".contains($0)) }
        return value.isEmpty ? nil : String(value)
    }

    /// The attributes of a tag up to its `>`, names lower-cased; and where reading stopped.
    private static func readAttributes(_ bytes: [UInt8], from start: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var index = start
        while index < bytes.count {
            while index < bytes.count, isSpaceOrSlash(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { return (attributes, index + 1) }
            var name: [UInt8] = []
            while index < bytes.count, !isSpaceOrSlash(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: ">") {
                name.append(lowercased(bytes[index]))
                index += 1
            }
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    while index < bytes.count, bytes[index] != quote { value.append(bytes[index]); index += 1 }
                    index += 1
                } else {
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        value.append(bytes[index])
                        index += 1
                    }
                }
            }
            let key = String(decoding: name, as: UTF8.self)
            if !key.isEmpty, attributes[key] == nil { attributes[key] = String(decoding: value, as: UTF8.self) }
        }
        return (attributes, index)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(byte) }
    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") }
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
