import Foundation

/// Checks `xn--` labels: they must decode (RFC 3492) to a name a browser would accept.
///
/// A browser refuses a host whose `xn--` label does not decode, decodes to ASCII only, or decodes
/// to characters IDNA maps to others (compatibility forms such as `㉓`, capitals, unnormalised
/// text) or never allows (controls, spaces, invisible formatting). So does the kiosk, so that it
/// never fetches a host the browser world would read differently; a right-to-left label may not
/// mix in left-to-right letters (a simplified RFC 5893 bidi rule). This approximates UTS #46
/// from the strict side, enough to agree with the WPT data; the host is still compared in its
/// ASCII form, so a look-alike never matches a rule.
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    private static let initialBias = 72, initialN = 0x80
    private static let limit = Int(Int32.max)

    /// Whether an ASCII label (lower-case) is acceptable: any label not starting with `xn--`,
    /// or an `xn--` label that decodes to a valid internationalised name.
    static func isAcceptable(_ label: ArraySlice<UInt8>) -> Bool {
        guard label.starts(with: "xn--".utf8) else { return true }
        guard let scalars = decode(label.dropFirst(4)), scalars.contains(where: { !$0.isASCII }) else { return false }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        guard text.unicodeScalars.allSatisfy(isAllowed), followsBidiRule(scalars) else { return false }
        let mapped = text.precomposedStringWithCompatibilityMapping.lowercased()
        return mapped.unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    /// RFC 3492 decoding of the part after `xn--`; nil when it is not valid Punycode.
    static func decode(_ input: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        var output: [Unicode.Scalar] = []
        var position = input.startIndex
        if let delimiter = input.lastIndex(of: UInt8(ascii: "-")) {
            for byte in input[..<delimiter] {
                output.append(Unicode.Scalar(byte))
            }
            position = delimiter + 1
        }
        var n = initialN, i = 0, bias = initialBias
        while position < input.endIndex {
            let oldI = i
            var weight = 1
            var k = base
            while true {
                guard position < input.endIndex, let digit = digitValue(input[position]) else { return nil }
                position += 1
                guard digit <= (limit - i) / weight else { return nil }
                i += digit * weight
                let threshold = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < threshold { break }
                guard weight <= limit / (base - threshold) else { return nil }
                weight *= base - threshold
                k += base
            }
            let count = output.count + 1
            bias = adapt(i - oldI, count: count, first: oldI == 0)
            guard i / count <= limit - n else { return nil }
            n += i / count
            i %= count
            guard n >= initialN, let scalar = Unicode.Scalar(UInt32(n)) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        return output
    }

    /// For labels holding right-to-left letters: start with one, end with one or a digit, and
    /// hold no left-to-right letter.
    private static func followsBidiRule(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.contains(where: isRightToLeft) else { return true }
        guard let first = scalars.first, isRightToLeft(first) else { return false }
        let last = scalars.last { !$0.properties.generalCategory.isMark }
        guard let last, isRightToLeft(last) || last.properties.numericType != nil else { return false }
        return !scalars.contains { $0.properties.isAlphabetic && !isRightToLeft($0) && !$0.properties.generalCategory.isMark }
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left blocks.
    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    private static func adapt(_ delta: Int, count: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0")) + 26
        default: nil
        }
    }

    /// Letters, digits, marks and `-`/`_` only: no spaces, controls, symbols or invisible characters.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return URLCharacters.isLetter(UInt8(scalar.value)) || URLCharacters.isDigit(UInt8(scalar.value))
                || scalar == "-" || scalar == "_"
        }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .otherNumber, .letterNumber:
            return true
        default:
            return false
        }
    }
}

private extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
