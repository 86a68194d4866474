import ArgumentParser
import Foundation
import KioskStore

/// `kiosk run`: the kiosk on an existing database, on this terminal.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the kiosk on an existing database.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Folder of *.toml themes.", discussion: "Default: `themes-directory` in the config file, then $KIOSK_THEMES, then the installed themes, then ./themes.", valueName: "dir"))
    var themes: String?

    @Option(help: .hidden) var clock: String?

    func run() throws {
        var start: Date?
        if let clock {
            guard let date = ISO8601DateFormatter().date(from: clock) else { throw ValidationError("--clock takes an ISO 8601 time such as 2026-03-02T09:00:00+01:00") }
            start = date
        }
        let config = try store.loadConfig()
        let path = try store.databasePath(config)
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("No database at \(path). Create one with: kiosk admin init --db \(path)")
        }
        throw ExitCode(try KioskSession(config: config, databasePath: path, themesDirectory: themes, clockStart: start).run())
    }
}
