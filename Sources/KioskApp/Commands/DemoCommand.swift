import ArgumentParser
import Foundation
import KioskStore

/// `kiosk demo`: creates the demo database if it is missing, then runs the kiosk on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the kiosk on a demo database, creating it with demo accounts if missing.",
        discussion: "The demo's fictional job site (content/jobsites) is served on loopback as the kiosk's proxy, unless the configuration sets http-proxy.")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Folder of *.toml themes.", valueName: "dir"))
    var themes: String?

    func run() throws {
        var config = try store.loadConfig()
        let path = store.db ?? ProcessInfo.processInfo.environment["KIOSK_DB"] ?? config.databasePath ?? "kiosk-demo.sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            let database = try KioskDatabase(path: path)
            try AccountAdmin(database: database).seedDemo()
            for line in try DemoPress.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            for line in try DemoCourses.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            for line in try DemoServices.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            try DemoJobSite.seed(database)
            try database.close()
        }
        // The fictional job site, served on loopback as the kiosk's proxy unless the
        // configuration names a real proxy.
        var jobSite: JobSiteServer?
        if config.httpProxy == nil {
            let started = DemoJobSite.start(contentDirectory: ContentLocator.directory())
            if let problem = started.problem { print(problem) }
            jobSite = started.server
            config.httpProxy = jobSite?.proxyAddress
        }
        let status = try withExtendedLifetime(jobSite) {
            try KioskSession(config: config, databasePath: path, themesDirectory: themes).run()
        }
        throw ExitCode(status)
    }
}
