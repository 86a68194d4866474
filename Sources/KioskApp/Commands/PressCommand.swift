import ArgumentParser
import Foundation
import KioskCore
import KioskStore
import KioskWeb

/// `kiosk press`: fetch the press, load a feed from a file, see how the sources are doing.
struct PressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press",
        abstract: "Fetch the allowlisted press feeds for offline reading, and see how the sources are doing.",
        subcommands: [Sync.self, Import.self, Status.self, Retention.self]
    )

    /// The URL policy the press is fetched through: only the allowlist's `press` rules, so a
    /// feed (or a redirect from one) never reaches a job site or any other category's site.
    static func pressPolicy(_ database: KioskDatabase) throws -> URLPolicy {
        let rules = try AllowlistRepository(database: database).policy().rules.filter { $0.category == .press }
        return URLPolicy(rules: rules)
    }

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Fetch every enabled press source, keep new articles, remove old ones.",
            discussion: """
                Run from a systemd timer or cron (see deploy/kiosk-press-sync.timer). Sources are \
                fetched one after another through the allowlist's press rules, with ETag and \
                Last-Modified so an unchanged feed costs little. Prints one line per source; exits 1 \
                when a source failed (the others are still kept), 2 when the database failed.
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Days to keep articles of a source with no retention of its own.", valueName: "days"))
        var retentionDays: Int?
        @Option(help: ArgumentHelp("Seconds one source may take, redirects included.", valueName: "seconds"))
        var timeout: Double = 20
        @Option(help: ArgumentHelp("Largest feed accepted, in bytes.", valueName: "bytes"))
        var maxBytes: Int = 5_000_000

        func validate() throws {
            if let retentionDays, !(1...3650).contains(retentionDays) { throw ValidationError("--retention-days must be 1 to 3650") }
            guard timeout > 0, timeout <= 300 else { throw ValidationError("--timeout must be more than 0 and at most 300 seconds") }
            guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        }

        func run() throws {
            let config = try store.loadConfig()
            let report = try AdminCommand.withDatabase(store) { database in
                let fetcher = PolicyFetcher(
                    policy: try PressCommand.pressPolicy(database),
                    limits: FetchLimits(totalTime: timeout, maximumBodyBytes: maxBytes),
                    accept: "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml, text/xml;q=0.9, */*;q=0.1")
                return PressSync(fetcher: fetcher, archive: PressRepository(database: database),
                                 defaultRetentionDays: retentionDays ?? config.pressRetentionDays, now: Date()).run()
            }
            for line in report.lines { print(line) }
            if report.sourcesFailure != nil || report.pruneFailure != nil { throw ExitCode(2) }
            if report.hasFailures { throw ExitCode(1) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Keep the articles of a feed file as those of a listed source (no network).",
            discussion: "For content delivered on a medium rather than fetched, and for the demo.")

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("The URL of the enabled press source the feed belongs to.", valueName: "url"))
        var source: String
        @Option(help: ArgumentHelp("Days to keep articles of a source with no retention of its own.", valueName: "days"))
        var retentionDays: Int?
        @Argument(help: ArgumentHelp("The RSS or Atom file.", valueName: "file"))
        var file: String

        func run() throws {
            let config = try store.loadConfig()
            guard let data = FileManager.default.contents(atPath: file) else {
                // The command was right; the file is not there: say so without the usage text.
                FileHandle.standardError.write(Data("\(file): cannot be read\n".utf8))
                throw ExitCode(1)
            }
            let report = try AdminCommand.withDatabase(store) { database in
                PressFeedImport(archive: PressRepository(database: database),
                                defaultRetentionDays: retentionDays ?? config.pressRetentionDays, now: Date())
                    .run(data, sourceURL: source)
            }
            let sync = PressSyncReport(sources: [report])
            for line in sync.lines.dropLast() { print(line) }
            if report.isFailure { throw ExitCode(1) }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "List the press sources: articles kept, retention, last sync and how it went.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let config = try store.loadConfig()
            try AdminCommand.withDatabase(store) { database in
                let sources = try PressRepository(database: database).syncStatus()
                if sources.isEmpty { print("No press sources. Add one with: kiosk admin add-feed") }
                for source in sources {
                    let retention = source.retentionDays.map { "\($0) days" } ?? "\(config.pressRetentionDays) days (default)"
                    var line = "\(AdminCommand.printable(source.name))\t\(source.enabled ? "on" : "off")\t"
                    line += "\(source.articleCount) articles\tkept \(retention)\t"
                    line += "last sync \(source.lastAttempt.map(Self.moment) ?? "never")"
                    if let outcome = source.lastOutcome { line += ": \(AdminCommand.printable(outcome))" }
                    if let success = source.lastSuccess, success != source.lastAttempt {
                        line += "\tlast success \(Self.moment(success))"
                    }
                    print(line + "\t" + AdminCommand.printable(source.url))
                }
            }
        }

        /// `2026-03-02T08:00:00Z`: when, to the second, in UTC as logs write it.
        static func moment(_ date: Date) -> String {
            ISO8601DateFormatter().string(from: date)
        }
    }

    struct Retention: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retention",
            abstract: "Set how many days a source's articles are kept ('default' for the configured default).")
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The source's feed URL.", valueName: "url")) var url: String
        @Argument(help: ArgumentHelp("1 to 3650, or 'default'.", valueName: "days")) var days: String

        func run() throws {
            let value: Int?
            if days == "default" {
                value = nil
            } else if let number = Int(days) {
                value = number
            } else {
                throw ValidationError("days must be a number from 1 to 3650, or 'default'")
            }
            try AdminCommand.withDatabase(store) { database in
                try PressRepository(database: database).setRetention(source: url, days: value, by: AdminCommand.shellAuthor,
                                                                     now: Date())
            }
            print("Retention of \(AdminCommand.printable(url)): \(value.map { "\($0) days" } ?? "the configured default")")
        }
    }
}
