import Foundation

/// Start-up: from exec to the first complete screen under a pty, the kiosk's login screen
/// against `dialog --menu` and `lynx` on a local page, and the floor of any Swift program on
/// Foundation (`SwiftFloor`). Goal: at most twice dialog's.
///
/// Each program runs once untimed (caches), then `runs` times; the median is reported. Every run
/// is ended with SIGTERM, and a kiosk that needs SIGKILL is reported in the row's note.
struct StartUpFigure: BenchFigure {
    let name = "start-up"

    /// The median start-up of one program, and how many of its runs did not end on SIGTERM.
    private struct Timing {
        var seconds: Double
        var unstoppable: Int
    }

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let runs = context.quick ? 3 : 15
        let kiosk = try KioskUnderPty(context: context)
        let kioskTiming = try timing(runs, start: kiosk.start, marker: KioskUnderPty.loginMarker)
        var peers: [String] = []
        var dialogTime: Double?
        if let dialog = BenchShell.find("dialog") {
            let command = PeerScreens.dialogMenu(dialog, home: context.work)
            dialogTime = try timing(runs, start: command.start, marker: command.marker).seconds
            peers.append("dialog \(PtySamples.milliseconds(dialogTime!))")
        } else {
            peers.append("dialog not installed")
        }
        if let lynx = BenchShell.find("lynx") {
            let command = try PeerScreens.lynxPage(lynx, home: context.work)
            peers.append("lynx \(PtySamples.milliseconds(try timing(runs, start: command.start, marker: command.marker).seconds))")
        } else {
            peers.append("lynx not installed")
        }
        if let floor = try SwiftFloor.command(home: context.work) {
            peers.append("\(SwiftFloor.name) \(PtySamples.milliseconds(try timing(runs, start: floor.start, marker: floor.marker).seconds))")
        }
        let ratio = dialogTime.map { kioskTiming.seconds / $0 }
        let note = kioskTiming.unstoppable == 0 ? "" : "\(kioskTiming.unstoppable) of \(runs + 1) kiosk runs did not end on SIGTERM within 5 s"
        return [BenchRow(figure: name, measured: "exec → login screen, 80x24, median of \(runs)",
                         kiosk: PtySamples.milliseconds(kioskTiming.seconds) + (ratio.map { String(format: " (%.2f× dialog)", $0) } ?? ""),
                         peers: peers.joined(separator: ", "), goal: "≤ 2× dialog", met: ratio.map { $0 <= 2 }, note: note)]
    }

    /// The median time from spawn to the last byte of the first complete screen, after one untimed run.
    private func timing(_ runs: Int, start: () throws -> PtyProcess, marker: String) throws -> Timing {
        var samples = PtySamples()
        var unstoppable = 0
        for run in 0...runs {
            let process = try start()
            let burst = try process.settle(since: 0, marker: marker)
            if !process.end() { unstoppable += 1 }
            if run > 0 { samples.add(PtySamples.seconds(burst.endedAt - process.startedAt)) }
        }
        return Timing(seconds: samples.median, unstoppable: unstoppable)
    }
}
