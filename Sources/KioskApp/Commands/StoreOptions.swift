import ArgumentParser
import Foundation
import KioskRuntime

/// `--db` and `--config`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file.", discussion: "Default: $KIOSK_DB, then `database` in the config file.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The configuration file.", discussion: "Default: $KIOSK_CONFIG, then \(ConfigFile.defaultPath) if it exists.", valueName: "path"))
    var config: String?

    /// The configuration: the file named, or the default file if present, or built-in defaults.
    func loadConfig() throws -> KioskConfig {
        let environment = ProcessInfo.processInfo.environment
        if let path = config ?? environment["KIOSK_CONFIG"] {
            return try ConfigFile.load(path: path)
        }
        if FileManager.default.fileExists(atPath: ConfigFile.defaultPath) {
            return try ConfigFile.load(path: ConfigFile.defaultPath)
        }
        return KioskConfig()
    }

    /// The database path: `--db`, then `$KIOSK_DB`, then the config file.
    func databasePath(_ config: KioskConfig) throws -> String {
        if let path = db ?? ProcessInfo.processInfo.environment["KIOSK_DB"] ?? config.databasePath { return path }
        throw ValidationError("No database given: pass --db PATH, set KIOSK_DB, or set `database` in the config file.")
    }
}
