import KioskCore
import Widgets

/// The screen of the terminal check: every role with its name, a line of wide and combining
/// text, and the last inputs received. A pure function of its fields.
struct TerminalCheckScreen {
    /// One line about the terminal (TERM, codeset, colours, pid).
    var info = ""
    var themeName = ""
    /// The last input, e.g. `key: control(c)`.
    var lastInput = "key: (press a key)"
    var history: [String] = []

    /// Wide (CJK, emoji), Georgian and a combining accent (e + U+0301): 23 columns.
    static let wideText = "wide: 漢字 ქართული 🙂 e\u{301}"
    /// The column of the `|` after `wideText`, which shows whether widths agree.
    static let wideMarkColumn = 40
    static let sample = "The quick brown fox 0123"

    mutating func record(_ line: String) {
        lastInput = line
        history.append(String(line.dropFirst(line.hasPrefix("key: ") ? 5 : 0)))
        if history.count > 6 { history.removeFirst(history.count - 6) }
    }

    func frame(size: TerminalSize) -> Frame {
        var buffer = Buffer(size: size)
        buffer.fill(Rect(row: 0, col: 0, cols: size.cols, rows: 1), role: .header)
        buffer.write(" Terminal check", row: 0, col: 0, role: .header)
        buffer.write("\(info)  theme \(themeName)", row: 1, col: 1, role: .muted)
        var cursor: Position?
        for (index, role) in Role.allCases.enumerated() {
            let row = 3 + index
            buffer.write(role.rawValue, row: row, col: 2, role: .body)
            let written = buffer.write(Self.sample, row: row, col: 18, role: role)
            if role == .inputFocused { cursor = Position(row: row, col: 18 + written) }
        }
        buffer.write(Self.wideText, row: 18, col: 2, role: .body)
        buffer.write("|", row: 18, col: Self.wideMarkColumn, role: .body)
        buffer.write(lastInput, row: 20, col: 2, role: .title)
        buffer.write("recent: " + history.joined(separator: ", "), row: 21, col: 2, role: .muted)
        let bottom = size.rows - 1
        if bottom > 21 {
            buffer.fill(Rect(row: bottom, col: 0, cols: size.cols, rows: 1), role: .status)
            buffer.write(" F2 colour/mono   F10 quit", row: bottom, col: 0, role: .status)
        }
        if let position = cursor, !buffer.contains(row: position.row, col: position.col) { cursor = nil }
        return Frame(buffer: buffer, cursor: cursor)
    }

    /// A theme that uses basic, bright and 256-palette colours, so their fallbacks show.
    static let colourTheme = Theme(name: "check-colour", title: "Terminal check colours", styles: [
        .body: Style(),
        .title: Style(foreground: .indexed(15), background: .indexed(4), attributes: .bold, monoAttributes: .bold),
        .header: Style(foreground: .indexed(0), background: .indexed(6), monoAttributes: .reverse),
        .status: Style(foreground: .indexed(15), background: .indexed(238), monoAttributes: .reverse),
        .key: Style(foreground: .indexed(0), background: .indexed(11), attributes: .bold, monoAttributes: [.reverse, .bold]),
        .selected: Style(foreground: .indexed(0), background: .indexed(14), monoAttributes: .reverse),
        .muted: Style(foreground: .indexed(244), monoAttributes: .dim),
        .error: Style(foreground: .indexed(196), attributes: .bold, monoAttributes: .bold),
        .warning: Style(foreground: .indexed(214), monoAttributes: .bold),
        .success: Style(foreground: .indexed(46)),
        .input: Style(background: .indexed(236), attributes: .underline, monoAttributes: .underline),
        .inputFocused: Style(foreground: .indexed(0), background: .indexed(153), attributes: .underline,
                             monoAttributes: [.underline, .bold]),
        .border: Style(foreground: .indexed(67)),
        .dialog: Style(foreground: .indexed(0), background: .indexed(252), monoAttributes: .reverse),
    ])
}
