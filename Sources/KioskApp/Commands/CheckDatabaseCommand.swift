import ArgumentParser
import KioskStore

/// `kiosk admin check-db`: SQLite's own check of the whole database file.
struct CheckDatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-db",
        abstract: "Check the database file: prints 'ok' (exit 0), or each problem SQLite finds (exit 1).")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let lines = try AdminCommand.withDatabase(store) { database in try database.integrityCheck() }
        for line in lines { print(AdminCommand.printable(line)) }
        if lines != ["ok"] { throw ExitCode(1) }
    }
}
