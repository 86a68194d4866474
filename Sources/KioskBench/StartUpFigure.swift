import Foundation

/// Start-up: from exec to the first complete screen under a pty, the kiosk's login screen
/// against `dialog --menu` and `lynx` on a local page. Goal: at most twice dialog's.
///
/// Each program runs once untimed (caches), then `runs` times; the median is reported.
struct StartUpFigure: BenchFigure {
    let name = "start-up"

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let runs = context.quick ? 3 : 15
        let kiosk = try KioskUnderPty(context: context)
        let kioskTime = try median(runs) { try kiosk.start() } marker: { KioskUnderPty.loginMarker }
        var peers: [String] = []
        var dialogTime: Double?
        if let dialog = BenchShell.find("dialog") {
            let command = PeerScreens.dialogMenu(dialog, home: context.work)
            dialogTime = try median(runs) { try command.start() } marker: { command.marker }
            peers.append("dialog \(PtySamples.milliseconds(dialogTime!))")
        } else {
            peers.append("dialog not installed")
        }
        if let lynx = BenchShell.find("lynx") {
            let command = try PeerScreens.lynxPage(lynx, home: context.work)
            peers.append("lynx \(PtySamples.milliseconds(try median(runs) { try command.start() } marker: { command.marker }))")
        } else {
            peers.append("lynx not installed")
        }
        let ratio = dialogTime.map { kioskTime / $0 }
        return [BenchRow(figure: name, measured: "exec → login screen, 80x24, median of \(runs)",
                         kiosk: PtySamples.milliseconds(kioskTime) + (ratio.map { String(format: " (%.2f× dialog)", $0) } ?? ""),
                         peers: peers.joined(separator: ", "), goal: "≤ 2× dialog", met: ratio.map { $0 <= 2 })]
    }

    /// The median time from spawn to the last byte of the first complete screen, after one untimed run.
    private func median(_ runs: Int, start: () throws -> PtyProcess, marker: () -> String) throws -> Double {
        var samples = PtySamples()
        for run in 0...runs {
            let process = try start()
            defer { process.end() }
            let burst = try process.settle(since: 0, marker: marker())
            if run > 0 { samples.add(PtySamples.seconds(burst.endedAt - process.startedAt)) }
        }
        return samples.median
    }
}
