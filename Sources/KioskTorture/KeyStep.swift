import KioskCore

/// One step of a keys episode: a key, a new terminal size, or time passing.
enum KeyStep: CustomStringConvertible {
    case key(Key)
    case resize(TerminalSize)
    /// The clock moves on by this many seconds, deadline by deadline.
    case wait(Int)

    var description: String {
        switch self {
        case .key(let key): "key \(KeyStep.name(key))"
        case .resize(let size): "resize \(size)"
        case .wait(let seconds): "wait \(seconds)s"
        }
    }

    /// A key as a person would read it: `'é'`, `U+0301`, `Ctrl-C`, `F9`, `Enter`.
    static func name(_ key: Key) -> String {
        switch key {
        case .character(let character):
            let scalars = character.unicodeScalars
            if scalars.allSatisfy({ $0.value >= 0x21 && $0.value < 0x7F }) { return "'\(character)'" }
            return scalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        case .control(let character): return "Ctrl-\(character.uppercased())"
        case .function(let number): return "F\(number)"
        default: return "\(key)"
        }
    }
}
