import Widgets

/// What may be drawn in a cell: nothing a terminal would act on.
enum HarmlessText {
    /// Whether a scalar is safe to draw: no C0, DEL or C1 control (ESC and 0x9B included), no
    /// bidi override or isolate, no surrogate or noncharacter.
    static func isHarmless(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }

    /// The first harmful cell of a buffer, as "row R, column C: U+XXXX", or nil.
    static func firstHarm(in buffer: Buffer) -> String? {
        for (index, cell) in buffer.cells.enumerated() {
            if let bad = cell.text.unicodeScalars.first(where: { !isHarmless($0) }) {
                return "row \(index / max(1, buffer.size.cols)), column \(index % max(1, buffer.size.cols)): U+"
                    + String(bad.value, radix: 16, uppercase: true)
            }
        }
        return nil
    }
}
