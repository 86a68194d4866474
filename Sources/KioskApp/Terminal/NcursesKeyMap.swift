import CNcurses
import KioskCore

/// Turns what `wget_wch` returns into a `Key`; nil for input the kiosk ignores.
///
/// In raw mode Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-Q and Ctrl-D arrive here as `.control` keys.
/// Ctrl-\ (28), Ctrl-] (29), Ctrl-^ (30) and Ctrl-_ (31) arrive as `.control("\\")` and so on.
enum NcursesKeyMap {
    /// A key code (`wget_wch` returned KEY_CODE_YES); KEY_RESIZE is handled by the caller.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        default:
            let number = code - kiosk_key_f(0)
            return (1...12).contains(number) ? .function(Int(number)) : nil
        }
    }

    /// A character (`wget_wch` returned OK).
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter
        case 9: return .tab
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(0x40 + code))))
        default:
            guard let scalar = Unicode.Scalar(code), isPrintable(scalar) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Arrow, Home/End, paging and function-key sequences of common terminals (xterm, VT220,
    /// Linux console) that the terminfo entry lacks, so a slightly wrong TERM still yields keys
    /// instead of Escape followed by characters. Sequences that clash with defined ones are skipped.
    static func defineAlternateSequences() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
            ("\u{1B}[A", KEY_UP), ("\u{1B}OA", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}OB", KEY_DOWN),
            ("\u{1B}[C", KEY_RIGHT), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[3~", KEY_DC), ("\u{1B}[2~", KEY_IC),
            ("\u{1B}[Z", KEY_BTAB), ("\u{1B}OM", KEY_ENTER),
            ("\u{1B}OP", kiosk_key_f(1)), ("\u{1B}OQ", kiosk_key_f(2)), ("\u{1B}OR", kiosk_key_f(3)),
            ("\u{1B}OS", kiosk_key_f(4)), ("\u{1B}[11~", kiosk_key_f(1)), ("\u{1B}[12~", kiosk_key_f(2)),
            ("\u{1B}[13~", kiosk_key_f(3)), ("\u{1B}[14~", kiosk_key_f(4)), ("\u{1B}[15~", kiosk_key_f(5)),
            ("\u{1B}[17~", kiosk_key_f(6)), ("\u{1B}[18~", kiosk_key_f(7)), ("\u{1B}[19~", kiosk_key_f(8)),
            ("\u{1B}[20~", kiosk_key_f(9)), ("\u{1B}[21~", kiosk_key_f(10)), ("\u{1B}[23~", kiosk_key_f(11)),
            ("\u{1B}[24~", kiosk_key_f(12)),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// Not a C0/C1 control, DEL, or a bidi override/isolate.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return false }
        return true
    }
}
