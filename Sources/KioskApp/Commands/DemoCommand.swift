import ArgumentParser
import Foundation
import KioskStore

/// `kiosk demo`: creates the demo database if it is missing, then runs the kiosk on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the kiosk on a demo database, creating it with demo accounts if missing.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Folder of *.toml themes.", valueName: "dir"))
    var themes: String?

    func run() throws {
        let config = try store.loadConfig()
        let path = store.db ?? ProcessInfo.processInfo.environment["KIOSK_DB"] ?? config.databasePath ?? "kiosk-demo.sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            let database = try KioskDatabase(path: path)
            try AccountAdmin(database: database).seedDemo()
            for line in try DemoPress.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            for line in try DemoCourses.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            for line in try DemoServices.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            try database.close()
        }
        throw ExitCode(try KioskSession(config: config, databasePath: path, themesDirectory: themes).run())
    }
}
