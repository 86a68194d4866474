import KioskCore
@testable import Widgets
import XCTest

/// The learner's course screens, drawn at 80x24 and at every size.
final class CourseScreensTests: XCTestCase {
    static let income = LessonContent(id: "01-income", title: "Income", document: Document(title: "Income", blocks: [
        .heading(level: 2, [.text("Where money comes from")]),
        .paragraph([.text("Wages, benefits and help from family are income. Read "),
                    .link([.text("spending")], target: "lesson:02-spending"), .text(" next, and see "),
                    .link([.text("the tax office")], target: "https://tax.example/"), .text(".")]),
    ] + (1...30).map { .paragraph([.text("Paragraph \($0) of the lesson.")]) }))
    static let spending = LessonContent(id: "02-spending", title: "Spending", document: Document(title: "Spending", blocks: [
        .paragraph([.text("Rent comes first.")]),
    ]))
    static let quiz = QuizContent(id: "03-check", title: "Check what you know", questions: [
        QuizQuestion(text: "How much is 2 + 2?", kind: .singleChoice(choices: ["3", "4", "5"], correct: 1), explanation: "Two and two make four."),
        QuizQuestion(text: "Which are income?", kind: .multipleChoice(choices: ["Wages", "Rent", "Benefits"], correct: [0, 2]),
                     explanation: "Rent is spending."),
        QuizQuestion(text: "Capital of Belgium?", kind: .shortAnswer(accepted: ["Brussels"])),
    ])
    static let course = CourseContent(id: "budget", title: "Basic budget", summary: "Keep a budget: what comes in, what goes out.",
                                      language: .en, category: .money, level: .beginner, minutes: 45, passMark: 60,
                                      steps: [.lesson(income), .lesson(spending), .quiz(quiz)])
    static let summaries = [
        CourseSummary(id: "budget", title: "Basic budget", summary: "", language: .en, category: .money, level: .beginner,
                      minutes: 45, stepCount: 7, stepsDone: 3, enrolledAt: .morning),
        CourseSummary(id: "letters", title: "Writing letters", summary: "", language: .fr, category: .language,
                      level: .intermediate, minutes: 60, stepCount: 5),
        CourseSummary(id: "keyboard", title: "The keyboard", summary: "", language: .nl, category: .digital, level: .beginner,
                      minutes: 20, stepCount: 3, stepsDone: 3, enrolledAt: .morning, completedAt: .morning),
    ]
    static let progress = CourseProgress(courseID: "budget", enrolledAt: .morning, lessonsRead: ["01-income"],
                                         quizScores: ["03-check": QuizScore(right: 2, total: 3, passed: true, at: .morning)])

    private func detainee(_ routes: [Route], size: TerminalSize = .standard, language: Language = .en) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.session = DetaineeSession(account: DetaineeAccount(id: 1, number: "1001", name: "Jean", language: language, cell: "A-101"),
                                        lastActivity: .morning)
        state.language = language
        state.stack = [.home(HomeState())] + routes
        return state
    }

    private func screen(_ routes: [Route], size: TerminalSize = .standard, language: Language = .en) -> String {
        ScreenRenderer.render(detainee(routes, size: size, language: language)).buffer.lines.joined(separator: "\n")
    }

    private func rows(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    // MARK: - Catalogue and history

    func testTheCatalogueShowsTheFieldTheFiltersAndEachStandingInWords() {
        let state = detainee([.courses(CourseCatalogState(courses: Self.summaries))])
        let frame = ScreenRenderer.render(state)
        let text = frame.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Courses"), text)
        XCTAssertTrue(text.contains("Search ["), text)
        XCTAssertTrue(text.contains("Tab Language: all   F3 Topic: all"), text)
        let lines = rows(text)
        XCTAssertTrue(lines.contains { $0.contains("> Basic budget · en · beginner · 45 min") && $0.hasSuffix("3/7 done") }, text)
        XCTAssertTrue(lines.contains { $0.contains("Writing letters · fr · intermediate · 60 min") && $0.hasSuffix("not started") }, text)
        XCTAssertTrue(lines.contains { $0.contains("The keyboard · nl") && $0.hasSuffix("completed") }, text)
        for hint in ["↑↓ move", "Enter open", "F4 history", "Tab language", "F3 topic", "Esc back"] {
            XCTAssertTrue(frame.buffer.lines[23].contains(hint), hint + "\n" + text)
        }
        // The keys of the filters are drawn as keys, and the cursor stands in the field
        let filterRow = frame.buffer.lines.firstIndex { $0.contains("Tab Language") }!
        XCTAssertEqual(frame.buffer.cols(in: .key, row: filterRow).count, 5)
        XCTAssertEqual(frame.cursor?.row, frame.buffer.lines.firstIndex { $0.contains("Search [") })
    }

    func testTheFiltersAreNamedInWordsAndTheSearchIsShown() {
        let filter = CourseFilter(language: .fr, category: .money, search: "budg")
        let text = screen([.courses(CourseCatalogState(filter: filter, courses: [Self.summaries[0]]))])
        XCTAssertTrue(text.contains("Search [budg"), text)
        XCTAssertTrue(text.contains("Language: Français   F3 Topic: Money and papers"), text)
        let french = screen([.courses(CourseCatalogState(filter: CourseFilter(category: .work), courses: []))], language: .fr)
        XCTAssertTrue(french.contains("Langue : toutes   F3 Thème : Emploi"), french)
    }

    func testAnEmptyOrWaitingCatalogueSaysWhy() {
        XCTAssertTrue(screen([.courses(CourseCatalogState(courses: []))]).contains("No courses yet."))
        let none = screen([.courses(CourseCatalogState(filter: CourseFilter(search: "zzz"), courses: []))])
        XCTAssertTrue(none.contains("No course matches."), none)
        XCTAssertTrue(screen([.courses(CourseCatalogState())]).contains("Loading…"))
        var failed = CourseCatalogState()
        failed.failure = .unavailable
        XCTAssertTrue(screen([.courses(failed)]).contains("! The kiosk cannot read its data right now."))
    }

    func testAListThatStopsShortSaysHowManyMoreInEveryLanguageAndKeepsTheKeys() {
        let catalogue = CourseCatalogState(courses: Self.summaries, matching: 9_903)
        let more: [Language: String] = [
            .en: "9900 more: type to narrow the list", .fr: "9900 de plus : tapez pour affiner",
            .nl: "9900 meer: typ om te verfijnen", .de: "9900 weitere: zum Eingrenzen tippen",
        ]
        for size in [TerminalSize.standard, TerminalSize(cols: 40, rows: 12)] {
            for language in Language.allCases {
                // Given a catalogue listing 3 of the 9,903 courses that match
                let frame = ScreenRenderer.render(detainee([.courses(catalogue)], size: size, language: language))
                let lines = frame.buffer.lines
                let text = lines.joined(separator: "\n")
                // Then the line under the list says how many more, in the learner's language
                let row = lines.firstIndex { $0.contains(more[language]!) }
                XCTAssertNotNil(row, "\(size) \(language)\n" + text)
                // And it stands below the courses, above the keys on the last row, which stay
                XCTAssertGreaterThan(row ?? 0, lines.firstIndex { $0.contains("Basic budget") } ?? .max, text)
                XCTAssertLessThan(row ?? .max, lines.count - 1, text)
                XCTAssertTrue(lines[lines.count - 1].contains("Esc") || lines[lines.count - 1].contains("↑↓"), text)
            }
        }
        // And a list that holds every match has no such line
        let whole = screen([.courses(CourseCatalogState(courses: Self.summaries))])
        XCTAssertFalse(whole.contains("more:"), whole)
    }

    func testTheHistoryListsCompletedCoursesWithTheirDate() {
        let done = CourseCompletion(courseID: "keyboard", title: "The keyboard", completedAt: .morning)
        let text = screen([.courses(CourseCatalogState()), .courseHistory(CourseHistoryState(completions: [done]))])
        XCTAssertTrue(text.contains("Completed courses"), text)
        XCTAssertTrue(text.contains("> 2 Mar 2026 · The keyboard"), text)
        XCTAssertTrue(screen([.courseHistory(CourseHistoryState(completions: []))]).contains("You have not completed a course yet."))
    }

    // MARK: - Course page

    func testTheCoursePageShowsProgressAndMarksEachStepInWords() {
        let text = screen([.course(CourseState(id: "budget", content: Self.course, progress: Self.progress, selection: 1))])
        XCTAssertTrue(text.contains("Basic budget"), text)
        XCTAssertTrue(text.contains("en · beginner · 45 min · Money and papers"), text)
        XCTAssertTrue(text.contains("Keep a budget: what comes in, what goes out."), text)
        XCTAssertTrue(text.contains("2 of 3 steps done"), text)
        XCTAssertTrue(text.contains("A quiz is passed with 60% right answers."), text)
        let lines = rows(text)
        XCTAssertTrue(lines.contains { $0.contains("  1. Lesson: Income") && $0.hasSuffix(" read") }, text)
        XCTAssertTrue(lines.contains { $0.contains("> 2. Lesson: Spending") && !$0.contains("read") }, text)
        XCTAssertTrue(lines.contains { $0.contains("3. Quiz: Check what you know") && $0.hasSuffix("passed 2/3") }, text)
        XCTAssertTrue(lines[23].contains("Enter open"), text)
    }

    func testTheCoursePageSaysCompletedNotStartedMissingOrFailed() {
        var done = Self.progress
        done.lessonsRead = ["01-income", "02-spending"]
        done.completedAt = .morning
        let completed = screen([.course(CourseState(id: "budget", content: Self.course, progress: done))])
        XCTAssertTrue(completed.contains("3 of 3 steps done · Completed on 2 Mar 2026"), completed)
        var failedQuiz = CourseProgress(courseID: "budget", enrolledAt: .morning)
        failedQuiz.quizScores = ["03-check": QuizScore(right: 1, total: 3, passed: false, at: .morning)]
        XCTAssertTrue(screen([.course(CourseState(id: "budget", content: Self.course, progress: failedQuiz))])
            .contains("not passed 1/3"))
        let fresh = screen([.course(CourseState(id: "budget", content: Self.course, progress: CourseProgress(courseID: "budget")))])
        XCTAssertTrue(fresh.contains("Not started yet: choose a step and press Enter."), fresh)
        XCTAssertTrue(screen([.course(CourseState(id: "budget", isMissing: true))]).contains("This course is no longer available."))
        XCTAssertTrue(screen([.course(CourseState(id: "budget"))]).contains("Loading…"))
        var failed = CourseState(id: "budget", content: Self.course, progress: Self.progress)
        failed.failure = .notWritable
        XCTAssertTrue(screen([.course(failed)]).contains("! The kiosk cannot save right now."))
    }

    // MARK: - Lesson

    func testTheLessonShowsItsTextWhereTheReaderIsAndTheLinkSelected() {
        var lesson = LessonState(course: Self.course, lesson: Self.income)
        let plain = screen([.lesson(lesson)])
        XCTAssertTrue(plain.contains("Income"), plain)
        XCTAssertTrue(plain.contains("Read spending[1] next"), plain)
        XCTAssertTrue(plain.contains("(https://tax.example/)"), plain)
        XCTAssertTrue(plain.contains("Lines 1–18 of 67"), plain)
        XCTAssertTrue(rows(plain)[23].contains("Tab link"), plain)
        XCTAssertFalse(rows(plain)[23].contains("Enter"), plain)
        // When the link is selected, it is marked >1< and the footer says what Enter opens
        lesson.selectedLink = 0
        let selected = screen([.lesson(lesson)])
        XCTAssertTrue(selected.contains("Read spending>1< next"), selected)
        XCTAssertTrue(selected.contains(">1< Enter opens: Spending"), selected)
        XCTAssertTrue(rows(selected)[23].contains("Enter open"), selected)
        // And at the end the reader says so
        lesson.offset = 500
        let end = screen([.lesson(lesson)])
        XCTAssertTrue(end.contains("End of the lesson."), end)
        XCTAssertTrue(end.contains("Lines 50–67 of 67"), end)
    }

    func testTheLessonMeasuresItsTextForTheCore() {
        // Given the lesson on a 40x12 screen
        let state = detainee([.lesson(LessonState(course: Self.course, lesson: Self.income))], size: .minimum)
        // Then the measure counts the laid-out lines and the rows between the title and the footer
        let measure = ScreenRenderer.measure(state)
        XCTAssertEqual(measure?.height, 12 - 1 - 1 - 1 - 3)
        XCTAssertGreaterThan(measure?.lines ?? 0, 60)
        XCTAssertEqual(state.route.pageMeasure, PageMeasure())
        // And the course's other screens measure nothing
        XCTAssertNil(ScreenRenderer.measure(detainee([.course(CourseState(id: "budget", content: Self.course))])))
    }

    func testALessonSaveThatFailedIsSaid() {
        var lesson = LessonState(course: Self.course, lesson: Self.spending)
        lesson.failure = .notWritable
        XCTAssertTrue(screen([.lesson(lesson)]).contains("! The kiosk cannot save"))
    }

    // MARK: - Quiz

    func testEachKindOfQuestionShowsHowToAnswer() {
        let single = screen([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, selection: 1))])
        XCTAssertTrue(single.contains("Question 1 of 3"), single)
        XCTAssertTrue(single.contains("How much is 2 + 2?"), single)
        XCTAssertTrue(single.contains("> 2 4"), single)
        XCTAssertTrue(single.contains("Choose an answer with ↑↓ and Enter, or type its number."), single)
        XCTAssertTrue(rows(single)[23].contains("Enter answer  ↑↓ move  1-3 choose  Esc back"), single)
        let multiple = screen([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 1, ticked: [0]))])
        XCTAssertTrue(multiple.contains("> 1 [x] Wages"), multiple)
        XCTAssertTrue(multiple.contains("  2 [ ] Rent"), multiple)
        XCTAssertTrue(rows(multiple)[23].contains("Space tick  Enter answer"), multiple)
        let state = detainee([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 2, typed: "Bruss"))])
        let frame = ScreenRenderer.render(state)
        let short = frame.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(short.contains("Answer [Bruss"), short)
        XCTAssertTrue(short.contains("Type your answer, then press Enter."), short)
        let fieldRow = frame.buffer.lines.firstIndex { $0.contains("Answer [") }!
        let line = frame.buffer.lines[fieldRow]
        XCTAssertEqual(frame.cursor, Position(row: fieldRow, col: line.distance(from: line.startIndex,
                                                                                to: line.range(of: "Bruss")!.upperBound)))
    }

    func testAnAnswerIsSaidRightOrWrongInWordsWithTheRightAnswerAndWhy() {
        let wrong = ScreenRenderer.render(detainee([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 1,
                                                                    stage: .answered, ticked: [0, 1], results: [true, false]))]))
        let text = wrong.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Wrong."), text)
        XCTAssertTrue(text.contains("Your answer: Wages, Rent"), text)
        XCTAssertTrue(text.contains("The right answer: Wages, Benefits"), text)
        XCTAssertTrue(text.contains("Rent is spending."), text)
        XCTAssertTrue(text.contains("Press Enter to go on."), text)
        XCTAssertTrue(wrong.buffer.lines[23].contains("Enter next"), text)
        let wrongRow = wrong.buffer.lines.firstIndex { $0.contains("Wrong.") }!
        XCTAssertTrue(wrong.buffer.roleRuns.contains("\(wrongRow) 1 6 error"), "\(wrong.buffer.roleRuns)")
        let right = screen([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, stage: .answered, selection: 1,
                                            results: [true]))])
        XCTAssertTrue(right.contains("Right."), right)
        XCTAssertTrue(right.contains("Two and two make four."), right)
        XCTAssertFalse(right.contains("The right answer"), right)
    }

    func testTheScoreSaysPassedOrNotAndThatItIsSaved() {
        var completed = Self.progress
        completed.completedAt = .morning
        let passed = screen([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 2, stage: .finished,
                                             results: [true, false, true], saved: completed))])
        XCTAssertTrue(passed.contains("2 of 3 right"), passed)
        XCTAssertTrue(passed.contains("Passed: 60% right answers were needed."), passed)
        XCTAssertTrue(passed.contains("Your result is saved."), passed)
        XCTAssertTrue(passed.contains("Well done: you have completed this course."), passed)
        XCTAssertFalse(passed.contains("Question 3 of 3"), passed)
        let failed = screen([.quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 2, stage: .finished,
                                             results: [false, false, true]))])
        XCTAssertTrue(failed.contains("1 of 3 right"), failed)
        XCTAssertTrue(failed.contains("Not passed: you need 60% right answers. You can try again."), failed)
        XCTAssertFalse(failed.contains("saved"), failed)
    }

    // MARK: - Every size

    func testEveryCourseScreenAtEverySizeAndInEveryLanguageFitsAndKeepsTheCursorOnScreen() {
        var failedQuiz = QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 2, stage: .finished, results: [true])
        failedQuiz.failure = .notWritable
        var linked = LessonState(course: Self.course, lesson: Self.income, line: 30)
        linked.selectedLink = 0
        let routes: [Route] = [
            .courses(CourseCatalogState(filter: CourseFilter(language: .de, category: .release,
                                                              search: String(repeating: "é", count: 60)),
                                        courses: Self.summaries, selection: 2)),
            .courses(CourseCatalogState()),
            .courses(CourseCatalogState(courses: Self.summaries, matching: 12_345, selection: 1)),
            .courseHistory(CourseHistoryState(completions: [CourseCompletion(courseID: "k", title: "The keyboard", completedAt: .morning)])),
            .course(CourseState(id: "budget", content: Self.course, progress: Self.progress, selection: 2)),
            .course(CourseState(id: "budget", isMissing: true)),
            .lesson(linked),
            .lesson(LessonState(course: Self.course, lesson: Self.spending, line: 900)),
            .quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, selection: 2)),
            .quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 1, ticked: [0, 2])),
            .quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 2, typed: String(repeating: "ü", count: 80))),
            .quiz(QuizState(courseID: "budget", quiz: Self.quiz, passMark: 60, index: 1, stage: .answered, ticked: [1],
                            results: [true, false])),
            .quiz(failedQuiz),
            .quiz(QuizState(courseID: "budget", quiz: QuizContent(id: "empty", title: "Empty", questions: []), passMark: 60)),
        ]
        for language in Language.allCases {
            for route in routes {
                assertFitsEverySize("\(route) \(language)") { detainee([route], size: $0, language: language) }
            }
        }
    }
}
