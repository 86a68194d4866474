import KioskCore

/// Encodes form fields as `application/x-www-form-urlencoded`, the way HTML forms submit them.
///
/// WHATWG rules: line breaks in names and values become CR LF, text is UTF-8, ASCII letters,
/// digits and `*-._` stay as they are, a space becomes `+`, every other byte is `%XX` (upper-case
/// hex), and pairs are joined with `&`. The result holds only ASCII with nothing a URL parser
/// reads differently, so the same text serves as a GET query and as a POST body.
enum FormURLEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `name=value&…` for the pairs, in order.
    static func encode(_ pairs: [FormPair]) -> String {
        pairs.map { encode(component: $0.name) + "=" + encode(component: $0.value) }.joined(separator: "&")
    }

    /// One name or value, encoded.
    static func encode(component text: String) -> String {
        var output: [UInt8] = []
        for byte in normalisingLineBreaks(text).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                output.append(byte)
            case UInt8(ascii: " "):
                output.append(UInt8(ascii: "+"))
            default:
                output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Every CR LF, lone CR and lone LF as CR LF.
    static func normalisingLineBreaks(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { result.append(contentsOf: "\r\n".unicodeScalars) }
                previousWasCR = false
            } else if scalar == "\r" {
                result.append(contentsOf: "\r\n".unicodeScalars)
                previousWasCR = true
            } else {
                result.append(scalar)
                previousWasCR = false
            }
        }
        return String(result)
    }
}
