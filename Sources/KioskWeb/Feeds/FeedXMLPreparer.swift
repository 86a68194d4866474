/// Readies UTF-8 feed bytes for the XML parser without changing line numbers.
///
/// - Refuses a DOCTYPE whose internal subset declares entities (`<!ENTITY`): no entity a feed
///   declares is ever expanded (billion laughs, external entities reading files or URLs).
/// - Drops C0 control bytes XML 1.0 forbids (all but tab, LF, CR), which real feeds carry and
///   which would otherwise fail the whole document.
/// - Outside comments, CDATA and processing instructions, writes HTML named references that
///   XML does not know (`&eacute;`, `&nbsp;`) as numeric ones (`&#233;`), as feeds written by
///   HTML tools expect; unknown names are left for the parser to report.
enum FeedXMLPreparer {
    static func prepared(_ bytes: [UInt8]) throws(FeedParseError) -> [UInt8] {
        try checkProlog(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ascii("<") {
                if let end = skippedSection(bytes, at: index) {
                    output.append(contentsOf: bytes[index..<end].filter(isAllowed))
                    index = end
                    continue
                }
            } else if byte == ascii("&"), let (replacement, end) = numericReference(bytes, at: index) {
                output.append(contentsOf: replacement)
                index = end
                continue
            }
            if isAllowed(byte) { output.append(byte) }
            index += 1
        }
        return output
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// For a comment, CDATA section or processing instruction starting at `index`, the index after it.
    private static func skippedSection(_ bytes: [UInt8], at index: Int) -> Int? {
        let sections: [(open: String, close: String)] = [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>")]
        for section in sections where bytes[index...].starts(with: section.open.utf8) {
            let searchStart = index + section.open.utf8.count
            guard let close = bytes[searchStart...].firstRange(of: Array(section.close.utf8)) else { return bytes.count }
            return close.upperBound
        }
        return nil
    }

    /// `&name;` for a known HTML name that XML does not predefine, as `&#N;`.
    private static func numericReference(_ bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
        let nameStart = index + 1
        var end = nameStart
        while end < bytes.count, end - nameStart < 32, isNameByte(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == ascii(";"), end > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<end], as: UTF8.self)
        guard !HTMLEntities.xmlPredefined.contains(name), let value = HTMLEntities.table[name] else { return nil }
        return (Array("&#\(value);".utf8), end + 1)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    // MARK: - Prolog

    /// Walks what precedes the root element; throws when a DOCTYPE declares entities.
    private static func checkProlog(_ bytes: [UInt8]) throws(FeedParseError) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if bytes[index...].starts(with: "<!DOCTYPE".utf8) {
                index = try doctypeEnd(bytes, from: index)
            } else if byte == ascii("<"), let end = skippedSection(bytes, at: index) {
                index = end
            } else {
                return  // the root element (or text the parser will reject)
            }
        }
    }

    /// The index after a DOCTYPE, minding quotes and the internal subset.
    private static func doctypeEnd(_ bytes: [UInt8], from start: Int) throws(FeedParseError) -> Int {
        var index = start
        var quote: UInt8?
        var inSubset = false
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if inSubset, bytes[index...].starts(with: "<!ENTITY".utf8) {
                throw .entityDeclarations(line: 1 + bytes[..<index].filter { $0 == 0x0A }.count)
            } else if inSubset, byte == ascii("<"), let end = skippedSection(bytes, at: index) {
                index = end
                continue
            } else if byte == ascii("\"") || byte == ascii("'") {
                quote = byte
            } else if byte == ascii("[") {
                inSubset = true
            } else if byte == ascii("]") {
                inSubset = false
            } else if byte == ascii(">"), !inSubset {
                return index + 1
            }
            index += 1
        }
        return index
    }
}
