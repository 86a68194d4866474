import Foundation

/// One figure of the table (frame cost, terminal bytes, start-up…): measures the kiosk and its peers.
protocol BenchFigure: Sendable {
    /// The name in the table and for `--only`.
    var name: String { get }
    func run(_ context: BenchContext) throws -> [BenchRow]
}

/// Every figure, in the order the table lists them.
enum BenchFigures {
    static let all: [any BenchFigure] = [
        FrameFigure(),
        TerminalBytesFigure(),
        StartUpFigure(),
        MemoryFigure(),
        IdleFigure(),
        SearchFigure(),
        PageRenderFigure(),
        FeedIngestFigure(),
        ManyCellsFigure(),
    ]
}

/// One row of the table: a case of a figure, the kiosk's value, the peers' values and the goal.
struct BenchRow {
    var figure: String
    /// The case measured ("home menu 80x24", "300 KB page").
    var measured: String
    /// The kiosk's value with its unit.
    var kiosk: String
    /// The peers' values with their names ("dialog 2.1 KB"), or empty.
    var peers: String
    /// The goal as the issue states it ("≤ 100 µs", "≤ dialog").
    var goal: String
    /// Whether the goal was met; nil when there is nothing to judge.
    var met: Bool?
    var note: String = ""
}

/// What a figure may use: the mode, the kiosk binary and a work directory of its own.
struct BenchContext {
    let quick: Bool
    /// The kiosk binary, absolute.
    let kiosk: String
    /// A fresh directory for generated data, removed after the figure.
    let work: URL

    init(quick: Bool, kiosk: String, figure: String) throws {
        self.quick = quick
        self.kiosk = URL(fileURLWithPath: kiosk).standardizedFileURL.path
        work = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosk-bench-\(ProcessInfo.processInfo.processIdentifier)-\(figure)")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    func removeWorkDirectory() { try? FileManager.default.removeItem(at: work) }
}
