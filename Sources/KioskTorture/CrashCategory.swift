import Foundation

/// Kills a kiosk that keeps sending requests with SIGKILL at random moments, then checks that
/// every request its screen called sent is in the database exactly once and the file is whole.
///
/// The child is `kiosk-torture crash-cell`: the kiosk's runtime and store without ncurses
/// (docs/torture.md says why). Delays are drawn from the seed, spread from the start of the
/// process (kills while it opens the database or logs in) to twice the time its first request
/// takes, measured once before the kills.
struct CrashCategory: TortureCategory {
    let name = "crashes"

    /// The demo detainees the children write as, in turn (1005's hours could close the kiosk).
    static let detainees = ["1001", "1002", "1003", "1004"]

    func run(_ context: TortureContext) throws -> TortureResult {
        let kills = context.quick ? 30 : 1000
        let database = context.work.appendingPathComponent("crash.sqlite").path
        try DemoDatabase.create(at: database, kiosk: context.kiosk, root: RepositoryRoot.require(kiosk: context.kiosk))
        let child = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        // Kills are spread from the start to about ten requests past the first one, so about
        // half land before it (opening, logging in, the first form) and half among requests.
        let firstSent = try CrashChild.timeToFirstSent(child, database: database, number: Self.detainees[0])
        let longestDelay = firstSent * 2
        print("crashes: a child's first request is sent after \(Int(firstSent * 1000)) ms; kills within \(Int(longestDelay * 1000)) ms")
        var random = context.random()
        var sent = Set<String>()
        var failed = 0
        var beforeFirstSent = 0
        var tried = 0
        let started = Date()
        for kill in 0..<kills {
            tried += 1
            let delay = Double.random(in: 0...longestDelay, using: &random)
            let number = Self.detainees[kill % Self.detainees.count]
            let replay = "kill \(kill + 1) of \(kills), detainee \(number), after \(Int(delay * 1000)) ms"
            let outcome = try CrashChild.runAndKill(child, database: database, number: number, after: delay,
                                                    errors: context.work.appendingPathComponent("child-stderr.txt"))
            var problems = outcome.problems
            if outcome.keys.isEmpty { beforeFirstSent += 1 }
            for key in outcome.keys where !sent.insert(key).inserted {
                problems.append("key \(key) was called sent by two screens")
            }
            problems += try CrashCheck(path: database).problems(sent: sent)
            if !problems.isEmpty {
                failed += 1
                print("FAIL crashes: \(replay): " + problems.prefix(5).joined(separator: "\n  "))
                if failed >= 5 { break }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let rows = try CrashCheck(path: database).keys.count
        let rate = String(format: "%.1f", Double(tried) / max(seconds, 0.001))
        print("crashes: \(tried) kills in \(Int(seconds)) s (\(rate) kills/s), \(sent.count) requests called sent, "
            + "\(rows) in the database (\(rows - sent.count) committed but killed before the screen said so), "
            + "\(beforeFirstSent) kills before a child's first request")
        return TortureResult(category: name, tried: tried, failed: failed,
                             note: "SIGKILLs; \(sent.count) requests called sent; \(rate) kills/s")
    }
}
