import Foundation

/// Terminal bytes per key: one step down a 20-item menu under a pty (TERM=xterm-256color,
/// 80x24), the kiosk's service picker on a generated catalogue against `dialog --menu` with the
/// same 20 entries. Goal: no more than dialog.
///
/// After the first screen settles, the terminal's Down key (`kcud1`) is sent `steps` times; each
/// step's bytes are counted until the output is quiet; the median is reported.
struct TerminalBytesFigure: BenchFigure {
    let name = "terminal bytes"

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let steps = context.quick ? 3 : 9
        let down = try PtyEnvironment.key("kcud1")
        let kiosk = try KioskUnderPty(context: context,
                                      services: BenchServiceCatalog.toml(repositoryContent: try KioskUnderPty.repository(for: context.kiosk)
                                          .appendingPathComponent("content").path))
        let process = try kiosk.startLoggedIn()
        defer { process.end() }
        var mark = process.output.count
        try process.type("4")
        _ = try process.settle(since: mark, marker: "Service requests")
        mark = process.output.count
        try process.type("n")
        _ = try process.settle(since: mark, marker: PeerScreens.menuItems[1])
        let kioskBytes = try bytesPerStep(process, key: down, steps: steps)
        var peers = "dialog not installed"
        var met: Bool?
        if let dialog = BenchShell.find("dialog") {
            let (peer, _) = try PeerScreens.dialogMenu(dialog, home: context.work).startSettled()
            defer { peer.end() }
            let dialogBytes = try bytesPerStep(peer, key: down, steps: steps)
            peers = "dialog \(Int(dialogBytes)) B"
            met = kioskBytes <= dialogBytes
        }
        return [BenchRow(figure: name, measured: "Down in a 20-item menu, 80x24, median of \(steps)",
                         kiosk: "\(Int(kioskBytes)) B", peers: peers, goal: "≤ dialog", met: met)]
    }

    /// Sends `key` `steps` times, each once the previous step's output is quiet; the median bytes.
    private func bytesPerStep(_ process: PtyProcess, key: [UInt8], steps: Int) throws -> Double {
        var samples = PtySamples()
        var mark = process.output.count
        for _ in 0..<steps {
            mark = process.output.count
            try process.type(key)
            samples.add(Double(try process.settle(since: mark, silence: .seconds(2)).bytes))
        }
        print("  \(process.program), last step: \(Self.escaped(process.output[mark...]))")
        return samples.median
    }

    /// Bytes as readable text: ESC as `\e`, other controls and non-ASCII bytes in hex.
    static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { byte -> String in
            switch byte {
            case 0x1B: return "\\e"
            case 0x20..<0x7F: return String(UnicodeScalar(byte))
            default: return String(format: "\\x%02X", byte)
            }
        }.joined()
    }
}
