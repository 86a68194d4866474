import Foundation

/// The lockdown keys and signals on every screen of the real binary under tmux, through
/// `Tests/torture/signals.sh`; its `N passed, M failed` line is the row.
struct SignalCategory: TortureCategory {
    let name = "signals"

    func run(_ context: TortureContext) throws -> TortureResult {
        let script = try RepositoryRoot.require(kiosk: context.kiosk).appendingPathComponent("Tests/torture/signals.sh").path
        let run = try ProcessRunner.run("/bin/bash", [script, context.kiosk] + (context.quick ? ["--quick"] : []))
        let (status, output) = (run.status, run.text)
        for line in output.split(separator: "\n") where !line.hasPrefix("ok   - ") { print(line) }
        let last = output.split(separator: "\n").last.map(String.init) ?? ""
        let numbers = last.split(separator: " ").compactMap { Int($0) }
        guard last.hasSuffix(" failed"), numbers.count == 2 else {
            return TortureResult(category: name, tried: 0, failed: 1, note: "signals.sh ended with status \(status) and no tally")
        }
        return TortureResult(category: name, tried: numbers[0] + numbers[1], failed: numbers[1],
                             note: "checks over \(context.quick ? "a few screens" : "every screen"), HUP and TERM runs")
    }
}
