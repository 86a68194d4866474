@testable import KioskCore
import XCTest

extension LessonContent {
    /// Links to the second lesson, to itself and to a site on the web.
    static let income = LessonContent(id: "01-income", title: "Income", document: Document(title: "Income", blocks: [
        .paragraph([.text("See "), .link([.text("spending")], target: "lesson:02-spending"), .text(", "),
                    .link([.text("this lesson")], target: "lesson:01-income"), .text(" and "),
                    .link([.text("the tax office")], target: "https://tax.example/"), .text(".")]),
    ]))
    /// Links back to the first lesson.
    static let spending = LessonContent(id: "02-spending", title: "Spending", document: Document(title: "Spending", blocks: [
        .paragraph([.text("Back to "), .link([.text("income")], target: "lesson:01-income"), .text(".")]),
    ]))
}

extension QuizQuestion {
    static let single = QuizQuestion(text: "How much is 2 + 2?", kind: .singleChoice(choices: ["3", "4", "5"], correct: 1),
                                     explanation: "Two and two.")
    static let multiple = QuizQuestion(text: "Which are income?",
                                       kind: .multipleChoice(choices: ["Wages", "Rent", "Benefits"], correct: [0, 2]))
    static let short = QuizQuestion(text: "Capital of Belgium?", kind: .shortAnswer(accepted: ["Bruxelles", "Brussels"]))
}

extension QuizContent {
    static let check = QuizContent(id: "03-check", title: "Check", questions: [.single, .multiple, .short])
}

extension CourseContent {
    /// Two lessons then a quiz; a quiz passes with 60%.
    static let budget = CourseContent(id: "budget", title: "Basic budget", summary: "Keep a budget.", language: .en,
                                      category: .money, level: .beginner, minutes: 45, passMark: 60,
                                      steps: [.lesson(.income), .lesson(.spending), .quiz(.check)])
}

extension CourseSummary {
    static let budget = CourseSummary(id: "budget", title: "Basic budget", summary: "Keep a budget.", language: .en,
                                      category: .money, level: .beginner, minutes: 45, stepCount: 3)
    static let letters = CourseSummary(id: "letters", title: "Writing letters", summary: "Formal letters.", language: .fr,
                                       category: .language, level: .intermediate, minutes: 60, stepCount: 5)
}

extension CourseProgress {
    /// Enrolled this morning, nothing done.
    static let enrolled = CourseProgress(courseID: "budget", enrolledAt: .morning)
}

extension AppState {
    /// Jean on a course's page, loaded, over the catalogue; the courses' time counting since 9:00.
    static func onCourse(_ progress: CourseProgress = .enrolled, selection: Int = 0) -> AppState {
        var state = AppState.loggedIn()
        state.stack = [.home(HomeState()), .courses(CourseCatalogState(courses: [.budget])),
                       .course(CourseState(id: "budget", content: .budget, progress: progress, selection: selection))]
        state.session?.visit = SectionVisit(section: .courses, since: .morning)
        return state
    }
}
