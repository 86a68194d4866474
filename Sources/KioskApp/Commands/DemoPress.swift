import Foundation
import KioskCore
import KioskStore
import KioskWeb

/// The demo's press: a press rule, three sources and their articles, loaded from the feeds in
/// `content/press/` through the same import a maintainer runs (nothing is fetched).
///
/// The sources live under `press.example`, a name reserved so it can never reach a real site,
/// and keep their articles ten years, so the demo's February 2026 articles stay readable.
enum DemoPress {
    struct Source {
        var url: String
        var name: String
        var language: Language
        var file: String
    }

    /// In the canonical form the store keeps (https is the default scheme).
    static let rule = "press.example"
    static let sources = [
        Source(url: "https://press.example/quartier.xml", name: "Le Journal du Quartier", language: .fr,
               file: "le-journal-du-quartier.xml"),
        Source(url: "https://press.example/wijkkrant.atom", name: "De Wijkkrant", language: .nl, file: "de-wijkkrant.xml"),
        Source(url: "https://press.example/courier.rdf", name: "The Workshop Courier", language: .en,
               file: "the-workshop-courier.xml"),
    ]
    static let retentionDays = 3650
    static let author = "demo-seed"

    /// Adds what is missing (the rule, each source, at `now`) and imports each feed as read at
    /// `importedAt` (dates after it count as missing); returns one line per source. A missing
    /// content folder is said, not fatal: the demo still runs without press.
    @discardableResult
    static func seed(_ database: KioskDatabase, contentDirectory: String?, now: Date = Date(), importedAt: Date? = nil)
        throws -> [String] {
        guard let folder = contentDirectory.map({ ($0 as NSString).appendingPathComponent("press") }),
              FileManager.default.fileExists(atPath: folder) else {
            return ["press: no content/press folder found; the demo has no newspapers"]
        }
        let allowlist = AllowlistRepository(database: database)
        if try !allowlist.listSiteRules().contains(where: { $0.text == rule }) {
            try allowlist.addSiteRule(rule, category: .press, by: author, now: now)
        }
        let known = Set(try allowlist.listFeeds().map(\.url))
        let press = PressRepository(database: database)
        var lines: [String] = []
        for source in sources {
            if !known.contains(source.url) {
                try allowlist.addFeed(url: source.url, name: source.name, language: source.language, by: author, now: now)
                try press.setRetention(source: source.url, days: retentionDays, by: author, now: now)
            }
            let path = (folder as NSString).appendingPathComponent(source.file)
            guard let data = FileManager.default.contents(atPath: path) else {
                lines.append("press: \(path) cannot be read")
                continue
            }
            let report = PressFeedImport(archive: press, defaultRetentionDays: retentionDays, now: importedAt ?? now)
                .run(data, sourceURL: source.url)
            lines += PressSyncReport(sources: [report]).lines.dropLast().map { "press: " + $0 }
        }
        return lines
    }
}

/// Finds the content folder: option, `$KIOSK_CONTENT`, installed, `./content`.
enum ContentLocator {
    static func directory(option: String? = nil) -> String? {
        if let folder = option ?? ProcessInfo.processInfo.environment["KIOSK_CONTENT"] { return folder }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/kiosk/content").path
        return [installed, "content"].first { FileManager.default.fileExists(atPath: $0) }
    }
}
