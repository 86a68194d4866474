/// The one width policy of the kiosk: how many terminal columns a scalar takes.
///
/// Derived from the C library's `wcwidth()` (see `CharacterWidthTable`), which is what ncurses
/// uses to place characters, so the headless screen and the real terminal agree.
public enum TextWidth {
    /// 0 for combining and format characters, 2 for wide (CJK, most emoji), 1 otherwise.
    /// Control characters count as 0: sanitised text never contains them.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x0300 { return 1 }
        if contains(CharacterWidthTable.zero, value) { return 0 }
        if contains(CharacterWidthTable.wide, value) { return 2 }
        return 1
    }

    /// Columns taken by a whole string, scalar by scalar (as the terminal will draw it).
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
