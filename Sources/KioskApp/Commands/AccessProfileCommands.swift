import ArgumentParser
import Foundation
import KioskCore
import KioskStore

/// `kiosk admin add-profile | list-profiles | set-profile`: what detainees may open, and when.
enum AccessProfileCommands {
    static let subcommands: [ParsableCommand.Type] = [AddProfile.self, ListProfiles.self, SetProfile.self]

    struct AddProfile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-profile",
            abstract: "Create or replace a named access profile.",
            discussion: "Example: kiosk admin add-profile pre-trial --sections courses,job-sites,requests --hours 07:00-22:00")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Profile name: lower-case letters, digits, -.") var name: String
        @Option(help: "Open sections, comma-separated: courses, job-sites, press, requests (default: all).") var sections: String?
        @Option(help: "Hours of use, e.g. 07:00-22:00 (default: any time).") var hours: String?
        @Option(help: "Minutes per day by section, e.g. press=60,job-sites=90.") var minutes: String?
        @Option(name: .customLong("job-categories"), help: "Job-site categories, comma-separated (default: all).") var jobCategories: String?
        @Option(name: .customLong("press-sources"), help: "Press feed names, comma-separated (default: all).") var pressSources: String?

        func run() throws {
            let profile = try AccessProfile(
                name: name,
                sections: sections.map(Self.sections) ?? Set(Section.allCases),
                hours: try hours.map { text in
                    guard let hours = DailyHours(text) else { throw ValidationError("--hours takes HH:MM-HH:MM, e.g. 07:00-22:00") }
                    return hours
                },
                dailyMinutes: minutes.map(Self.minutes) ?? [:],
                jobCategories: jobCategories.map(Self.list),
                pressSources: pressSources.map(Self.list))
            try AdminCommand.withDatabase(store) { database in
                try AccessProfileRepository(database: database).save(profile, by: AdminCommand.shellAuthor)
                print("Saved access profile \(name)")
            }
        }

        static func sections(_ text: String) throws -> Set<Section> {
            Set(try list(text).map { name in
                guard let section = Section(rawValue: name) else {
                    throw ValidationError("unknown section '\(name)'; sections are \(Section.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return section
            })
        }

        static func minutes(_ text: String) throws -> [Section: Int] {
            var result: [Section: Int] = [:]
            for pair in list(text) {
                let parts = pair.split(separator: "=").map(String.init)
                guard parts.count == 2, let section = Section(rawValue: parts[0]), let value = Int(parts[1]), (1...1440).contains(value) else {
                    throw ValidationError("--minutes takes SECTION=MINUTES pairs, e.g. press=60")
                }
                result[section] = value
            }
            return result
        }

        static func list(_ text: String) -> Set<String> {
            Set(text.split(separator: ",").map { TextSanitizer.singleLine.clean(String($0)).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
    }

    struct ListProfiles: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list-profiles", abstract: "List the access profiles.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                for profile in try AccessProfileRepository(database: database).profiles() {
                    let sections = Section.allCases.filter { profile.sections.contains($0) }.map(\.rawValue).joined(separator: ",")
                    print("\(profile.name)\tsections \(sections)\thours \(profile.hours?.description ?? "any")")
                }
            }
        }
    }

    struct SetProfile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-profile", abstract: "Give a detainee an access profile (--none: every section, any time).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Prison number.") var number: String
        @Argument(help: "Profile name.") var name: String?
        @Flag(help: "Remove the detainee's profile.") var none = false

        func validate() throws {
            guard (name == nil) == none else { throw ValidationError("Give a profile name, or --none.") }
        }

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                try AccessProfileRepository(database: database).assign(name, toDetainee: number, by: AdminCommand.shellAuthor)
                print("Detainee \(number) now has \(name.map { "access profile \($0)" } ?? "no access profile")")
            }
        }
    }
}
