import Foundation
import KioskRuntime
import KioskStore
import KioskWeb

/// The hostile corpus of SECURITY.md through every entry point, then on every screen showing it:
/// headless frames must hold only harmless cells, and the real binary under a pty must write
/// only the sequences ncurses draws with (`HostileTextPty`).
///
/// One case per corpus entry and entry point (a refused text passes: nothing of it is shown),
/// plus one per corpus entry run under the pty.
struct HostileTextCategory: TortureCategory {
    let name = "text"

    /// Monday 2 March 2026, 09:00 in Brussels, as in the keys category.
    static let now = Date(timeIntervalSince1970: 1_772_438_400)

    func run(_ context: TortureContext) throws -> TortureResult {
        let root = try RepositoryRoot.require(kiosk: context.kiosk)
        let server = try LoopbackPageServer()
        try HTTPProxyEnvironment.install(server.proxyAddress)
        let demo = try DemoDatabase.make(context: context, root: root)
        let themes = try ThemeCatalog.load(directory: root.appendingPathComponent("themes").path)
        let corpus = HostileCorpus.entries(includingHuge: !context.quick)
        var tried = 0, failed = 0, shown = 0, refused = 0
        var databases: [(HostileCorpus.Entry, String, String)] = []
        for (index, entry) in corpus.enumerated() {
            server.setPage(Self.page(entry))
            let path = context.work.appendingPathComponent("hostile-\(index).sqlite").path
            try demo.copy(to: path)
            let database = try KioskDatabase(path: path)
            let loaded = HostileTextLoader(database: database, work: context.work, now: Self.now).load(entry, index: index)
            let tour = HostileTextTour(database: database, themes: themes, now: Self.now, marker: entry.marker)
            tour.run(detainee: loaded.detaineeNumber)
            try database.close()
            databases.append((entry, path, loaded.detaineeNumber))
            for point in HostileTextEntryPoint.allCases {
                tried += 1
                let sight = tour.sights[point] ?? HostileTextTour.Sight()
                let refusal = loaded.refusals[point]
                if refusal != nil { refused += 1 } else if sight.markerShown { shown += 1 }
                if let harm = sight.harm {
                    failed += 1
                    TortureOutput.say("  FAIL \(entry.name) through the \(point.rawValue): \(harm)")
                } else if context.quick == false || refusal != nil || !sight.markerShown {
                    TortureOutput.say("  ok   \(entry.name) through the \(point.rawValue): "
                          + (refusal.map { "refused (\($0))" } ?? (sight.markerShown ? "shown harmless" : "taken in, not on screen"))
                          + " in \(sight.frames) frames")
                }
            }
        }
        TortureOutput.say("  headless: \(tried) cases, \(shown) shown harmless, \(refused) refused at entry")
        let pty = HostileTextPty(context: context, root: root, server: server)
        let ptyResult = pty.run(databases)
        tried += ptyResult.tried
        failed += ptyResult.failed
        return TortureResult(category: name, tried: tried, failed: failed,
                             note: "\(corpus.count) texts x \(HostileTextEntryPoint.allCases.count) entries (\(shown) shown, \(refused) refused); "
                                 + ptyResult.note)
    }

    /// A page with the text in its title, a paragraph and a link.
    static func page(_ entry: HostileCorpus.Entry) -> [UInt8] {
        Array("<!doctype html><html><head><meta charset=\"utf-8\"><title>".utf8) + entry.bytes
            + Array("</title></head><body><h1>Page \(entry.marker)</h1><p>".utf8) + entry.bytes
            + Array("</p><p><a href=\"/next\">".utf8) + entry.bytes + Array("</a></p></body></html>".utf8)
    }
}
