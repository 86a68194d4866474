import Foundation
import KioskCore

/// Frame cost: one key reduced, the frame rendered and diffed against the last one, on four
/// screens at 80x24 and 200x60, through a real runtime on a generated database.
///
/// The diff is `BufferDiff` (cell by cell, as the terminal decides what to redraw); the
/// terminal's own conversion of changed cells to curses glyphs and the write to the tty are
/// not part of it (the terminal-bytes figure measures those through a pty).
struct FrameFigure: BenchFigure {
    let name = "frame"
    static let courses = 500
    static let articleWords = 5_000
    static let pageBytes = 300 * 1024
    static let sizes = [(TerminalSize(cols: 80, rows: 24), 100_000 as UInt64), (TerminalSize(cols: 200, rows: 60), 1_000_000)]

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let world = try BenchDatabase.create(at: context.work.appendingPathComponent("frame.sqlite").path)
        var text = BenchText(seed: 1)
        try world.addCourses(count: Self.courses, text: &text)
        try world.addPressSource()
        try world.addArticles(count: 1, words: Self.articleWords, text: &text)
        let page = JobListingPage.html(bytes: Self.pageBytes, seed: 2)
        let scenes: [FrameScene] = [.home, .courseList(count: Self.courses), .article(words: Self.articleWords),
                                    .webPage(kilobytes: Self.pageBytes / 1024)]
        let keys = context.quick ? 60 : 600
        var rows: [BenchRow] = []
        for (size, goal) in Self.sizes {
            for scene in scenes {
                let session = try FrameSession(database: world.database, page: page, size: size)
                try scene.open(session)
                let timing = measure(session, scene: scene, keys: keys)
                let measured = "\(scene.name) \(size.cols)x\(size.rows)"
                rows.append(BenchRow(
                    figure: name, measured: measured,
                    kiosk: "median \(DurationText.of(timing.total.median)), p95 \(DurationText.of(timing.total.p95))",
                    peers: "", goal: "median ≤ \(DurationText.of(goal))", met: timing.total.median <= goal,
                    note: timing.summary))
            }
        }
        try world.database.close()
        return rows
    }

    /// Times `keys` keys after two cycles of warm-up.
    private func measure(_ session: FrameSession, scene: FrameScene, keys: Int) -> FrameTiming {
        let cycle = scene.cycle
        for key in cycle + cycle { _ = session.timedKey(key) }
        var timing = FrameTiming()
        for index in 0..<keys {
            let part = session.timedKey(cycle[index % cycle.count])
            timing.add(part)
        }
        return timing
    }
}

/// The per-key times of one scene, by part and in total.
struct FrameTiming {
    var reduce = Samples(), render = Samples(), diff = Samples(), total = Samples()
    var changedCells = 0

    mutating func add(_ part: (reduce: UInt64, render: UInt64, diff: UInt64, changed: Int)) {
        reduce.add(part.reduce)
        render.add(part.render)
        diff.add(part.diff)
        total.add(part.reduce + part.render + part.diff)
        changedCells += part.changed
    }

    /// The medians of each part and the mean number of cells redrawn per key.
    var summary: String {
        "reduce \(DurationText.of(reduce.median)) + render \(DurationText.of(render.median)) + diff "
            + "\(DurationText.of(diff.median)) (medians, \(total.count) keys, \(changedCells / max(1, total.count)) cells redrawn per key)"
    }
}
