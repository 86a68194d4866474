import Foundation

/// Idle: CPU time and wake-ups of the kiosk over a period idle on Daniel's home screen after
/// login (60 s; `--quick` 5 s), with `dialog --menu` idle over the same period for comparison.
/// Goal: at most one wake-up a second.
///
/// Wake-ups are every context switch of every thread (voluntary and not): an upper bound.
struct IdleFigure: BenchFigure {
    let name = "idle"

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let period: Duration = context.quick ? .seconds(5) : .seconds(60)
        let seconds = PtySamples.seconds(period)
        let kiosk = try KioskUnderPty(context: context)
        let process = try kiosk.startLoggedIn()
        defer { process.end() }
        let peer = try BenchShell.find("dialog").map { try PeerScreens.dialogMenu($0, home: context.work).startSettled().0 }
        defer { peer?.end() }
        let kioskBefore = try process.sample()
        let peerBefore = try peer?.sample()
        // Both stay idle for the period; their output (a clock minute) is read as it comes.
        let end = ContinuousClock.now + period
        while ContinuousClock.now < end {
            _ = try process.settle(since: process.output.count, quiet: .zero, silence: end - ContinuousClock.now)
            peer?.drain()
        }
        let kioskAfter = try process.sample()
        let wakeUps = kioskAfter.switches - kioskBefore.switches
        let cpu = kioskAfter.cpuSeconds - kioskBefore.cpuSeconds
        var peers = "dialog not installed"
        if let peer, let peerBefore {
            let peerAfter = try peer.sample()
            peers = String(format: "dialog %d wake-ups, %.2f s CPU", peerAfter.switches - peerBefore.switches,
                           peerAfter.cpuSeconds - peerBefore.cpuSeconds)
        }
        return [BenchRow(figure: name, measured: String(format: "home screen, %.0f s idle", seconds),
                         kiosk: String(format: "%d wake-ups (%.2f/s), %.2f s CPU, %d threads", wakeUps, Double(wakeUps) / seconds, cpu,
                                       kioskAfter.threads),
                         peers: peers, goal: "≤ 1 wake-up/s", met: Double(wakeUps) / seconds <= 1)]
    }
}
