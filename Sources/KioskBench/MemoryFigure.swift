import Foundation

/// Memory: the kiosk's peak resident set (VmHWM) after login, and after scripted use standing
/// for an hour (`KioskUseScript`), against lynx showing a page and dialog showing a menu, and
/// the floor of any Swift program on Foundation (`SwiftFloor`). Goal: at most 25 MB.
///
/// VmHWM counts the pages of shared libraries the process touched, so the Swift runtime and
/// Foundation weigh in full although every Swift program on the machine shares them.
struct MemoryFigure: BenchFigure {
    let name = "memory"
    static let goalKB = 25 * 1024

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let rounds = context.quick ? 2 : KioskUseScript.roundsPerHour
        let kiosk = try KioskUnderPty(context: context)
        let process = try kiosk.startLoggedIn()
        defer { process.end() }
        let afterLogin = try process.sample()
        for round in 1...rounds {
            let start = process.output.count
            for key in KioskUseScript.round {
                let mark = process.output.count
                try process.type(key)
                _ = try process.settle(since: mark, quiet: .milliseconds(100), silence: .seconds(1))
            }
            guard process.isRunning else { throw PtyError.exited("round \(round) of the scripted use") }
            // Every round ends on the home screen, drawn again at least once.
            _ = try process.settle(since: start, marker: KioskUnderPty.homeMarker, quiet: .zero)
        }
        let afterUse = try process.sample()
        var peers: [String] = []
        if let lynx = BenchShell.find("lynx") {
            peers.append("lynx \(PtySamples.megabytes(kilobytes: try peak(of: PeerScreens.lynxPage(lynx, home: context.work))))")
        } else {
            peers.append("lynx not installed")
        }
        if let dialog = BenchShell.find("dialog") {
            peers.append("dialog \(PtySamples.megabytes(kilobytes: try peak(of: PeerScreens.dialogMenu(dialog, home: context.work))))")
        } else {
            peers.append("dialog not installed")
        }
        if let floor = try SwiftFloor.command(home: context.work) {
            peers.append("\(SwiftFloor.name) \(PtySamples.megabytes(kilobytes: try peak(of: floor)))")
        }
        let keys = rounds * KioskUseScript.round.count
        return [
            BenchRow(figure: name, measured: "peak RSS after login", kiosk: PtySamples.megabytes(kilobytes: afterLogin.peakResidentKB)
                         + " (anonymous now \(PtySamples.megabytes(kilobytes: afterLogin.anonymousKB)))",
                     peers: peers.joined(separator: ", "), goal: "≤ 25 MB", met: afterLogin.peakResidentKB <= Self.goalKB),
            BenchRow(figure: name, measured: "peak RSS after \(rounds) rounds of use (\(keys) keys)",
                     kiosk: PtySamples.megabytes(kilobytes: afterUse.peakResidentKB)
                         + " (now \(PtySamples.megabytes(kilobytes: afterUse.residentKB)), anonymous \(PtySamples.megabytes(kilobytes: afterUse.anonymousKB)))",
                     peers: peers.joined(separator: ", "), goal: "≤ 25 MB", met: afterUse.peakResidentKB <= Self.goalKB),
        ]
    }

    /// A peer's peak resident set once its first screen is complete.
    private func peak(of command: PtyCommand) throws -> Int {
        let (process, _) = try command.startSettled()
        defer { process.end() }
        return try process.sample().peakResidentKB
    }
}
