import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore
import KioskWeb

/// Wires the live parts together (SQLite store, themes, ncurses terminal, system clock) and
/// runs the kiosk until it is told to stop.
struct KioskSession {
    let config: KioskConfig
    let databasePath: String
    let themesDirectory: String?
    /// Where the clock starts (`--clock`, for screen scripts); nil for the real time.
    var clockStart: Date? = nil

    /// Runs the kiosk; returns the process exit status.
    func run() throws -> Int32 {
        // Before any thread starts: the proxy is set in the environment, where libcurl reads it.
        if let proxy = config.httpProxy { try HTTPProxyEnvironment.install(proxy) }
        let themes = try ThemeLocator.catalog(option: themesDirectory, config: config)
        let database = try KioskDatabase(path: databasePath)
        defer { try? database.close() }
        let terminal = try NcursesTerminal()
        defer { terminal.restore() }
        let clock: KioskClock = clockStart.map { ShiftedClock(startingAt: $0) } ?? SystemClock()
        let press = PressRepository(database: database)
        // An article held open when the kiosk last stopped here (a crash, a power cut) is no longer read.
        do {
            try press.closeArticle(terminal: config.settings.terminalName)
        } catch {
            SystemLog.warning("could not release the article held on this terminal: \(error)")
        }
        let runtime = Runtime(settings: config.settings, ports: KioskPorts(database: database), themes: themes, clock: clock,
                              size: terminal.size, log: SystemLog.warning)
        RunLoop(runtime: runtime, terminal: terminal, clock: clock, stopSignal: { terminal.stopSignal }).run()
        if let signal = terminal.stopSignal { SystemLog.notice("stopped by signal \(signal)") }
        return 0
    }
}

/// Finds the themes folder: option, config, `$KIOSK_THEMES`, installed, `./themes`.
enum ThemeLocator {
    static func directory(option: String?, config: KioskConfig) -> String? {
        if let folder = option ?? config.themesDirectory ?? ProcessInfo.processInfo.environment["KIOSK_THEMES"] {
            return folder
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/kiosk/themes").path
        return [installed, "themes"].first { FileManager.default.fileExists(atPath: $0) }
    }

    static func catalog(option: String?, config: KioskConfig) throws -> ThemeCatalog {
        if let folder = directory(option: option, config: config) {
            return try ThemeCatalog.load(directory: folder)
        }
        SystemLog.warning("no themes folder found; using the built-in black and white theme")
        return ThemeCatalog(themes: [])
    }
}
