import ArgumentParser
import Foundation
import KioskCore
import KioskStore

/// `kiosk admin` commands for the announcements on detainees' home screens.
extension AdminCommand {
    /// The announcement commands, appended to `kiosk admin`'s subcommands.
    static let announcementSubcommands: [ParsableCommand.Type] = [
        Announce.self, WithdrawAnnouncement.self, ListAnnouncements.self,
    ]

    struct Announce: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "announce",
            abstract: "Publish an announcement on the home screens of everyone, one wing or one language.",
            discussion: """
                DATE is a day (2026-03-01, midnight in the configured time zone), an ISO 8601 time \
                (2026-03-01T09:30:00+01:00) or a time ago (7d, 24h). --from is included, --until is \
                not: --from 2026-03-01 --until 2026-03-02 shows it on March 1 only. A detainee's wing \
                is the part of their cell before the first '-' (A-101 is in wing A). At most 5 \
                announcements show at once, the latest to start first.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The text, at most 1000 characters.") var text: String
        @Option(help: ArgumentHelp("First moment shown (default: now).", valueName: "date")) var from: String?
        @Option(help: ArgumentHelp("First moment no longer shown (default: until withdrawn).", valueName: "date"))
        var until: String?
        @Option(help: "Only for detainees of this wing (1 to 4 letters or digits).") var wing: String?
        @Option(help: "Only for detainees reading this language: fr, nl, de or en.") var lang: String?

        func validate() throws {
            guard wing == nil || lang == nil else { throw ValidationError("Give --wing or --lang, not both.") }
            if let lang { _ = try AdminCommand.language(lang) }
        }

        func run() throws {
            let zone = try store.loadConfig().settings.timeZone
            let now = Date()
            let start = try from.map { text throws in try AdminCommand.announcementTime(text, option: "--from", now: now, timeZone: zone) } ?? now
            let end = try until.map { text throws in try AdminCommand.announcementTime(text, option: "--until", now: now, timeZone: zone) }
            let target: Announcement.Target =
                if let wing { .wing(wing) } else if let lang { .language(try AdminCommand.language(lang)) } else { .everyone }

            try AdminCommand.withDatabase(store) { database in
                let announcement = try AnnouncementRepository(database: database).publish(
                    text: text, startsAt: start, endsAt: end, target: target, by: AdminCommand.shellAuthor, now: now)
                print("Published announcement \(announcement.id) for \(announcement.target), \(AdminCommand.announcementPeriod(announcement, timeZone: zone))")
            }
        }
    }

    struct WithdrawAnnouncement: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw-announcement",
            abstract: "Take an announcement off the home screens (it stays on record).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The announcement's number, as list-announcements shows it.") var id: Int64

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let announcement = try AnnouncementRepository(database: database).withdraw(id: id, by: AdminCommand.shellAuthor)
                print("Withdrew announcement \(announcement.id) (\(AdminCommand.printable(announcement.target.description)))")
            }
        }
    }

    struct ListAnnouncements: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list-announcements",
            abstract: "List announcements, the latest to start first, with their status.",
            discussion: "Columns: number, status (scheduled, showing, ended, withdrawn), audience, period, author, text.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Include withdrawn announcements.") var all = false

        func run() throws {
            let zone = try store.loadConfig().settings.timeZone
            try AdminCommand.withDatabase(store) { database in
                let entries = try AnnouncementRepository(database: database).list(includeWithdrawn: all)
                if entries.isEmpty { print("No announcements") }
                for entry in entries {
                    let announcement = entry.announcement
                    var line = "\(announcement.id)\t\(entry.status.rawValue)\t\(AdminCommand.printable(announcement.target.description))"
                    line += "\t\(AdminCommand.announcementPeriod(announcement, timeZone: zone))\t\(AdminCommand.printable(announcement.createdBy))"
                    if let withdrawnBy = announcement.withdrawnBy {
                        line += "\twithdrawn by \(AdminCommand.printable(withdrawnBy))"
                    }
                    line += "\t\(AdminCommand.printable(announcement.text))"
                    print(line)
                }
            }
        }
    }

    // MARK: - Helpers

    /// The moment a date option names, in `AuditTimeArgument`'s forms.
    static func announcementTime(_ text: String, option: String, now: Date, timeZone: TimeZone) throws -> Date {
        guard let date = AuditTimeArgument.parse(text, now: now, timeZone: timeZone) else {
            throw ValidationError("\(option) takes \(AuditTimeArgument.forms).")
        }
        return date
    }

    /// `from 2026-03-01T09:00:00+01:00 until open`, in the configured time zone.
    static func announcementPeriod(_ announcement: Announcement, timeZone: TimeZone) -> String {
        let format = Date.ISO8601FormatStyle(timeZone: timeZone)
        return "from \(announcement.startsAt.formatted(format)) until \(announcement.endsAt?.formatted(format) ?? "open")"
    }
}
