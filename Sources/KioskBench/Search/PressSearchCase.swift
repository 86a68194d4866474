import Foundation
import KioskCore
import KioskLive
import KioskRuntime

/// Press search: FTS queries over 100,000 generated articles, through the press port the
/// search screen's effect calls (`PressShelf.searchPress`, the detainee's allowed sources, the
/// screen's result limit).
enum PressSearchCase {
    static let goal: UInt64 = 10_000_000

    static func run(_ context: BenchContext, figure name: String) throws -> BenchRow {
        let articles = context.quick ? 5_000 : 100_000
        let world = try BenchDatabase.create(at: context.work.appendingPathComponent("press.sqlite").path)
        try world.addPressSource()
        var text = BenchText(seed: 3)
        let stored = Stopwatch.time { (try? world.addArticles(count: articles, words: 120, text: &text)) ?? () }
        print("  \(articles) articles stored in \(DurationText.of(stored))")
        let account = try world.detainee()
        let press = KioskPorts(database: world.database).press
        let queries = SearchQueries.make(count: context.quick ? 60 : 600, text: text, seed: 4)
        for query in queries.prefix(30) {
            _ = try press.searchPress(query, detainee: account.id, allowed: account.access.pressSources, limit: PressLimits.search)
        }
        var samples = Samples(), found = 0, slowest = (query: "", nanoseconds: UInt64(0))
        for query in queries {
            let (results, time) = try Stopwatch.measure {
                try press.searchPress(query, detainee: account.id, allowed: account.access.pressSources, limit: PressLimits.search)
            }
            samples.add(time)
            found += results.count
            if time > slowest.nanoseconds { slowest = (query, time) }
        }
        try world.database.close()
        guard found > 0 else { throw BenchFailure("no query found any article: the data set is wrong") }
        return BenchRow(
            figure: name, measured: "press FTS, \(articles.formatted()) articles",
            kiosk: samples.p95AndMedian, peers: "",
            goal: "p95 ≤ 10 ms", met: samples.p95 <= goal,
            note: "\(samples.count) queries (common, rare, prefixes, two words), \(found / samples.count) results each on "
                + "average (limit \(PressLimits.search)); slowest \"\(slowest.query)\" \(DurationText.of(slowest.nanoseconds))")
    }
}
