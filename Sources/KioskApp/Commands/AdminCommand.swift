import ArgumentParser
import Foundation
import KioskCore
import KioskStore

/// `kiosk admin`: databases and accounts from the shell, with the same rules as the screens.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Create databases and manage accounts without starting the screen.",
        subcommands: [Init.self, AddDetainee.self, AddStaff.self, SetPIN.self, Lock.self, Unlock.self, SetLanguage.self, List.self,
                      StaffCommand.self, AuditCommand.self, CheckDatabaseCommand.self]
            + allowlistSubcommands + AccessProfileCommands.subcommands + announcementSubcommands
    )

    /// Writes what a shell command changed to the audit log, as `cli:USER` on `admin-cli`.
    static func audit(_ database: KioskDatabase, _ action: String, subject: String, detail: String = "") throws {
        try AuditRepository(database: database).record(AuditEvent(at: Date(), actor: shellAuthor, terminal: "admin-cli",
                                                                  action: action, subject: subject, detail: detail))
    }

    /// Runs `body` on the options' existing database and closes it afterwards, whatever happens.
    static func withDatabase<T>(_ store: StoreOptions, _ body: (KioskDatabase) throws -> T) throws -> T {
        let database = try open(store)
        defer { try? database.close() }
        return try body(database)
    }

    /// Opens the database of the options (creating it only when `create` is true).
    static func open(_ store: StoreOptions, create: Bool = false) throws -> KioskDatabase {
        let path = try store.databasePath(try store.loadConfig())
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("No database at \(path). Create one with: kiosk admin init --db \(path)")
        }
        return try KioskDatabase(path: path)
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init", abstract: "Create (or migrate) a database.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Add the demo accounts listed in the README.") var demo = false

        func run() throws {
            let database = try AdminCommand.open(store, create: true)
            defer { try? database.close() }
            print("Database ready at \(database.path) (migrations: \(try database.appliedMigrations().joined(separator: ", ")))")
            if demo {
                let report = try AccountAdmin(database: database).seedDemo()
                print("Demo accounts created: \(report.created.joined(separator: ", ").ifEmpty("none")); already there: \(report.skipped.joined(separator: ", ").ifEmpty("none"))")
                for line in try DemoPress.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
                for line in try DemoCourses.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
                for line in try DemoServices.seed(database, contentDirectory: ContentLocator.directory()) { print(line) }
            }
        }
    }

    struct AddDetainee: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-detainee",
            abstract: "Add a detainee. The PIN is asked for (or read from standard input).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Prison number, digits only.") var number: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Cell, e.g. A-101.") var cell: String
        @Option(help: "Language: fr, nl, de or en.") var lang: String

        func run() throws {
            let language = try AccountValidation.language(lang)
            try AdminCommand.withDatabase(store) { database in
                let pin = try SecretInput.read("PIN")
                let account = try AccountAdmin(database: database).createDetainee(number: number, pin: pin, name: name, cell: cell, language: language)
                try AdminCommand.audit(database, "account.created", subject: account.number, detail: "detainee, \(account.cell), \(account.language.rawValue)")
                print("Added detainee \(account.number) (\(account.name), \(account.cell), \(account.language.rawValue))")
            }
        }
    }

    struct AddStaff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-staff",
            abstract: "Add a member of staff. The password is asked for (or read from standard input).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Login: lower-case letters, digits, . - _") var login: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Role: officer, service or admin.") var role: String
        @Option(help: "Language: fr, nl, de or en.") var lang: String

        func run() throws {
            let role = try AccountValidation.role(role)
            let language = try AccountValidation.language(lang)
            try AdminCommand.withDatabase(store) { database in
                let password = try SecretInput.read("Password")
                let account = try AccountAdmin(database: database).createStaff(login: login, password: password, name: name, role: role, language: language)
                try AdminCommand.audit(database, "account.created", subject: account.login, detail: "staff, \(account.role.rawValue)")
                print("Added staff \(account.login) (\(account.name), \(account.role.rawValue))")
            }
        }
    }

    struct SetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-pin",
            abstract: "Give a detainee a new PIN; also clears failed attempts and unlocks the account.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Prison number.") var number: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let pin = try SecretInput.read("New PIN")
                try AccountAdmin(database: database).setDetaineePIN(number: number, pin: pin)
                try AdminCommand.audit(database, "account.pin-reset", subject: number)
                print("PIN changed for \(number); the account is unlocked")
            }
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unlock", abstract: "Unlock an account locked after failed logins.")
        @OptionGroup var store: StoreOptions
        @Option(help: "A detainee's number.") var number: String?
        @Option(help: "A staff login.") var login: String?

        func validate() throws {
            guard (number == nil) != (login == nil) else { throw ValidationError("Give either --number or --login.") }
        }

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let admin = AccountAdmin(database: database)
                if let number {
                    try admin.unlockDetainee(number: number)
                    try AdminCommand.audit(database, "account.unlocked", subject: number)
                    print("Unlocked detainee \(number)")
                } else if let login {
                    try admin.unlockStaff(login: login)
                    try AdminCommand.audit(database, "account.unlocked", subject: login)
                    print("Unlocked staff \(login)")
                }
            }
        }
    }

    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lock", abstract: "Lock a detainee's account: no login until it is unlocked.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Prison number.") var number: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                try AccountAdmin(database: database).lockDetainee(number: number)
                try AdminCommand.audit(database, "account.locked", subject: number)
                print("Locked detainee \(number)")
            }
        }
    }

    struct SetLanguage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-language", abstract: "Change a detainee's language.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Prison number.") var number: String
        @Argument(help: "fr, nl, de or en.") var lang: String

        func run() throws {
            let language = try AccountValidation.language(lang)
            try AdminCommand.withDatabase(store) { database in
                try AccountAdmin(database: database).setDetaineeLanguage(number: number, language: language)
                try AdminCommand.audit(database, "account.language", subject: number, detail: language.rawValue)
                print("Detainee \(number) now speaks \(language.nativeName)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts with their failed attempts and locks.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let admin = AccountAdmin(database: database)
                print("Detainees")
                for entry in try admin.listDetainees() {
                    let account = entry.account
                    print("  \(account.number)\t\(account.name)\t\(account.cell)\t\(account.language.rawValue)\tfailed \(entry.failedAttempts)\(entry.locked ? "\tLOCKED" : "")")
                }
                print("Staff")
                for entry in try admin.listStaff() {
                    let account = entry.account
                    let departments = account.departments.isEmpty ? "" : "\tdepartments \(account.departments.joined(separator: ","))"
                    print("  \(account.login)\t\(account.name)\t\(account.role.rawValue)\t\(account.language.rawValue)\tfailed \(entry.failedAttempts)\(entry.locked ? "\tLOCKED" : "")\(departments)")
                }
            }
        }
    }

    /// `kiosk admin staff …`: what members of staff do, beyond their accounts.
    struct StaffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staff",
            abstract: "Manage what members of staff work on.",
            subcommands: [Departments.self])
    }

    struct Departments: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "departments",
            abstract: "Set the departments whose request queues a member of staff works.",
            discussion: """
                IDS replaces the member's whole list: department ids of the imported service catalogue, \
                comma-separated, or "" for none. Example: kiosk admin staff departments medical medical,psychosocial
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's login.") var login: String
        @Argument(help: "Department ids, comma-separated; \"\" for none.") var ids: String

        func run() throws {
            let ids = ids.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            try AdminCommand.withDatabase(store) { database in
                let author = ChangeAuthor(actor: AdminCommand.shellAuthor, terminal: AllowlistRepository.cliTerminal, at: Date())
                switch try RequestRepository(database: database).setDepartments(ids, staff: login, by: author) {
                case .done(let departments):
                    print("Staff \(login) now works \(departments.isEmpty ? "no department" : "the queues of \(departments.joined(separator: ", "))")")
                case .refused(let reason):
                    throw RefusedChange(reason: reason)
                }
            }
        }
    }
}

/// A change the store refused, with its reason (printed as the command's error, without usage).
private struct RefusedChange: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

private extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
