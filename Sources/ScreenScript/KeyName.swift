import KioskCore

/// The key names `press` accepts, spelt exactly as scripts write them (case-sensitive).
///
/// Besides the names in `table`, a single printable character stands for itself (`press 3`
/// picks menu entry 3; `press q`).
public enum KeyName {
    /// Every name with its key, in documentation order.
    public static let table: [(name: String, key: Key)] = {
        var table: [(name: String, key: Key)] = [
            ("Enter", .enter), ("Tab", .tab), ("BackTab", .backTab), ("Esc", .escape),
            ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
            ("Home", .home), ("End", .end), ("PageUp", .pageUp), ("PageDown", .pageDown),
            ("Backspace", .backspace), ("Delete", .delete), ("Insert", .insert),
            ("Space", .character(" ")),
        ]
        table += (1...12).map { ("F\($0)", Key.function($0)) }
        table += "abcdefghijklmnopqrstuvwxyz".map { ("Ctrl+\($0.uppercased())", Key.control($0)) }
        return table
    }()

    /// Every valid name, in documentation order.
    public static var all: [String] { table.map(\.name) }

    /// The key a name stands for: one of `table`, or a single printable character.
    public static func key(named name: String) -> Key? {
        if let entry = table.first(where: { $0.name == name }) { return entry.key }
        guard name.count == 1, let character = name.first, isPrintable(character) else { return nil }
        return .character(character)
    }

    /// The script name of a key (`Enter`, `Ctrl+Q`, `Space`, `3`); nil for a key no name gives.
    public static func name(of key: Key) -> String? {
        if let entry = table.first(where: { $0.key == key }) { return entry.name }
        if case .character(let character) = key, isPrintable(character) { return String(character) }
        return nil
    }

    /// Not a blank and not a control character.
    private static func isPrintable(_ character: Character) -> Bool {
        !character.isWhitespace && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The error message for a name that is not a key, with the likeliest intended name.
    static func unknownMessage(_ name: String) -> String {
        if name.isEmpty { return "missing key name before '*'" }
        if name.count == 1 { return "unknown key U+\(String(name.unicodeScalars.first!.value, radix: 16, uppercase: true))" }
        if name.hasPrefix("Ctrl+"), name.count != 6 || !(name.last!.isASCII && name.last!.isLetter) {
            return "unknown key '\(name)' (Ctrl+ takes one letter, Ctrl+A…Ctrl+Z)"
        }
        if name.hasPrefix("F"), let number = Int(name.dropFirst()), !(1...12).contains(number) {
            return "unknown key '\(name)' (function keys are F1…F12)"
        }
        if let suggestion = suggestion(for: name) { return "unknown key '\(name)' (did you mean \(suggestion)?)" }
        return "unknown key '\(name)'"
    }

    /// The valid name someone probably meant by `name`.
    static func suggestion(for name: String) -> String? {
        let aliases = [
            "return": "Enter", "ret": "Enter", "cr": "Enter", "escape": "Esc", "del": "Delete",
            "ins": "Insert", "pgup": "PageUp", "pgdn": "PageDown", "pgdown": "PageDown",
            "bs": "Backspace", "shift+tab": "BackTab", "stab": "BackTab", "spacebar": "Space",
        ]
        let lower = name.lowercased()
        if let alias = aliases[lower] { return alias }
        for prefix in ["ctrl+", "ctrl-", "control+", "control-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter {
                return "Ctrl+\(letter.uppercased())"
            }
        }
        if let exact = all.first(where: { $0.lowercased() == lower }) { return exact }
        return ClosestName.find(name, in: all)
    }
}
