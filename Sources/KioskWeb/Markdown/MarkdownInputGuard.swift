/// Defuses, before cmark-gfm parses, the Markdown that would make it slow or nest deeply.
///
/// Debian 12 ships cmark-gfm 0.29.0.gfm.6, without the fixes of 0.29.0.gfm.7 and later for
/// its polynomial-time cases (CVE-2023-22483, CVE-2023-22484, CVE-2023-22486, CVE-2023-24824,
/// CVE-2023-26485), and measured here: 200 KB of `<!A ` took 13 s, 300 KB of `![[]()` 50 s, a
/// 200 KB table row of 20,000 cells 15 s. Each case costs (openers) × (text scanned), so this
/// pass caps the openers and leaves the rest linear: past a cap, the character that opens one
/// is escaped with a backslash, which Markdown shows as the character itself (inside a code
/// span the backslash shows too; a lesson never comes near the caps). It also caps the quote
/// and list markers at the start of a line, so 1 MB of `>` does not build a million nested
/// quotes (270 MB) only for the HTML converter to flatten them. Lines end at `\n` or `\r`.
struct MarkdownInputGuard {
    /// Most quote and list markers (`>`, `-`, `*`, `+`, `1.`, `1)`) opening one line.
    var maxLineMarkers = 32
    /// Most unescaped `|` in one line, which delimit a table row's cells.
    var maxPipesPerLine = 64
    /// Most raw HTML openers that scan ahead for their end (`<?`, `<!` and a letter, `<![`).
    var maxRawHTMLOpeners = 16
    /// Most image openers `![`, which every link closed after them walks past.
    var maxImageOpeners = 64

    func limit(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 16)
        var counts = Counts()
        var start = 0
        while start < input.count {
            var end = start
            while end < input.count, input[end] != Byte.newline, input[end] != Byte.carriageReturn { end += 1 }
            let textStart = copyMarkers(input, from: start, to: end, into: &output)
            copyText(input, from: textStart, to: end, into: &output, counts: &counts)
            if end < input.count { output.append(input[end]) }
            start = end + 1
        }
        return output
    }

    /// Openers seen so far in the whole text.
    private struct Counts {
        var rawHTML = 0
        var images = 0
    }

    /// Copies the line's leading markers; past the cap, the next marker is escaped and ends them.
    /// Returns where the rest of the line starts.
    private func copyMarkers(_ input: [UInt8], from start: Int, to end: Int, into output: inout [UInt8]) -> Int {
        var index = start
        var count = 0
        while index < end {
            var marker = index
            while marker < end, input[marker] == Byte.space || input[marker] == Byte.tab { marker += 1 }
            guard let length = Self.markerLength(input, at: marker, end: end) else { break }
            output.append(contentsOf: input[index..<marker])
            let last = marker + length - 1
            output.append(contentsOf: input[marker..<last])
            if count == maxLineMarkers {
                output.append(Byte.backslash)
                output.append(input[last])
                return last + 1
            }
            output.append(input[last])
            count += 1
            index = last + 1
        }
        return index
    }

    /// The length of a container marker at `index`: `>`, a bullet followed by a space or tab,
    /// or up to nine digits with `.` or `)` followed by one.
    private static func markerLength(_ input: [UInt8], at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        let byte = input[index]
        if byte == Byte.greaterThan { return 1 }
        let isSpaceAfter: (Int) -> Bool = { $0 < end && (input[$0] == Byte.space || input[$0] == Byte.tab) }
        if byte == Byte.dash || byte == Byte.star || byte == Byte.plus { return isSpaceAfter(index + 1) ? 1 : nil }
        var digitsEnd = index
        while digitsEnd < end, digitsEnd - index < 9, Byte.isDigit(input[digitsEnd]) { digitsEnd += 1 }
        guard digitsEnd > index, digitsEnd < end, input[digitsEnd] == Byte.period || input[digitsEnd] == Byte.closeParen,
              isSpaceAfter(digitsEnd + 1) else { return nil }
        return digitsEnd - index + 1
    }

    /// Copies the rest of a line, escaping pipes, raw HTML openers and image openers past their caps.
    private func copyText(_ input: [UInt8], from start: Int, to end: Int, into output: inout [UInt8], counts: inout Counts) {
        var pipes = 0
        var isEscaped = false
        var index = start
        while index < end {
            let byte = input[index]
            index += 1
            if isEscaped {
                isEscaped = false
                output.append(byte)
                continue
            }
            switch byte {
            case Byte.backslash:
                isEscaped = true
            case Byte.pipe:
                pipes += 1
                if pipes > maxPipesPerLine { output.append(Byte.backslash) }
            case Byte.lessThan where Self.opensRawHTML(input, after: index, end: end):
                counts.rawHTML += 1
                if counts.rawHTML > maxRawHTMLOpeners { output.append(Byte.backslash) }
            case Byte.bang where index < end && input[index] == Byte.openBracket:
                counts.images += 1
                if counts.images > maxImageOpeners {
                    output.append(contentsOf: [Byte.bang, Byte.backslash, Byte.openBracket])
                    index += 1
                    continue
                }
            default:
                break
            }
            output.append(byte)
        }
    }

    /// Whether the `<` just before `index` starts a processing instruction, a declaration or CDATA.
    private static func opensRawHTML(_ input: [UInt8], after index: Int, end: Int) -> Bool {
        guard index < end else { return false }
        if input[index] == Byte.question { return true }
        guard input[index] == Byte.bang, index + 1 < end else { return false }
        let next = input[index + 1]
        return next == Byte.openBracket || Byte.isLetter(next)
    }

    /// The ASCII bytes the guard looks at.
    private enum Byte {
        static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        static let greaterThan = UInt8(ascii: ">"), lessThan = UInt8(ascii: "<")
        static let dash = UInt8(ascii: "-"), star = UInt8(ascii: "*"), plus = UInt8(ascii: "+")
        static let period = UInt8(ascii: "."), closeParen = UInt8(ascii: ")")
        static let backslash = UInt8(ascii: "\\"), pipe = UInt8(ascii: "|")
        static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), openBracket = UInt8(ascii: "[")

        static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        static func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
    }
}
