import ArgumentParser
import Foundation
import KioskContent
import KioskCore
import KioskStore

/// `kiosk courses`: load course packages, list them, see and assign learners, export completions.
struct CoursesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courses",
        abstract: "Import course packages, list them, see who follows them, assign them, export completions.",
        subcommands: [Import.self, List.self, Enrolments.self, Assign.self, Export.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Check and import a course folder, or every course folder in a folder.",
            discussion: """
                A course is a folder with course.toml, Markdown lessons and TOML quizzes \
                (content/courses/README.md). Every package is checked before anything is written; \
                the first problem is printed as FILE:LINE:COLUMN: what is wrong, and nothing is \
                imported. A course already there is updated: learners keep their progress on the \
                lessons and quizzes that remain.
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("A course folder, or a folder of course folders.", valueName: "dir"))
        var directory: String

        func run() throws {
            let courses: [CourseContent]
            do {
                courses = try CoursesCommand.read(directory)
            } catch {
                throw ValidationError(error.description)
            }
            try AdminCommand.withDatabase(store) { database in
                let repository = CourseRepository(database: database)
                for course in courses {
                    let report = try repository.importCourse(course, by: AdminCommand.shellAuthor, now: Date())
                    print("\(course.id): \(report.summary)")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the courses with their learners.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let lines = try CourseRepository(database: database).courseStatus()
                if lines.isEmpty { print("No courses. Import one with: kiosk courses import DIR") }
                for line in lines {
                    print("\(line.id)\t\(line.language.rawValue)\t\(line.steps) steps\t\(line.enrolled) enrolled\t"
                          + "\(line.completed) completed\tversion \(line.version)\t\(AdminCommand.printable(line.title))")
                }
            }
        }
    }

    struct Enrolments: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enrolments", abstract: "Who follows a course, and how far they are.")
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The course id (its folder name).", valueName: "course")) var course: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let lines = try CourseRepository(database: database).enrolments(course: course)
                if lines.isEmpty { print("Nobody follows \(AdminCommand.printable(course)) yet.") }
                for line in lines {
                    var text = "\(line.number)\t\(AdminCommand.printable(line.name))\t\(line.stepsDone)/\(line.stepCount) steps\t"
                    text += "enrolled \(AdminCommand.day(line.enrolledAt))"
                    if let by = line.assignedBy { text += " by \(AdminCommand.printable(by))" }
                    if let done = line.completedAt { text += "\tcompleted \(AdminCommand.day(done))" }
                    print(text)
                }
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assign", abstract: "Enrol a detainee in a course (audited).")
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The course id.", valueName: "course")) var course: String
        @Option(help: "The detainee's number.") var number: String

        func run() throws {
            try AdminCommand.withDatabase(store) { database in
                let new = try CourseRepository(database: database).assign(
                    course: course, toDetainee: number, by: AdminCommand.shellAuthor, now: Date())
                print(new ? "Enrolled \(number) in \(course)" : "\(number) already follows \(course)")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the courses completed in a period as CSV, for the education service.",
            discussion: "DATE as for `kiosk admin audit`. The export is written to the audit log.")
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("First moment exported.", valueName: "date")) var since: String
        @Option(help: ArgumentHelp("First moment not exported (default: now).", valueName: "date")) var until: String?
        @Option(help: ArgumentHelp("Write to this file (created with mode 600) instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let zone = try store.loadConfig().settings.timeZone
            let now = Date()
            let start = try AuditCommand.time(since, option: "--since", now: now, timeZone: zone)
            let end = try until.map { text throws in try AuditCommand.time(text, option: "--until", now: now, timeZone: zone) } ?? now
            if end <= start { throw ValidationError("--until must be later than --since.") }
            try AdminCommand.withDatabase(store) { database in
                let destination = try AuditCommand.destination(output)
                let csv = try CourseRepository(database: database).completionsCSV(since: start, until: end)
                try AuditRepository(database: database).append(AuditEvent(
                    at: Date(), actor: AdminCommand.shellAuthor, terminal: AuditCommand.cli, action: "courses.exported",
                    subject: output ?? "stdout", detail: "completions"))
                try destination.write(contentsOf: Data(csv.utf8))
                if output != nil { try destination.synchronize() }
            }
        }
    }

    /// One course folder (it has a course.toml), or every course folder inside `directory`.
    static func read(_ directory: String) throws(ContentError) -> [CourseContent] {
        let manifest = (directory as NSString).appendingPathComponent(CoursePackageReader.manifestName)
        if FileManager.default.fileExists(atPath: manifest) {
            return [try CoursePackageReader.read(directory: directory)]
        }
        return try CoursePackageReader.readAll(root: directory)
    }
}

/// The demo's courses: every package of `content/courses/`, imported as a maintainer would.
enum DemoCourses {
    @discardableResult
    static func seed(_ database: KioskDatabase, contentDirectory: String?, now: Date = Date()) throws -> [String] {
        guard let folder = contentDirectory.map({ ($0 as NSString).appendingPathComponent("courses") }),
              FileManager.default.fileExists(atPath: folder) else {
            return ["courses: no content/courses folder found; the demo has no courses"]
        }
        let repository = CourseRepository(database: database)
        return try CoursePackageReader.readAll(root: folder).map { course in
            "courses: \(course.id): " + (try repository.importCourse(course, by: "demo-seed", now: now)).summary
        }
    }
}
