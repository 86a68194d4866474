import KioskContent
import KioskCore
import XCTest

final class CoursePackageReaderTests: XCTestCase {
    private var fixture: ContentFixture!

    override func setUp() {
        fixture = ContentFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    func testPackageReadsItsDescriptionAndStepsInTheListedOrder() throws {
        // Given a valid course folder
        let folder = fixture.course()
        // When it is read
        let course = try CoursePackageReader.read(directory: folder)
        // Then the description is the manifest's, the pass mark its default
        XCTAssertEqual(course.id, "digital-basics")
        XCTAssertEqual(course.title, "Digital basics")
        XCTAssertEqual(course.summary, "The keyboard and the screen.")
        XCTAssertEqual(course.language, .en)
        XCTAssertEqual(course.category, .digital)
        XCTAssertEqual(course.level, .beginner)
        XCTAssertEqual(course.minutes, 30)
        XCTAssertEqual(course.passMark, 70)
        // And the steps come in the listed order, lessons and quizzes mixed
        XCTAssertEqual(course.steps.map(\.id), ["01-the-keyboard", "quiz-1", "02-the-screen"])
        XCTAssertEqual(course.lessons.count, 2)
        XCTAssertEqual(course.quizzes.count, 1)
    }

    func testLessonIsTitledByItsFirstHeadingOrItsIDAndLinksToOtherLessons() throws {
        // Given a course whose first lesson has a heading and links to the second, which has none
        let course = try CoursePackageReader.read(directory: fixture.course())
        // Then the first is titled by its heading and its link opens the second lesson
        let first = course.lessons[0]
        XCTAssertEqual(first.title, "The keyboard")
        XCTAssertEqual(first.document.title, "The keyboard")
        XCTAssertEqual(first.document.links, [LessonContent.linkTarget("02-the-screen")])
        XCTAssertEqual(first.document.blocks[1], .paragraph([
            .text("Press "), .text("Enter", .strong), .text(" to confirm. See "),
            .link([.text("the screen")], target: "lesson:02-the-screen"), .text("."),
        ]))
        // And the second, without a heading, is titled by its id
        XCTAssertEqual(course.lessons[1].title, "02-the-screen")
        XCTAssertEqual(course.lessons[1].document.blocks, [.paragraph([.text("The screen shows "), .text("menus", .emphasis), .text(".")])])
    }

    func testQuizQuestionsOfTheThreeKindsCountChoicesFromZero() throws {
        // Given the course's quiz with a single, a multiple and a short question
        let quiz = try XCTUnwrap(CoursePackageReader.read(directory: fixture.course()).quizzes.first)
        // Then answers counted from 1 in the file are indices counted from 0
        XCTAssertEqual(quiz.id, "quiz-1")
        XCTAssertEqual(quiz.title, "Keys")
        XCTAssertEqual(quiz.questions, [
            QuizQuestion(text: "Which key confirms?", kind: .singleChoice(choices: ["Esc", "Enter"], correct: 1),
                         explanation: "Enter confirms."),
            QuizQuestion(text: "Which keys move the selection?",
                         kind: .multipleChoice(choices: ["Up", "Enter", "Down"], correct: [0, 2])),
            QuizQuestion(text: "Which key goes back?", kind: .shortAnswer(accepted: ["Esc", "Escape"])),
        ])
    }

    func testPassMarkAndMultiLineTextsAreRead() throws {
        // Given a manifest with a pass mark and a summary over several lines, spaces untidy
        let folder = fixture.course(changing: ["course.toml": """
        title = "  Digital   basics "
        summary = \"\"\"
        The keyboard,   the screen.


        And passwords.  \"\"\"
        language = "en"
        category = "digital"
        level = "advanced"
        minutes = 30
        pass-mark = 85
        steps = ["01-the-keyboard.md", "quiz-1.toml", "02-the-screen.md"]
        """])
        // When it is read
        let course = try CoursePackageReader.read(directory: folder)
        // Then spaces are collapsed, one blank line is kept, and the pass mark is the file's
        XCTAssertEqual(course.title, "Digital basics")
        XCTAssertEqual(course.summary, "The keyboard, the screen.\n\nAnd passwords.")
        XCTAssertEqual(course.level, .advanced)
        XCTAssertEqual(course.passMark, 85)
    }

    func testQuestionTextKeepsItsLinesAndAnEmptyExplanationIsAllowed() throws {
        // Given a question over two lines with an empty explanation
        let folder = fixture.course(changing: ["quiz-1.toml": """
        title = "Keys"
        [[question]]
        text = \"\"\"
        You are at the end of a word.
        Which key   deletes it?\"\"\"
        kind = "short"
        accepted = ["  Backspace "]
        explanation = ""
        """])
        // When it is read
        let question = try XCTUnwrap(CoursePackageReader.read(directory: folder).quizzes.first?.questions.first)
        // Then the lines are kept, spaces collapsed, and the explanation is empty
        XCTAssertEqual(question, QuizQuestion(text: "You are at the end of a word.\nWhich key deletes it?",
                                              kind: .shortAnswer(accepted: ["Backspace"]), explanation: ""))
    }

    func testTerminalEscapesAndBidiOverridesAreCleanedFromEveryTextField() throws {
        // Given a package whose titles, question and choices carry escape sequences and overrides
        let evil = "\\u001B[2J\\u001B]0;owned\\u0007\\u202E\\u009B31m"
        let folder = fixture.course(changing: [
            "course.toml": ContentFixture.validFiles["course.toml"]!.replacingOccurrences(of: "Digital basics", with: "Digital\(evil)"),
            "quiz-1.toml": """
            title = "Keys\(evil)"
            [[question]]
            text = "Which\(evil)?"
            kind = "single"
            choices = ["A\(evil)", "B"]
            answer = 1
            """,
            "01-the-keyboard.md": "# Key\u{1B}[31mboard\u{202E}\n\nText\u{9B}2J.\n",
        ])
        // When it is read
        let course = try CoursePackageReader.read(directory: folder)
        // Then none of them holds a control character or an override
        let quiz = try XCTUnwrap(course.quizzes.first)
        guard case .singleChoice(let choices, _) = quiz.questions[0].kind else { return XCTFail("single expected") }
        let texts = [course.title, quiz.title, quiz.questions[0].text, course.lessons[0].title,
                     course.lessons[0].document.plainText] + choices
        for text in texts {
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) }, text.debugDescription)
        }
        XCTAssertEqual(course.title, "Digital[2J]0;owned31m")
        // (gumbo turns raw controls in a lesson into U+FFFD, as in any page)
        XCTAssertEqual(course.lessons[0].title, "Key\u{FFFD}[31mboard")
    }

    func testHiddenFilesInACourseFolderAreIgnored() throws {
        // Given a course folder with an editor's hidden file
        let folder = fixture.course()
        fixture.write(Array("x".utf8), to: folder + "/.01-the-keyboard.md.swp")
        // Then it reads as if the file were not there
        XCTAssertEqual(try CoursePackageReader.read(directory: folder).steps.count, 3)
    }

    func testReadAllReadsEveryCourseFolderByIDAndIgnoresFilesBesideThem() throws {
        // Given two courses and a README in the root folder
        fixture.course("zz-last")
        fixture.course("aa-first")
        fixture.write(Array("# Courses".utf8), to: fixture.root + "/README.md")
        // When the root is read
        let courses = try CoursePackageReader.readAll(root: fixture.root)
        // Then both courses are read, in order of their ids
        XCTAssertEqual(courses.map(\.id), ["aa-first", "zz-last"])
    }

    func testReadAllStopsAtTheFirstBrokenCourse() {
        // Given a good course and one whose manifest names a missing file
        fixture.course("aa-good")
        fixture.course("bb-broken", changing: ["02-the-screen.md": nil])
        // When the root is read
        XCTAssertThrowsError(try CoursePackageReader.readAll(root: fixture.root)) { error in
            // Then the error names the broken course's manifest
            XCTAssertEqual((error as? ContentError)?.path, fixture.root + "/bb-broken/course.toml")
        }
    }
}
