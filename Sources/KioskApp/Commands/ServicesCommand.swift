import ArgumentParser
import Foundation
import KioskContent
import KioskCore
import KioskStore

/// `kiosk services`: check and load the catalogue of services detainees write to, and list it.
struct ServicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services",
        abstract: "Check and import the catalogue of services (content/services.toml), list it.",
        subcommands: [Check.self, Import.self, List.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a catalogue file without writing anything.",
            discussion: "Every problem is printed as FILE:LINE:COLUMN: what is wrong (docs/service-catalogue.md).")

        @Argument(help: ArgumentHelp("The catalogue file.", valueName: "file")) var file: String

        func run() throws {
            let problems = ServiceCatalogReader.problems(inFileAt: URL(fileURLWithPath: file))
            guard problems.isEmpty else {
                for problem in problems { print(problem.description) }
                throw ExitCode(1)
            }
            let catalog = try ServicesCommand.read(file)
            print("\(file): \(catalog.departments.count) departments, \(catalog.services.count) services, no problem")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Check a catalogue file and replace the catalogue with it.",
            discussion: """
                The whole file is checked first; on the first problem nothing is written. Requests \
                already sent keep their service and department. A catalogue that drops a department \
                with open requests is refused: forward or finish them first.
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The catalogue file.", valueName: "file")) var file: String

        func run() throws {
            let catalog = try ServicesCommand.read(file)
            try AdminCommand.withDatabase(store) { database in
                let author = ChangeAuthor(actor: AdminCommand.shellAuthor, terminal: AllowlistRepository.cliTerminal, at: Date())
                switch try RequestRepository(database: database).importServiceCatalog(catalog, by: author) {
                case .done(let imported):
                    print("Imported \(imported.departments.count) departments and \(imported.services.count) services")
                case .refused(let reason):
                    throw ValidationError(reason)
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the departments and services in the database.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Language of the titles: fr, nl, de or en.") var language = "en"

        func run() throws {
            guard let language = Language(code: language) else { throw ValidationError("Unknown language \(self.language)") }
            try AdminCommand.withDatabase(store) { database in
                let catalog = try RequestRepository(database: database).serviceCatalog()
                if catalog.services.isEmpty { print("No services. Import them with: kiosk services import content/services.toml") }
                for service in catalog.services {
                    let limit = service.openLimit.map { "\t\($0) open at most" } ?? ""
                    print("\(service.id)\t\(service.department)\t\(service.fields.count) fields\(limit)\t"
                          + AdminCommand.printable(service.title.text(in: language)))
                }
            }
        }
    }

    /// Reads a catalogue file, turning its first problem into the command's error.
    static func read(_ file: String) throws -> ServiceCatalog {
        do {
            return try ServiceCatalogReader.read(fileAt: URL(fileURLWithPath: file))
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// Loads `content/services.toml` into a demo database.
enum DemoServices {
    @discardableResult
    static func seed(_ database: KioskDatabase, contentDirectory: String?, now: Date = Date()) throws -> [String] {
        guard let file = contentDirectory.map({ ($0 as NSString).appendingPathComponent("services.toml") }),
              FileManager.default.fileExists(atPath: file) else {
            return ["services: no content/services.toml found; the demo has no services"]
        }
        let catalog = try ServiceCatalogReader.read(fileAt: URL(fileURLWithPath: file))
        let author = ChangeAuthor(actor: "demo-seed", terminal: AllowlistRepository.cliTerminal, at: now)
        switch try RequestRepository(database: database).importServiceCatalog(catalog, by: author) {
        case .done(let imported): return ["services: \(imported.services.count) services in \(imported.departments.count) departments"]
        case .refused(let reason): return ["services: not loaded: \(reason)"]
        }
    }
}
