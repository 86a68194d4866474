/// Checks the bytes a program wrote to its terminal: only what ncurses sends to draw, under
/// `xterm-256color`, and text that is valid UTF-8 without controls.
///
/// Allowed: printable UTF-8 (no C1 code point); `\r`, `\n`, `\b`, `\t` (ncurses moves the cursor
/// with them); CSI sequences of cursor motion, erase, insert/delete, scroll, SGR, scroll region,
/// the modes of `allowedModes` and the title save/restore of xterm's smcup/rmcup (`CSI 22;0;0 t`,
/// `CSI 23;0;0 t`); `ESC 7`/`ESC 8`, `ESC M`, `ESC =`/`ESC >` (keypad), `ESC ( B`, `ESC ( 0`
/// and `ESC ) 0` (line drawing). Refused: BEL (the kiosk never beeps, and it ends an OSC), any
/// other control byte, OSC, DCS, APC, PM, SOS, `ESC c` and every other sequence.
struct TerminalOutputCheck {
    /// Private modes (`CSI ? n h/l`) ncurses sets: cursor keys, autowrap, blink, cursor,
    /// alternate screen, and xterm's meta key (`smm`, sent when ncurses starts).
    static let allowedModes: Set<String> = ["1", "7", "12", "25", "47", "1034", "1047", "1048", "1049"]
    /// Final bytes of plain CSI sequences ncurses draws with.
    static let allowedFinals: Set<UInt8> = Set("ABCDEFGHJKLMPSTXZ@`abdfmr".utf8)

    /// Sequences seen, by their printed form (`CSI m`, `ESC 7`…), to report.
    private(set) var seen: [String: Int] = [:]

    /// The first thing not allowed, with its offset and the bytes around it, or nil.
    mutating func firstProblem(in bytes: [UInt8]) -> String? {
        guard let problem = scan(bytes) else { return nil }
        let offset = Int(problem.split(separator: ":").first?.split(separator: " ").last ?? "") ?? 0
        let excerpt = bytes[max(0, offset - 24)..<min(bytes.count, offset + 24)]
            .map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
        return "\(problem) (bytes around it: \(excerpt))"
    }

    private mutating func scan(_ bytes: [UInt8]) -> String? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x1B:
                guard let (length, problem) = escape(bytes, at: index) else {
                    return "offset \(index): ESC at the end of the output"
                }
                if let problem { return "offset \(index): \(problem)" }
                index += length
            case 0x0D, 0x0A, 0x08, 0x09:
                index += 1
            case 0x00..<0x20, 0x7F:
                return "offset \(index): control byte 0x\(String(byte, radix: 16))"
            case 0x20..<0x7F:
                index += 1
            default:
                guard let (scalar, length) = Self.decodeUTF8(bytes, at: index) else {
                    return "offset \(index): invalid UTF-8 byte 0x\(String(byte, radix: 16))"
                }
                if (0x80...0x9F).contains(scalar) { return "offset \(index): C1 control U+\(String(scalar, radix: 16))" }
                index += length
            }
        }
        return nil
    }

    /// The length of the escape sequence at `start` and what is wrong with it; nil when cut short.
    private mutating func escape(_ bytes: [UInt8], at start: Int) -> (Int, String?)? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        switch next {
        case UInt8(ascii: "["):
            var end = start + 2
            while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return nil }
            let parameters = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
            let final = bytes[end]
            let name = "CSI \(parameters.filter { !$0.isNumber && $0 != ";" })\(Character(Unicode.Scalar(final)))"
            seen[name, default: 0] += 1
            return (end - start + 1, csiProblem(parameters, final))
        case UInt8(ascii: "("), UInt8(ascii: ")"):
            guard start + 2 < bytes.count else { return nil }
            let set = bytes[start + 2]
            seen["ESC \(Character(Unicode.Scalar(next)))\(Character(Unicode.Scalar(set)))", default: 0] += 1
            let allowed = (next == UInt8(ascii: "(") && (set == UInt8(ascii: "B") || set == UInt8(ascii: "0")))
                || (next == UInt8(ascii: ")") && set == UInt8(ascii: "0"))
            return (3, allowed ? nil : "charset selection ESC \(Character(Unicode.Scalar(next)))\(Character(Unicode.Scalar(set)))")
        case UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M"), UInt8(ascii: "="), UInt8(ascii: ">"):
            seen["ESC \(Character(Unicode.Scalar(next)))", default: 0] += 1
            return (2, nil)
        case UInt8(ascii: "]"): return (2, "OSC (operating system command)")
        case UInt8(ascii: "P"): return (2, "DCS (device control string)")
        case UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"): return (2, "APC, PM or SOS string")
        default:
            return (2, "escape sequence ESC 0x\(String(next, radix: 16))")
        }
    }

    private func csiProblem(_ parameters: String, _ final: UInt8) -> String? {
        if parameters.hasPrefix("?") {
            let modes = parameters.dropFirst().split(separator: ";").map(String.init)
            let isMode = final == UInt8(ascii: "h") || final == UInt8(ascii: "l")
            return isMode && modes.allSatisfy(Self.allowedModes.contains) ? nil : "private mode CSI \(parameters)\(Character(Unicode.Scalar(final)))"
        }
        guard parameters.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else {
            return "CSI with parameters \(parameters.debugDescription)"
        }
        if final == UInt8(ascii: "t") {
            return parameters == "22;0;0" || parameters == "23;0;0" ? nil : "window operation CSI \(parameters)t"
        }
        if final == UInt8(ascii: "h") || final == UInt8(ascii: "l") {
            return parameters == "4" ? nil : "mode CSI \(parameters)\(Character(Unicode.Scalar(final)))"
        }
        return Self.allowedFinals.contains(final) ? nil : "CSI \(parameters)\(Character(Unicode.Scalar(final)))"
    }

    /// The scalar value and length of the UTF-8 sequence at `index`; nil when it is not one.
    static func decodeUTF8(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        var decoder = UTF8()
        var iterator = bytes[index..<(index + length)].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar.value, length)
    }
}
