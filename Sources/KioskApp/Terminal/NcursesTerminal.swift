import CNcurses
import Foundation
import KioskCore
import Widgets

/// The real tty through ncursesw: raw keys, lockdown signals, and frames drawn by difference.
///
/// Opening it puts the terminal in raw mode (Ctrl-C, Ctrl-\, Ctrl-Z, Ctrl-S/Q, Ctrl-D arrive as
/// input), ignores SIGINT/SIGQUIT/SIGTSTP and turns SIGHUP/SIGTERM into `stopSignal`.
/// Call `restore()` on every exit path; `exit()` and `deinit` restore the terminal too.
final class NcursesTerminal: Terminal {
    /// The SIGHUP or SIGTERM that arrived, if any; `nextEvent` returns nil once it is set.
    var stopSignal: Int32? { hungUp ? SIGHUP : NcursesSignals.stopSignal }
    /// The terminal type in use (`TERM`).
    let terminalType: String
    /// The codeset of the locale chosen at start (UTF-8 unless none is installed).
    let codeset: String
    /// Whether the last presented frame was drawn in colour.
    var usesColour: Bool { palette.usesColour }
    /// How many colours the terminal has (0 without colour support).
    var colourCount: Int {
        guard hasColours else { return 0 }
        return Int(colourStarted ? kiosk_colors() : kiosk_terminfo_colors())
    }

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var hasColours = false
    private var colourStarted = false
    private var defaultColours = false
    private var palette = NcursesPalette()
    private var drawnTheme: Theme?
    private var drawnSize: TerminalSize?
    private var drawnBufferSize: TerminalSize?
    private var drawn: [NcursesGlyph] = []
    private var cursorVisible: Bool?
    private var hungUp = false
    private var lastSize = TerminalSize.standard
    private let inputFD: Int32 = 0
    private static let escapeDelay: Int32 = 25
    /// How long to wait for the rest of a character once its first byte is readable.
    private static let followUpMilliseconds: Int32 = 50

    /// Opens the terminal named by `type` (default: `$TERM`).
    init(type: String? = nil) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw NcursesTerminalError.notATerminal }
        codeset = Self.chooseUTF8Locale()
        guard let term = type ?? ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else {
            throw NcursesTerminalError.noTerminalType
        }
        terminalType = term
        guard let screen = kiosk_newterm(term) else { throw NcursesTerminalError.unknownTerminalType(term) }
        self.screen = screen
        NcursesSignals.setCursesActive(true)
        guard kiosk_has_cursor_addressing() != 0 else {
            restore()
            throw NcursesTerminalError.cannotAddressCursor(term)
        }
        let window = kiosk_stdscr()
        self.window = window
        hasColours = has_colors()
        raw()
        noecho()
        nonl()
        _ = meta(window, true)
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, false)
        scrollok(window, false)
        idlok(window, false)
        typeahead(-1)
        set_escdelay(Self.escapeDelay)
        NcursesKeyMap.defineAlternateSequences()
        guard NcursesSignals.lockDown() else {
            restore()
            throw NcursesTerminalError.signalsNotInstalled
        }
        lastSize = size
    }

    deinit { restore() }

    var size: TerminalSize {
        guard let window else { return lastSize }
        return TerminalSize(cols: Int(kiosk_maxx(window)), rows: Int(kiosk_maxy(window)))
    }

    /// Clears the screen (terminals without an alternate screen would keep showing it), leaves
    /// curses and gives the terminal back as it was; safe to call more than once.
    func restore() {
        guard let screen else { return }
        if let window {
            werase(window)
            wnoutrefresh(window)
            doupdate()
            curs_set(1)
        }
        endwin()
        NcursesSignals.setCursesActive(false)
        delscreen(screen)
        self.screen = nil
        window = nil
    }

    /// Makes the next `present` repaint every cell and clear the physical screen.
    func invalidate() {
        drawnSize = nil
        if let window { clearok(window, true) }
    }

    func present(_ frame: Frame, theme: Theme) {
        guard let window else { return }
        let size = self.size
        lastSize = size
        var full = size != drawnSize
        if theme != drawnTheme {
            applyTheme(theme)
            // Pairs may have changed colour under unchanged cells: repaint the physical screen.
            clearok(window, true)
            full = true
        }
        let rows = min(size.rows, frame.buffer.size.rows)
        let cols = min(size.cols, frame.buffer.size.cols)
        let glyphs = NcursesGlyph.grid(of: frame.buffer, rows: rows, cols: cols)
        if full || glyphs.count != drawn.count || frame.buffer.size != drawnBufferSize {
            werase(window)
            full = true
        }
        for index in glyphs.indices where full || glyphs[index] != drawn[index] {
            draw(glyphs[index], row: index / max(cols, 1), col: index % max(cols, 1), in: window)
        }
        drawn = glyphs
        drawnSize = size
        drawnBufferSize = frame.buffer.size
        placeCursor(frame.cursor, rows: rows, cols: cols, in: window)
        wnoutrefresh(window)
        doupdate()
    }

    private func applyTheme(_ theme: Theme) {
        if hasColours, !theme.monochrome, !colourStarted {
            colourStarted = true
            if start_color() != ERR {
                defaultColours = use_default_colors() != ERR
            }
        }
        palette.apply(theme, colourReady: colourStarted && hasColours, defaultColours: defaultColours)
        drawnTheme = theme
    }

    private func draw(_ glyph: NcursesGlyph, row: Int, col: Int, in window: UnsafeMutablePointer<WINDOW>) {
        guard case .text(let chars, let role, _) = glyph else { return }
        let look = palette.look(for: role)
        let y = Int32(row), x = Int32(col)
        let status = chars.withUnsafeBufferPointer {
            kiosk_put_cell(window, y, x, $0.baseAddress, look.attributes, look.pair)
        }
        if status == ERR, chars.count > 2 {
            // setcchar refused the combining marks: draw the base character alone.
            let base: [wchar_t] = [chars[0], 0]
            _ = base.withUnsafeBufferPointer { kiosk_put_cell(window, y, x, $0.baseAddress, look.attributes, look.pair) }
        }
        // ERR at the bottom-right cell is expected (ncurses cannot advance); nothing scrolls.
    }

    private func placeCursor(_ cursor: Position?, rows: Int, cols: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let visible: Bool
        if let cursor, cursor.row >= 0, cursor.col >= 0, cursor.row < rows, cursor.col < cols {
            wmove(window, Int32(cursor.row), Int32(cursor.col))
            visible = true
        } else {
            visible = false
        }
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
    }

    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        let deadline = Self.deadline(after: timeoutMilliseconds)
        while let input = nextInput(until: deadline) {
            if case .event(let event) = input { return event }
        }
        return nil
    }

    /// Like `nextEvent`, but also returns the input the kiosk ignores (for the terminal check).
    func nextInput(timeoutMilliseconds: Int?) -> NcursesInput? {
        nextInput(until: Self.deadline(after: timeoutMilliseconds))
    }

    private func nextInput(until deadline: ContinuousClock.Instant?) -> NcursesInput? {
        guard let window else { return nil }
        var emptyReads = 0
        while stopSignal == nil {
            // First what ncurses already holds (pushed-back bytes, a pending resize).
            if let input = read(window, waitMilliseconds: emptyReads == 0 ? 0 : Self.followUpMilliseconds) {
                return input
            }
            let remaining = Self.milliseconds(until: deadline)
            if remaining == 0 { return nil }
            switch NcursesSignals.waitForInput(fd: inputFD, timeoutMilliseconds: remaining) {
            case .timeout:
                return nil
            case .signal:
                emptyReads = 0
            case .hangup:
                hungUp = true
            case .input:
                // Readable but nothing decodes, again and again: the tty is gone (EOF or EIO).
                emptyReads += 1
                if emptyReads > 3 { hungUp = true }
            }
        }
        return nil
    }

    private func read(_ window: UnsafeMutablePointer<WINDOW>, waitMilliseconds: Int32) -> NcursesInput? {
        wtimeout(window, waitMilliseconds)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == ERR { return nil }
        if status == kiosk_key_code_yes() {
            let keyCode = Int32(bitPattern: code)
            if keyCode == KEY_RESIZE {
                let size = self.size
                lastSize = size
                return .event(.resized(size))
            }
            if let key = NcursesKeyMap.key(forKeyCode: keyCode) { return .event(.key(key)) }
            return .ignored(code: code, isKeyCode: true)
        }
        if let key = NcursesKeyMap.key(forCharacter: code) { return .event(.key(key)) }
        return .ignored(code: code, isKeyCode: false)
    }

    private static func deadline(after milliseconds: Int?) -> ContinuousClock.Instant? {
        milliseconds.map { ContinuousClock.now.advanced(by: .milliseconds(max(0, $0))) }
    }

    /// Whole milliseconds left, rounded up; nil for no deadline.
    private static func milliseconds(until deadline: ContinuousClock.Instant?) -> Int? {
        guard let deadline else { return nil }
        let left = ContinuousClock.now.duration(to: deadline)
        if left <= .zero { return 0 }
        let (seconds, attoseconds) = left.components
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Sets the locale from the environment; falls back to C.UTF-8 when that is not UTF-8.
    private static func chooseUTF8Locale() -> String {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return currentCodeset() }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8(currentCodeset()) { return currentCodeset() }
        }
        setlocale(LC_ALL, "")
        return currentCodeset()
    }

    private static func currentCodeset() -> String {
        kiosk_codeset().map { String(cString: $0) } ?? ""
    }

    private static func isUTF8(_ codeset: String) -> Bool {
        let lowered = codeset.lowercased()
        return lowered == "utf-8" || lowered == "utf8"
    }
}
