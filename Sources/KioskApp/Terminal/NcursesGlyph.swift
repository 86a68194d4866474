import CNcurses
import Widgets

/// What the terminal draws at one cell: NUL-terminated wide characters, or nothing because
/// the wide character on the left covers it.
///
/// Built from a buffer with the C library's widths, so a character ncurses would draw wider
/// or narrower than the buffer planned becomes `?` and the grid never shifts.
enum NcursesGlyph: Equatable {
    case text([wchar_t], role: Role, wide: Bool)
    case covered

    /// The glyphs of the top-left `rows` x `cols` of a buffer (both within its size), row by row.
    static func grid(of buffer: Buffer, rows: Int, cols: Int) -> [NcursesGlyph] {
        var glyphs: [NcursesGlyph] = []
        glyphs.reserveCapacity(rows * cols)
        for row in 0..<rows {
            var coveredNext = false
            for col in 0..<cols {
                let cell = buffer[row, col]
                if coveredNext {
                    glyphs.append(.covered)
                    coveredNext = false
                    continue
                }
                let glyph = make(cell, fitsWide: col + 1 < cols && buffer[row, col + 1].isContinuation)
                if case .text(_, _, true) = glyph { coveredNext = true }
                glyphs.append(glyph)
            }
        }
        return glyphs
    }

    /// One cell's glyph; `fitsWide` says whether the next cell is its continuation on screen.
    static func make(_ cell: Cell, fitsWide: Bool) -> NcursesGlyph {
        let space: [wchar_t] = [0x20, 0]
        let unknown: [wchar_t] = [0x3F, 0]
        if cell.isContinuation { return .text(space, role: cell.role, wide: false) }
        let base = cell.base
        guard cell.hasCharacter else { return .text(space, role: cell.role, wide: false) }
        if cell.width == 2 && !fitsWide { return .text(space, role: cell.role, wide: false) }
        let baseChar = wchar_t(bitPattern: base.value)
        let width = NcursesKeyMap.isPrintable(base) ? Int(kiosk_wcwidth(baseChar)) : -1
        let wide = cell.width == 2
        guard width == (wide ? 2 : 1) else {
            // ncurses would draw it at another width (or not at all): keep the grid aligned.
            return .text(unknown, role: cell.role, wide: false)
        }
        var chars: [wchar_t] = [baseChar]
        for mark in cell.marks where chars.count <= Cell.maxCombining {
            let markChar = wchar_t(bitPattern: mark.value)
            if NcursesKeyMap.isPrintable(mark) && kiosk_wcwidth(markChar) == 0 { chars.append(markChar) }
        }
        chars.append(0)
        return .text(chars, role: cell.role, wide: wide)
    }
}
