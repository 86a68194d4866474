import Foundation

/// The lockdown keys and signals on every screen of the real binary under tmux, through
/// `Tests/torture/signals.sh`; its `N passed, M failed` line is the row.
struct SignalCategory: TortureCategory {
    let name = "signals"

    func run(_ context: TortureContext) throws -> TortureResult {
        guard let script = Self.script(kiosk: context.kiosk) else {
            return TortureResult(category: name, tried: 0, failed: 1, note: "not run: Tests/torture/signals.sh not found")
        }
        let (status, output) = try FaultDemoDatabase.run("/bin/bash", [script, context.kiosk] + (context.quick ? ["--quick"] : []))
        for line in output.split(separator: "\n") where !line.hasPrefix("ok   - ") { print(line) }
        let last = output.split(separator: "\n").last.map(String.init) ?? ""
        let numbers = last.split(separator: " ").compactMap { Int($0) }
        guard last.hasSuffix(" failed"), numbers.count == 2 else {
            return TortureResult(category: name, tried: 0, failed: 1, note: "signals.sh ended with status \(status) and no tally")
        }
        return TortureResult(category: name, tried: numbers[0] + numbers[1], failed: numbers[1],
                             note: "checks over \(context.quick ? "a few screens" : "every screen"), HUP and TERM runs")
    }

    /// The script beside the working directory or beside the build folder of the kiosk binary.
    static func script(kiosk: String) -> String? {
        let relative = "Tests/torture/signals.sh"
        let root = URL(fileURLWithPath: kiosk).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [FileManager.default.currentDirectoryPath + "/" + relative, root.appendingPathComponent(relative).path]
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
