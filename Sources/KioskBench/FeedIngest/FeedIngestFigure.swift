import Foundation
import KioskCore
import KioskStore
import KioskWeb

/// Feed ingest: 10,000 items in 20 generated feeds (half RSS, half Atom, 500 items each, the
/// parser's cap per feed) parsed, sanitised, converted and stored through the import a
/// maintainer runs (`PressFeedImport`, as `kiosk press import`), one source after another.
struct FeedIngestFigure: BenchFigure {
    let name = "feed-ingest"
    static let goal: UInt64 = 1_000_000_000
    static let itemsPerFeed = 500

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let feeds = context.quick ? 2 : 20
        let world = try BenchDatabase.create(at: context.work.appendingPathComponent("feeds.sqlite").path)
        let allowlist = AllowlistRepository(database: world.database)
        try allowlist.addSiteRule(BenchDatabase.pressRule, category: .press, by: BenchDatabase.author, now: BenchDatabase.now)
        var text = BenchText(seed: 6)
        var inputs: [(url: String, data: Data)] = []
        for source in 0..<feeds {
            let url = "https://press.example/feed-\(source).xml"
            try allowlist.addFeed(url: url, name: "Bench feed \(source)", language: .fr, by: BenchDatabase.author,
                                  now: BenchDatabase.now)
            let format: FeedBytes.Format = source.isMultiple(of: 2) ? .rss : .atom
            inputs.append((url, FeedBytes.make(format, items: Self.itemsPerFeed, source: source, text: &text,
                                               newest: BenchDatabase.now.addingTimeInterval(-3_600))))
        }
        let press = PressRepository(database: world.database)
        let importer = PressFeedImport(archive: press, defaultRetentionDays: 3650, now: BenchDatabase.now)
        var results: [PressStoreResult] = [], failures: [String] = []
        let importAll = {
            for input in inputs {
                let report = importer.run(input.data, sourceURL: input.url)
                results.append(report.storeResult ?? PressStoreResult())
                if let reason = report.failureReason { failures.append("\(input.url): \(reason)") }
            }
        }
        let elapsed = Stopwatch.time(importAll)
        let added = results.reduce(0) { $0 + $1.added }
        results = []
        // The hourly sync's usual case: the same feeds again, every item already kept.
        let again = Stopwatch.time(importAll)
        let known = results.reduce(0) { $0 + $1.known }
        try world.database.close()
        let items = feeds * Self.itemsPerFeed
        guard failures.isEmpty, added == items, known == items else {
            throw BenchFailure("\(added) of \(items) items stored, \(known) known the second time; "
                + failures.joined(separator: "; "))
        }
        let bytes = inputs.reduce(0) { $0 + $1.data.count }
        return [BenchRow(
            figure: name, measured: "\(items.formatted()) items, \(feeds) feeds, \(bytes / 1_048_576) MB",
            kiosk: DurationText.of(elapsed), peers: "", goal: "≤ 1 s", met: elapsed <= Self.goal,
            note: "parse + sanitise + HTML to document + store (one transaction per feed, FTS rows included); "
                + "\(DurationText.of(elapsed / UInt64(items))) per item; the same feeds again, every item kept: "
                + DurationText.of(again))]
    }
}
