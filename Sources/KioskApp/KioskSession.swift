import Foundation
import KioskCore
import KioskRuntime
import KioskStore

/// Wires the live parts together (SQLite store, themes, ncurses terminal, system clock) and
/// runs the kiosk until it is told to stop.
struct KioskSession {
    let config: KioskConfig
    let databasePath: String
    let themesDirectory: String?

    /// Runs the kiosk; returns the process exit status.
    func run() throws -> Int32 {
        let themes = try ThemeLocator.catalog(option: themesDirectory, config: config)
        let database = try KioskDatabase(path: databasePath)
        defer { try? database.close() }
        let terminal = try NcursesTerminal()
        defer { terminal.restore() }
        let clock = SystemClock()
        let runtime = Runtime(settings: config.settings, accounts: AccountRepository(database: database), themes: themes,
                              clock: clock, size: terminal.size, log: SystemLog.warning)
        RunLoop(runtime: runtime, terminal: terminal, clock: clock, stopSignal: { terminal.stopSignal }).run()
        if let signal = terminal.stopSignal { SystemLog.notice("stopped by signal \(signal)") }
        return 0
    }
}

/// Finds the themes folder: option, config, `$KIOSK_THEMES`, installed, `./themes`.
enum ThemeLocator {
    static func catalog(option: String?, config: KioskConfig) throws -> ThemeCatalog {
        if let folder = option ?? config.themesDirectory ?? ProcessInfo.processInfo.environment["KIOSK_THEMES"] {
            return try ThemeCatalog.load(directory: folder)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/kiosk/themes").path
        for folder in [installed, "themes"] where FileManager.default.fileExists(atPath: folder) {
            return try ThemeCatalog.load(directory: folder)
        }
        SystemLog.warning("no themes folder found; using the built-in black and white theme")
        return ThemeCatalog(themes: [])
    }
}
