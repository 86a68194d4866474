import KioskHarness
import KioskCore

/// Draws the random steps of the keys category from a seeded generator.
///
/// Keys: every `Key` case, printable characters of several scripts (digits weigh most, menus
/// open by digit), the control keys of SECURITY.md and F1–F12. Sizes lean to small and common
/// ones, with 1x1 and 300x100 as bounds. Waits are mostly seconds, sometimes past the idle logout.
struct KeyGenerator {
    var random: SeededRandom

    static let scripts: [Character] = [
        "a", "z", "N", "q", "g", "b", "r", "/", " ", "-", ".", "@", "?", "*", "é", "ç", "ß", "ø", "Ω", "ж", "Я",
        "ع", "ש", "क", "ก", "中", "語", "한", "ア", "😀", "👩‍👩‍👧", "e\u{301}", "\u{301}", "\u{200B}", "\u{FEFF}", "ﷺ",
    ]
    static let named: [Key] = [
        .enter, .tab, .backTab, .escape, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .backspace, .delete, .insert,
    ]
    /// Ctrl-C, Ctrl-\, Ctrl-Z, Ctrl-S, Ctrl-Q, Ctrl-D first: the ones SECURITY.md names.
    static let controls: [Character] = ["c", "\\", "z", "s", "q", "d", "a", "e", "h", "j", "l", "m", "u", "w", "]", "^", "_"]
    static let commonSizes = [TerminalSize(cols: 80, rows: 24), TerminalSize(cols: 40, rows: 12), TerminalSize(cols: 100, rows: 30),
                              TerminalSize(cols: 120, rows: 40), TerminalSize(cols: 132, rows: 43), TerminalSize(cols: 39, rows: 12),
                              TerminalSize(cols: 40, rows: 11), TerminalSize(cols: 1, rows: 1)]

    init(random: SeededRandom) { self.random = random }

    /// The next step. On a login form Enter is drawn one time in 32 (each attempt runs the
    /// slow password hash), the others become Tab.
    mutating func next(onLoginForm: Bool) -> KeyStep {
        let roll = Int.random(in: 0..<1000, using: &random)
        switch roll {
        case 0..<25: return .resize(size())
        case 25..<45: return .wait(wait())
        default: break
        }
        let key = self.key()
        if onLoginForm, key == .enter, Int.random(in: 0..<32, using: &random) != 0 { return .key(.tab) }
        return .key(key)
    }

    mutating func key() -> Key {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<30: return .character(Character(String(Int.random(in: 0...9, using: &random))))
        case 30..<50: return .character(Self.scripts.randomElement(using: &random)!)
        case 50..<85: return Self.named.randomElement(using: &random)!
        case 85..<93: return .function(Int.random(in: 1...12, using: &random))
        default: return .control(Self.controls.randomElement(using: &random)!)
        }
    }

    /// Mostly a common size; else small (below the minimum), medium, or anything up to 300x100.
    mutating func size() -> TerminalSize {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<45: return Self.commonSizes.randomElement(using: &random)!
        case 45..<70: return TerminalSize(cols: Int.random(in: 1...45, using: &random), rows: Int.random(in: 1...14, using: &random))
        case 70..<95: return TerminalSize(cols: Int.random(in: 30...140, using: &random), rows: Int.random(in: 8...50, using: &random))
        default: return TerminalSize(cols: Int.random(in: 1...300, using: &random), rows: Int.random(in: 1...100, using: &random))
        }
    }

    /// Seconds: mostly a few, sometimes minutes, sometimes past the idle logout (10 minutes).
    mutating func wait() -> Int {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<60: return Int.random(in: 1...10, using: &random)
        case 60..<90: return Int.random(in: 30...300, using: &random)
        default: return Int.random(in: 540...900, using: &random)
        }
    }
}
