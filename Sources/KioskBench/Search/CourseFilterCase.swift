import Foundation
import KioskCore

/// Filter-as-you-type over 10,000 courses: the catalogue of a logged-in runtime, one key at a
/// time (typing words, then erasing them), each timed as the run loop spends it: the reducer,
/// the store query its effect runs, the result reduced, and the frame drawn.
enum CourseFilterCase {
    static let goal: UInt64 = 5_000_000
    static let typed = ["kitchen", "warehouse driver", "cert", "tra", "market price", "zz"]

    static func run(_ context: BenchContext, figure name: String) throws -> BenchRow {
        let count = context.quick ? 500 : 10_000
        let world = try BenchDatabase.create(at: context.work.appendingPathComponent("courses.sqlite").path)
        var text = BenchText(seed: 5)
        let stored = Stopwatch.time { (try? world.addCourses(count: count, text: &text)) ?? () }
        print("  \(count) courses imported in \(DurationText.of(stored))")
        let session = try FrameSession(database: world.database, page: "", size: TerminalSize(cols: 80, rows: 24))
        try FrameScene.courseList(count: count).open(session)
        var typing = Samples(), erasing = Samples()
        for round in 0..<(context.quick ? 1 : 5) {
            for word in typed {
                for character in word {
                    let time = Stopwatch.time {
                        session.press(.character(character))
                        _ = session.runtime.frame()
                    }
                    if round > 0 || context.quick { typing.add(time) }
                }
                for _ in word {
                    let time = Stopwatch.time {
                        session.press(.backspace)
                        _ = session.runtime.frame()
                    }
                    if round > 0 || context.quick { erasing.add(time) }
                }
            }
        }
        guard case .courses(let catalogue) = session.runtime.state.route, catalogue.matching == count,
              catalogue.courses?.count == min(count, CourseList.shownAtMost) else {
            throw BenchFailure("the catalogue did not come back to every course after erasing:\n\(session.screen)")
        }
        try world.database.close()
        let all = Samples(typing.nanoseconds + erasing.nanoseconds)
        return BenchRow(
            figure: name, measured: "course filter, \(count.formatted()) courses",
            kiosk: all.p95AndMedian, peers: "",
            goal: "p95 ≤ 5 ms", met: all.p95 <= goal,
            note: "\(all.count) keys (reduce + store query + frame); typing p95 \(DurationText.of(typing.p95)), "
                + "erasing p95 \(DurationText.of(erasing.p95)) (the last erase counts every course and lists the first \(CourseList.shownAtMost))")
    }
}
