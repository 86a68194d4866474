import ArgumentParser
import Foundation
import KioskCore
import KioskStore

/// `kiosk admin audit`: the audit log of a period as CSV, for a spreadsheet or an inquiry.
///
/// The export is itself recorded (`audit.exported`, actor and terminal `admin-cli`) before any
/// line is written out: no export leaves without a trace.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Export the audit log of a period as CSV.",
        discussion: """
            DATE is a day (2026-03-01, midnight in the configured time zone), an ISO 8601 time \
            (2026-03-01T09:30:00+01:00) or a time ago (7d, 24h). --since is included, --until is \
            not: --since 2026-03-01 --until 2026-03-02 is the whole of March 1. Times in the CSV \
            are UTC; cells a spreadsheet would run as formulas start with '.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("First moment exported.", valueName: "date")) var since: String
    @Option(help: ArgumentHelp("First moment not exported (default: none).", valueName: "date")) var until: String?
    @Option(help: ArgumentHelp("Write to this file (created with mode 600) instead of standard output.", valueName: "file"))
    var output: String?

    static let cli = "admin-cli"

    func run() throws {
        let zone = try store.loadConfig().settings.timeZone
        let now = Date()
        let start = try Self.time(since, option: "--since", now: now, timeZone: zone)
        let end = try until.map { text throws in try Self.time(text, option: "--until", now: now, timeZone: zone) }
        if let end, end <= start { throw ValidationError("--until must be later than --since.") }

        try AdminCommand.withDatabase(store) { database in
            let destination = try Self.destination(output)
            let audit = AuditRepository(database: database)
            let csv = try audit.csv(since: start, until: end)
            try audit.append(AuditEvent(
                at: Date(), actor: Self.cli, terminal: Self.cli, action: "audit.exported",
                subject: output ?? "stdout",
                detail: "since \(Self.utc(start)) until \(end.map(Self.utc) ?? "open") by \(ProcessInfo.processInfo.userName)"))
            try destination.write(contentsOf: Data(csv.utf8))
            if output != nil { try destination.synchronize() }
        }
    }

    static func time(_ text: String, option: String, now: Date, timeZone: TimeZone) throws -> Date {
        guard let date = AuditTimeArgument.parse(text, now: now, timeZone: timeZone) else {
            throw ValidationError("\(option) takes \(AuditTimeArgument.forms).")
        }
        return date
    }

    private static func utc(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// Standard output, or the file opened (before anything is read or recorded) so that only
    /// its owner can read it: the log names people.
    static func destination(_ path: String?) throws -> FileHandle {
        guard let path else { return FileHandle.standardOutput }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw OutputError(message: "Cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}

/// The export file could not be opened; the message names it and says why.
private struct OutputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
