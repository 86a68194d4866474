/// The single-byte encodings feeds declare or fall back to: Windows-1252 and ISO-8859-15.
///
/// ISO-8859-1 is read as Windows-1252, as browsers do (WHATWG Encoding): the two agree on
/// every printable character, and 0x80–0x9F in a "Latin-1" feed are in practice Windows
/// quotes, dashes and the euro sign. The five bytes Windows-1252 leaves undefined become the
/// C1 controls of the same value, which the sanitiser then removes.
enum SingleByteEncoding: Equatable {
    case windows1252
    case latin9

    /// The character a byte stands for.
    func scalar(_ byte: UInt8) -> Unicode.Scalar {
        switch self {
        case .windows1252:
            if (0x80...0x9F).contains(byte), let mapped = Unicode.Scalar(Self.windows1252High[Int(byte - 0x80)]) {
                return mapped
            }
        case .latin9:
            if let mapped = Self.latin9Differences[byte], let scalar = Unicode.Scalar(mapped) { return scalar }
        }
        return Unicode.Scalar(byte)
    }

    /// Decodes every byte to UTF-8.
    func utf8(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                UTF8.encode(scalar(byte)) { output.append($0) }
            }
        }
        return output
    }

    /// 0x80…0x9F in Windows-1252.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Where ISO-8859-15 differs from ISO-8859-1.
    private static let latin9Differences: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D,
        0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]
}
