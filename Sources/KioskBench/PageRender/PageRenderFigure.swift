import Foundation

/// Page render: a generated 300 KB job-listing page parsed and laid out at 80 columns, by the
/// kiosk and by `lynx -dump` and `w3m -dump`.
///
/// The goal compares processes with processes: `kiosk-bench page-dump FILE` against the peers,
/// each started, reading the file, laying it out and printing it. The in-process time (no start,
/// no output) is given beside it.
struct PageRenderFigure: BenchFigure {
    let name = "page-render"
    static let bytes = 300 * 1024

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let html = JobListingPage.html(bytes: Self.bytes, seed: 7)
        let file = context.work.appendingPathComponent("jobs.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let runs = context.quick ? 3 : 21
        var inProcess = Samples(), lines = 0
        for run in 0...runs {
            let (dump, time) = Stopwatch.measure { PageDump.lines(html: html, width: 80) }
            if run > 0 { inProcess.add(time) }
            lines = dump.count
        }
        let kiosk = try timeProcess(ChildProcess.benchExecutable, ["page-dump", file.path], runs: runs)
        var peers: [(name: String, median: UInt64)] = []
        var missing: [String] = []
        for (peer, arguments) in [("lynx", ["-dump", "-width=80", file.path]), ("w3m", ["-dump", "-cols", "80", file.path])] {
            guard let path = BenchShell.find(peer) else {
                missing.append(peer)
                continue
            }
            peers.append((peer, try timeProcess(path, arguments, runs: runs).median))
        }
        let fastest = peers.map(\.median).min()
        return [BenchRow(
            figure: name, measured: "\(Self.bytes / 1024) KB page, 80 columns",
            kiosk: "\(DurationText.of(kiosk.median)) (process)",
            peers: peers.map { "\($0.name) \(DurationText.of($0.median))" }.joined(separator: ", "),
            goal: "≤ 1× the faster", met: fastest.map { kiosk.median <= $0 },
            note: "medians of \(runs) runs; in-process parse + layout \(DurationText.of(inProcess.median)), \(lines) lines"
                + (missing.isEmpty ? "" : "; not installed: \(missing.joined(separator: ", "))"))]
    }

    private func timeProcess(_ executable: String, _ arguments: [String], runs: Int) throws -> Samples {
        _ = try ChildProcess.time(executable, arguments)
        return Samples(try (0..<runs).map { _ in try ChildProcess.time(executable, arguments) })
    }
}
