import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore
import KioskWeb
import ScreenScript

/// Gives screen scripts real SQLite databases: the demo one is seeded once per run and
/// copied for each script, so every script starts from its own fresh file.
///
/// The demo's job site is served for the whole run by a loopback server that this process
/// uses as its HTTP proxy (`DemoJobSite`): set up here, before any script runs on another
/// thread, since the proxy lives in the environment.
final class StoreScriptHost: ScriptHost, @unchecked Sendable {
    let themes: ThemeCatalog
    private let lock = NSLock()
    private let workDirectory: URL
    private var demoTemplate: String?
    private let jobSite: JobSiteServer?

    /// When the demo database of scripts was seeded: 1 January 2026, before any script's clock.
    static let seedDate = Date(timeIntervalSince1970: 1_767_225_600)
    /// When the demo press was loaded: Monday 2 March 2026 at 07:00 in Brussels, two hours
    /// before the scripts' default clock and after every demo article.
    static let pressDate = Date(timeIntervalSince1970: 1_772_431_200)

    init(themes: ThemeCatalog) {
        self.themes = themes
        workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-script-host-\(ProcessInfo.processInfo.processIdentifier)")
        jobSite = DemoJobSite.start(contentDirectory: ContentLocator.directory()).server
        if let jobSite { try? HTTPProxyEnvironment.install(jobSite.proxyAddress) }
    }

    deinit { try? FileManager.default.removeItem(at: workDirectory) }

    func prepareDatabase(_ source: DatabaseSource, scriptDirectory: String, at path: String) throws {
        switch source {
        case .empty:
            try KioskDatabase(path: path).close()
        case .demo:
            try Self.copyDatabase(try demo(), to: path)
        case .copy(let original):
            let resolved = original.hasPrefix("/") ? original : (scriptDirectory as NSString).appendingPathComponent(original)
            try Self.copyDatabase(resolved, to: path)
        }
    }

    /// Copies a database file with its write-ahead log, where committed pages may still be.
    /// The original is only read.
    static func copyDatabase(_ source: String, to destination: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: destination)
        if FileManager.default.fileExists(atPath: source + "-wal") {
            try FileManager.default.copyItem(atPath: source + "-wal", toPath: destination + "-wal")
        }
    }

    func openStore(at path: String) throws -> ScriptStore {
        OpenScriptStore(database: try KioskDatabase(path: path))
    }

    /// The seeded demo database, made on first use (hashing the demo PINs takes a moment).
    private func demo() throws -> String {
        try lock.withLock {
            if let demoTemplate { return demoTemplate }
            try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
            let path = workDirectory.appendingPathComponent("demo.sqlite").path
            let database = try KioskDatabase(path: path)
            // A fixed date, so the seed's audit lines never depend on when the suite runs.
            try AccountAdmin(database: database).seedDemo(now: Self.seedDate)
            try DemoPress.seed(database, contentDirectory: ContentLocator.directory(), now: Self.seedDate,
                               importedAt: Self.pressDate)
            try DemoCourses.seed(database, contentDirectory: ContentLocator.directory(), now: Self.seedDate)
            try DemoServices.seed(database, contentDirectory: ContentLocator.directory(), now: Self.seedDate)
            try DemoJobSite.seed(database, now: Self.seedDate)
            try database.close()
            demoTemplate = path
            return path
        }
    }
}

private struct OpenScriptStore: ScriptStore {
    let database: KioskDatabase
    var ports: KioskPorts { KioskPorts(database: database) }
    func close() { try? database.close() }
}
