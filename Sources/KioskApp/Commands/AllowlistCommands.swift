import ArgumentParser
import Foundation
import KioskCore
import KioskStore

/// `kiosk admin` commands for the URL allowlist (job sites) and the press feed sources.
extension AdminCommand {
    /// The allowlist commands, appended to `kiosk admin`'s subcommands.
    static let allowlistSubcommands: [ParsableCommand.Type] = [
        AddSiteRule.self, RemoveSiteRule.self, ListSiteRules.self, CheckURL.self,
        AddFeed.self, RemoveFeed.self, EnableFeed.self, DisableFeed.self, ListFeeds.self,
    ]

    /// Who made a change from the shell, stored with it and recorded as the actor of its audit
    /// line: `cli:` and the (sudo) user name.
    static var shellAuthor: String {
        let environment = ProcessInfo.processInfo.environment
        return "cli:" + (environment["SUDO_USER"] ?? ProcessInfo.processInfo.userName)
    }

    struct AddSiteRule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-site-rule",
            abstract: "Allow a site: [http://][.]host[:port][/path].",
            discussion: """
                A host covers its subdomains unless written with a leading dot; without a scheme only https \
                is allowed, http only with http://; without a port only the scheme's default; a path covers \
                itself and what is below it (case-sensitive). Examples: example.org, .www.example.org, \
                example.org/jobs, http://legacy.example.net:8080
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The rule, e.g. example.org/jobs.") var rule: String
        @Option(help: "One of \(categoryNames).") var category: String
        @Flag(name: .customLong("get-forms"), help: "Allow submitting forms with GET under this rule.") var getForms = false
        @Flag(help: "Allow submitting forms with POST under this rule.") var post = false

        func validate() throws { _ = try AdminCommand.category(category) }

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let entry = try AllowlistRepository(database: database).addSiteRule(
                    rule, category: try AdminCommand.category(category), allowsGetForms: getForms, allowsPost: post,
                    by: AdminCommand.shellAuthor)
                print("Added site rule \(entry.text) (\(AdminCommand.summary(entry)))")
            }
        }
    }

    struct RemoveSiteRule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove-site-rule", abstract: "Remove a site rule (refused while an enabled feed needs it).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The rule, in any spelling of it.") var rule: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let removed = try AllowlistRepository(database: database).removeSiteRule(rule, by: AdminCommand.shellAuthor)
                print("Removed site rule \(AdminCommand.printable(removed.text))")
            }
        }
    }

    struct ListSiteRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list-site-rules", abstract: "List the site rules with their category and rights.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let entries = try AllowlistRepository(database: database).listSiteRules()
                if entries.isEmpty { print("No site rules: every URL is denied") }
                for entry in entries {
                    var line = "\(AdminCommand.printable(entry.text))\t\(AdminCommand.summary(entry))"
                    line += "\t\(AdminCommand.printable(entry.createdBy))\t\(AdminCommand.day(entry.createdAt))"
                    if let problem = entry.problem { line += "\tINVALID, ignored: \(AdminCommand.printable(problem))" }
                    print(line)
                }
            }
        }
    }

    struct CheckURL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-url",
            abstract: "Say whether the stored rules allow a URL: prints 'allowed by RULE' (exit 0) or 'denied: REASON' (exit 1).",
            discussion: "The decision is written to the audit log (url.checked) before it is printed.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The URL, exactly as it would be requested.") var url: String
        @Flag(help: "Check a POST form submission.") var post = false
        @Flag(help: "Check a GET form submission.") var form = false

        func validate() throws {
            guard !(post && form) else { throw ValidationError("Give --post or --form, not both.") }
        }

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let decision = try AllowlistRepository(database: database).checkURL(
                    url, method: post ? .post : form ? .getForm : .get, by: AdminCommand.shellAuthor)
                print(AdminCommand.printable(decision.description))
                if !decision.isAllowed { throw ExitCode(1) }
            }
        }
    }

    struct AddFeed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-feed", abstract: "Add a press feed; its URL must be allowed by a site rule of category press.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The feed's https URL.") var url: String
        @Option(help: "The name shown to readers.") var name: String
        @Option(help: "Language: fr, nl, de or en.") var lang: String

        func validate() throws { _ = try AdminCommand.language(lang) }

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let feed = try AllowlistRepository(database: database).addFeed(
                    url: url, name: name, language: try AdminCommand.language(lang), by: AdminCommand.shellAuthor)
                print("Added feed \(feed.url) (\(feed.name), \(feed.language.rawValue))")
            }
        }
    }

    struct RemoveFeed: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove-feed", abstract: "Remove a press feed.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The feed's URL.") var url: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let removed = try AllowlistRepository(database: database).removeFeed(url: url, by: AdminCommand.shellAuthor)
                print("Removed feed \(AdminCommand.printable(removed.url))")
            }
        }
    }

    struct EnableFeed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable-feed", abstract: "Fetch a feed again (checked against the site rules).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The feed's URL.") var url: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let feed = try AllowlistRepository(database: database).setFeedEnabled(url: url, true, by: AdminCommand.shellAuthor)
                print("Enabled feed \(AdminCommand.printable(feed.url))")
            }
        }
    }

    struct DisableFeed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable-feed", abstract: "Stop fetching a feed without removing it.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The feed's URL.") var url: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let feed = try AllowlistRepository(database: database).setFeedEnabled(url: url, false, by: AdminCommand.shellAuthor)
                print("Disabled feed \(AdminCommand.printable(feed.url))")
            }
        }
    }

    struct ListFeeds: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list-feeds", abstract: "List the press feeds.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let feeds = try AllowlistRepository(database: database).listFeeds()
                if feeds.isEmpty { print("No feeds") }
                for feed in feeds {
                    let state = feed.enabled ? "enabled" : "DISABLED"
                    print("\(feed.url)\t\(feed.name)\t\(feed.language.rawValue)\t\(state)\t\(AdminCommand.printable(feed.createdBy))\t\(AdminCommand.day(feed.createdAt))")
                }
            }
        }
    }

    // MARK: - Helpers

    static let categoryNames = SiteCategory.allCases.map(\.rawValue).joined(separator: ", ")

    static func category(_ name: String) throws -> SiteCategory {
        guard let category = SiteCategory(name: name) else {
            throw ValidationError("Category must be one of \(categoryNames).")
        }
        return category
    }

    static func language(_ code: String) throws -> Language {
        guard let language = Language(code: code) else {
            throw ValidationError("Language must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return language
    }

    /// `jobs, GET forms, POST` — the category and the rights a rule grants.
    static func summary(_ entry: SiteRuleEntry) -> String {
        var parts = [entry.category.rawValue]
        if entry.allowsGetForms { parts.append("GET forms") }
        if entry.allowsPost { parts.append("POST") }
        return parts.joined(separator: ", ")
    }

    /// Text from the database or the command line, made harmless to print on a terminal.
    static func printable(_ text: String) -> String {
        TextSanitizer.singleLine.clean(text)
    }

    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}
