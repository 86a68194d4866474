import Foundation

/// The hostile texts of SECURITY.md ("Untrusted text"), each as the raw bytes an outsider sends.
///
/// Every entry carries a visible marker word (`HOSTILE` and its index), so a check can tell
/// text that reached the screen from text that was refused.
enum HostileCorpus {
    struct Entry {
        let name: String
        /// The bytes as sent: not always valid UTF-8.
        let bytes: [UInt8]
        /// The word a screen shows when the text got through.
        let marker: String
    }

    static let esc = "\u{1B}"

    /// The short entries, each named; `all` adds the 10 MB line in full mode.
    static func entries(includingHuge: Bool) -> [Entry] {
        var raw: [(String, [UInt8])] = [
            ("ESC[2J clear screen", Array("\(esc)[2J\(esc)[H".utf8)),
            ("OSC 0 window title", Array("\(esc)]0;owned\u{07}".utf8)),
            ("OSC 52 clipboard set", Array("\(esc)]52;c;cm0gLXJmIH4K\u{07}".utf8)),
            ("OSC 52 clipboard query", Array("\(esc)]52;c;?\(esc)\\".utf8)),
            ("OSC 8 link", Array("\(esc)]8;;https://evil.example/\(esc)\\click\(esc)]8;;\(esc)\\".utf8)),
            ("DCS passthrough", Array("\(esc)Ptmux;\(esc)\(esc)]0;x\u{07}\(esc)\\".utf8)),
            ("raw 0x9B CSI", [0x9B, 0x32, 0x4A, 0x9D, 0x30, 0x3B, 0x78, 0x07]),
            ("C1 controls as UTF-8", Array("\u{9B}2J\u{9D}0;x\u{9C}\u{85}".utf8)),
            ("carriage return overwrite", Array("PIN 0000\rPIN OK  ".utf8)),
            ("backspace overwrite", Array("safe\u{08}\u{08}\u{08}\u{08}evil".utf8)),
            ("U+202E right-to-left override", Array("invoice\u{202E}fdp.exe".utf8)),
            ("bidi isolates and embeddings", Array("\u{2066}a\u{2067}b\u{2068}c\u{2069}\u{202A}d\u{202B}e\u{202C}\u{202D}".utf8)),
            ("C0 controls and DEL", (0x00...0x1F).map { UInt8($0) } + [0x7F]),
            ("invalid UTF-8", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0xED, 0xA0, 0x80]),
            ("thousands of combining marks", Array(("Z" + String(repeating: "\u{301}\u{302}\u{316}", count: 1_500)).utf8)),
            ("ESC alone and DEC private modes", Array("\(esc)[?1049l\(esc)[?25l\(esc)c\(esc)7\(esc)8\(esc)(0".utf8)),
        ]
        if includingHuge {
            raw.append(("10 MB line", Array(repeating: UInt8(ascii: "A"), count: 10 * 1024 * 1024)))
        }
        return raw.enumerated().map { index, item in
            let marker = "HOSTILE\(index)"
            return Entry(name: item.0, bytes: Array("\(marker) ".utf8) + item.1 + Array(" \(marker)".utf8), marker: marker)
        }
    }
}

extension HostileCorpus.Entry {
    /// The bytes as Swift text: invalid sequences become U+FFFD, as any decoder would make them.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
