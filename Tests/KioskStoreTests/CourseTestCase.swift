import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Base class for course tests: a real database with detainees Julien (1001) and Anna (1002),
/// and courses built in code (never read from content files).
class CourseTestCase: StoreTestCase {
    static let minute: TimeInterval = 60
    static let day: TimeInterval = 86_400

    var noon: Date { Self.noon }

    private(set) var database: KioskDatabase!
    private(set) var courses: CourseRepository!
    private(set) var julien: DetaineeAccount!
    private(set) var anna: DetaineeAccount!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try openDatabase()
        courses = CourseRepository(database: database)
        julien = try createJulien(database)
        anna = try makeAdmin(database).createDetainee(
            number: "1002", pin: Secret("1234"), name: "Anna Peeters", cell: "B-202", language: .nl, now: noon)
    }

    override func tearDownWithError() throws {
        database = nil
        courses = nil
        julien = nil
        anna = nil
        try super.tearDownWithError()
    }

    // MARK: - Content

    /// A lesson whose document is one paragraph of `text`.
    static func lesson(_ id: String, _ title: String, _ text: String) -> CourseStep {
        .lesson(LessonContent(id: id, title: title, document: Document(title: title, blocks: [.paragraph([.text(text)])])))
    }

    /// A quiz of `count` single-choice questions (the first choice is right), one of them with
    /// several right choices so a set travels through JSON.
    static func quiz(_ id: String, _ title: String, questions count: Int = 5) -> CourseStep {
        var questions = (1...count).map { number in
            QuizQuestion(text: "Question \(number)", kind: .singleChoice(choices: ["oui", "non"], correct: 0),
                         explanation: "Parce que.")
        }
        questions[0].kind = .multipleChoice(choices: ["a", "b", "c", "d"], correct: [0, 2, 3])
        return .quiz(QuizContent(id: id, title: title, questions: questions))
    }

    /// The French keyboard course: two lessons and a quiz of 5 questions, pass mark 60 %.
    static func keyboard(steps: [CourseStep]? = nil, passMark: Int = 60) -> CourseContent {
        CourseContent(
            id: "keyboard", title: "Le clavier pour débutants",
            summary: "Apprendre à taper des lettres, des chiffres et des accents.",
            language: .fr, category: .digital, level: .beginner, minutes: 45, passMark: passMark,
            steps: steps ?? [
                lesson("01-keys", "Les touches", "La touche Entrée valide une ligne; la touche Échap revient."),
                lesson("02-accents", "Les accents", "Écrire é, è et ç sur un clavier belge."),
                quiz("03-quiz", "Vérifier ses acquis"),
            ])
    }

    /// Three more courses, in other languages and categories.
    static let others: [CourseContent] = [
        CourseContent(
            id: "solliciteren", title: "Solliciteren voor beginners", summary: "Een brief en een gesprek voorbereiden.",
            language: .nl, category: .work, level: .beginner, minutes: 60, passMark: 50,
            steps: [lesson("01-brief", "De brief", "Een goede brief is kort."), quiz("02-quiz", "Quiz", questions: 2)]),
        CourseContent(
            id: "budget", title: "Budget im Griff", summary: "Einnahmen und Ausgaben planen.",
            language: .de, category: .money, level: .intermediate, minutes: 30, passMark: 80,
            steps: [lesson("01-plan", "Der Plan", "Straßenbahn, Miete und Müllgebühren.")]),
        CourseContent(
            id: "cv", title: "Écrire son CV", summary: "Un CV clair en une page.",
            language: .fr, category: .work, level: .beginner, minutes: 40, passMark: 70,
            steps: [lesson("01-cv", "La page", "Expérience, formation, langues.")]),
    ]

    // MARK: - Helpers

    /// Imports `content` at `at` (noon by default) as staff:admin.
    @discardableResult
    func importCourse(_ content: CourseContent = keyboard(), at: Date? = nil) throws -> CourseImportReport {
        try courses.importCourse(content, by: "staff:admin", now: at ?? noon)
    }

    /// Julien's (or another learner's) progress in the keyboard course.
    func progress(_ detainee: DetaineeAccount? = nil, course: String = "keyboard") throws -> CourseProgress? {
        try courses.course(id: course, detainee: (detainee ?? julien).id)?.1
    }

    /// Reads lesson `id` of the keyboard course to its end at `at`.
    @discardableResult
    func read(_ id: String, by detainee: DetaineeAccount? = nil, at: Date, line: Int = 40) throws -> CourseProgress {
        try courses.saveLessonPosition(
            course: "keyboard", lesson: id, detainee: (detainee ?? julien).id, line: line, finished: true, at: at)
    }

    /// An attempt at the keyboard quiz with `right` of 5.
    @discardableResult
    func answer(_ right: Int, of total: Int = 5, by detainee: DetaineeAccount? = nil, quiz: String = "03-quiz",
                at: Date) throws -> CourseProgress {
        try courses.recordQuizAttempt(
            course: "keyboard", quiz: quiz, detainee: (detainee ?? julien).id, right: right, total: total, at: at)
    }

    /// How many rows `table` has.
    func count(_ table: String) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    /// The audit lines whose action starts with `prefix`, oldest first.
    func audit(_ prefix: String) throws -> [AuditEvent] {
        try AuditRepository(database: database).events(matching: AuditFilter(actionPrefix: prefix)).reversed()
    }

    /// The `CourseError` that `body` throws, or nil when it succeeds.
    func courseError(_ body: () throws -> Void, line: UInt = #line) -> CourseError? {
        do {
            try body()
            return nil
        } catch let error as CourseError {
            return error
        } catch {
            XCTFail("unexpected \(error)", line: line)
            return nil
        }
    }
}
