import Foundation

/// Turns a page's bytes into text by its character encoding.
///
/// The encoding is, in order: a byte-order mark (UTF-8, UTF-16); the `charset` of the
/// `Content-Type` header; for HTML, a `<meta charset>` or `<meta http-equiv="Content-Type">` in
/// the first 1024 bytes (`HTMLCharsetPrescan`); else UTF-8. A label the kiosk does not know is
/// skipped for the next source. UTF-8 that is not valid keeps its valid sequences and shows
/// U+FFFD for the rest; Latin-1 and ASCII labels read as Windows-1252, as browsers do.
enum PageTextDecoder {
    /// The text of `body`; `headerCharset` from `Content-Type`, `isHTML` to look for `<meta>`.
    static func decode(_ body: [UInt8], headerCharset: String?, isHTML: Bool) -> String {
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: body.dropFirst(3), as: UTF8.self) }
        if body.starts(with: [0xFF, 0xFE]) { return foundation(body.dropFirst(2), .utf16LittleEndian) }
        if body.starts(with: [0xFE, 0xFF]) { return foundation(body.dropFirst(2), .utf16BigEndian) }
        let labels = [headerCharset, isHTML ? HTMLCharsetPrescan.charset(in: body) : nil]
        for label in labels.compactMap({ $0 }) {
            if let text = decode(body, label: label) { return text }
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The text in the encoding `label` names; nil when the label is unknown.
    static func decode(_ body: [UInt8], label: String) -> String? {
        switch label.trimmingCharacters(in: .whitespaces).lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return String(decoding: body, as: UTF8.self)
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
             "x-cp1252", "us-ascii", "ascii":
            return String(decoding: SingleByteEncoding.windows1252.utf8(body), as: UTF8.self)
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            return String(decoding: SingleByteEncoding.latin9.utf8(body), as: UTF8.self)
        case "utf-16", "utf-16le":
            return foundation(body[...], .utf16LittleEndian)
        case "utf-16be":
            return foundation(body[...], .utf16BigEndian)
        case let name:
            guard let encoding = otherEncodings[name] else { return nil }
            return foundation(body[...], encoding)
        }
    }

    private static let otherEncodings: [String: String.Encoding] = [
        "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "iso-8859-2": .isoLatin2, "shift_jis": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    ]

    /// Foundation's decoding, or UTF-8 with replacement when the bytes do not fit the encoding.
    private static func foundation(_ bytes: ArraySlice<UInt8>, _ encoding: String.Encoding) -> String {
        String(bytes: bytes, encoding: encoding) ?? String(decoding: bytes, as: UTF8.self)
    }
}
