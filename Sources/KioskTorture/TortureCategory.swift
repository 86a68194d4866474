import KioskHarness
import Foundation

/// One category of the suite (keys, hostile text, URLs, crashes…): tries its cases, counts failures.
///
/// A category prints each failure with what is needed to replay it; its result is one table row.
protocol TortureCategory: Sendable {
    /// The name in the table and for `--only`.
    var name: String { get }
    func run(_ context: TortureContext) throws -> TortureResult
}

/// Every category, in the order the table lists them.
enum TortureCategories {
    static let all: [any TortureCategory] = [
        KeysCategory(),
        HostileTextCategory(),
        URLCategory(),
        CrashCategory(),
        AuthCategory(),
        DiskCategory(),
        SignalCategory(),
    ]
}

/// One row of the table.
struct TortureResult {
    var category: String
    var tried: Int
    var failed: Int
    /// What the count means ("keys", "kills"…) or why a case could not run.
    var note: String = ""
}

/// What a category may use: the mode, the seed, the kiosk binary and a work directory of its own.
struct TortureContext {
    let quick: Bool
    let seed: UInt64
    /// The category's name, which its generator is seeded from.
    let category: String
    /// The kiosk binary, for categories that run it as a process (absolute).
    let kiosk: String
    /// A fresh directory, removed after the category.
    let work: URL

    init(quick: Bool, seed: UInt64, kiosk: String, category: String) throws {
        self.quick = quick
        self.seed = seed
        self.category = category
        self.kiosk = URL(fileURLWithPath: kiosk).standardizedFileURL.path
        work = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosk-torture-\(ProcessInfo.processInfo.processIdentifier)-\(category)")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    func removeWorkDirectory() { try? FileManager.default.removeItem(at: work) }

    /// A generator for this category, seeded from the run's seed and the category's name.
    func random() -> SeededRandom {
        SeededRandom(seed: seed ^ category.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })
    }
}
