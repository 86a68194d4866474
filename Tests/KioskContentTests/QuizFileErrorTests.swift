import KioskContent
import XCTest

/// Broken quiz files: each error names the quiz file and the line at fault.
final class QuizFileErrorTests: XCTestCase {
    private var fixture: ContentFixture!

    override func setUp() {
        fixture = ContentFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    private var path: String { fixture.root + "/digital-basics/quiz-1.toml" }

    /// The error reading a course whose quiz is `text`.
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ContentError? {
        fixture.error(reading: fixture.course(changing: ["quiz-1.toml": text]), file: file, line: line)
    }

    /// A quiz of one good single question (lines 3-7), then `question` from line 9.
    private func quiz(_ question: String) -> String {
        """
        title = "Keys"

        [[question]]
        text = "Which key confirms?"
        kind = "single"
        choices = ["Esc", "Enter"]
        answer = 2

        \(question)
        """
    }

    func testQuizWithoutQuestionsIsRefused() {
        // Given a quiz with a title only
        XCTAssertEqual(error("title = \"Keys\"\n")?.description,
                       path + ": the quiz has no questions; add one [[question]] table per question")
    }

    func testQuestionWrittenAsOneTableIsRefused() {
        // Given a question written as [question] instead of [[question]]
        let error = error("title = \"Keys\"\n\n[question]\ntext = \"Which?\"\n")
        XCTAssertEqual(error?.description, path + ":3: write each question as a [[question]] table")
    }

    func testTooManyQuestionsAreRefusedAtTheFirstOneOverTheLimit() {
        // Given 101 questions, each of 5 lines after a title and a blank line
        let question = "[[question]]\ntext = \"Q\"\nkind = \"short\"\naccepted = [\"a\"]\n"
        let text = "title = \"Keys\"\n\n" + String(repeating: question + "\n", count: 101)
        // Then the 101st question's line is given
        XCTAssertEqual(error(text)?.description, path + ":503: 101 questions; a quiz has at most 100")
    }

    func testSingleAnswerOutOfRangeIsReportedAtTheAnswerLine() {
        // Given a second question whose answer names a fourth of three choices
        let error = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"single\"\nchoices = [\"a\", \"b\", \"c\"]\nanswer = 4"))
        XCTAssertEqual(error?.description, path + ":13: answer 4 is out of range: the choices are numbered 1 to 3")
    }

    func testSingleAnswerCountedFromZeroIsOutOfRange() {
        // Given an answer of 0, as a programmer might count
        let error = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"single\"\nchoices = [\"a\", \"b\"]\nanswer = 0"))
        XCTAssertEqual(error?.line, 13)
    }

    func testMultipleAnswersMustBeAListOfChoicesInRangeNamedOnce() {
        // Given multiple questions answered by a number, out of range, twice the same, and empty
        let head = "[[question]]\ntext = \"Which?\"\nkind = \"multiple\"\nchoices = [\"a\", \"b\", \"c\"]\n"
        let number = error(quiz(head + "answer = 2"))
        let outside = error(quiz(head + "answer = [1, 5]"))
        let twice = error(quiz(head + "answer = [1, 1]"))
        let empty = error(quiz(head + "answer = []"))
        // Then each is refused at the answer's line
        XCTAssertEqual(number?.description,
                       path + ":13: `answer` must be the list of the right choices, such as [1, 3], not a whole number")
        XCTAssertEqual(outside?.description, path + ":13: answer 5 is out of range: the choices are numbered 1 to 3")
        XCTAssertEqual(twice?.description, path + ":13: `answer` names a choice twice")
        XCTAssertEqual(empty?.description, path + ":13: `answer` is empty; name at least one right choice")
    }

    func testShortQuestionTakesAcceptedAnswersOnly() {
        // Given a short question with choices, and one without accepted answers
        let withChoices = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"short\"\nchoices = [\"a\", \"b\"]\naccepted = [\"a\"]"))
        let withoutAccepted = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"short\""))
        // Then the choices are refused at their line, the missing key at the question's
        XCTAssertEqual(withChoices?.description,
                       path + ":12: `choices` is for choice questions; a short question lists `accepted` answers")
        XCTAssertEqual(withoutAccepted?.description, path + ":9: `accepted` is missing")
    }

    func testChoiceQuestionWithOneChoiceOrAcceptedAnswersIsRefused() {
        let one = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"single\"\nchoices = [\"a\"]\nanswer = 1"))
        let accepted = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"single\"\naccepted = [\"a\"]"))
        XCTAssertEqual(one?.description, path + ":12: a choice question needs at least 2 choices")
        XCTAssertEqual(accepted?.description, path + ":12: `accepted` is for short questions; a choice question has `answer`")
    }

    func testUnknownKindAndUnknownKeyAreReportedAtTheirLine() {
        let kind = error(quiz("[[question]]\ntext = \"Which?\"\nkind = \"essay\""))
        let key = error(quiz("[[question]]\ntext = \"Which?\"\nhint = \"think\"\nkind = \"short\"\naccepted = [\"a\"]"))
        XCTAssertEqual(kind?.description, path + ":11: unknown kind `essay`; write `single`, `multiple`, `short`")
        XCTAssertTrue(key?.description.hasPrefix(path + ":11: unknown key `hint`; the keys here are `text`") == true,
                      key?.description ?? "")
    }

    func testMissingTextIsReportedAtTheQuestionsHeader() {
        // Given a second question without text
        let error = error(quiz("[[question]]\nkind = \"short\"\naccepted = [\"a\"]"))
        XCTAssertEqual(error?.description, path + ":9: `text` is missing")
    }

    func testMultiLineQuestionTextDoesNotShiftTheLinesOfLaterKeys() {
        // Given a question whose text spans three lines and holds a line that looks like a key
        let error = error(quiz("[[question]]\ntext = \"\"\"\nWhich one?\nanswer = 1\n\"\"\"\nkind = \"single\"\n"
                               + "choices = [\"a\", \"b\"]\nanswer = 3"))
        // Then the answer's own line is given
        XCTAssertEqual(error?.description, path + ":16: answer 3 is out of range: the choices are numbered 1 to 2")
    }

    func testQuizSyntaxErrorHasLineAndColumn() {
        // Given a quiz with an unclosed list on line 6
        let error = error("title = \"Keys\"\n\n[[question]]\ntext = \"Which?\"\nkind = \"single\"\nchoices = [\"a\", \"b\"\n")
        XCTAssertEqual(error?.path, path)
        XCTAssertNotNil(error?.line)
        XCTAssertNotNil(error?.column)
    }

    func testQuizThatIsNotUTF8IsRefusedAtTheBadByte() {
        // Given a quiz saved in Latin-1 with an é in its title
        let folder = fixture.course()
        fixture.write(Array("title = \"Caf".utf8) + [0xE9] + Array("\"\n".utf8), to: folder + "/quiz-1.toml")
        XCTAssertEqual(fixture.error(reading: folder)?.description, path + ":1:13: not UTF-8 text; save the file as UTF-8")
    }

    func testHostileTOMLNestingIsASyntaxErrorNotACrash() {
        // Given a quiz title nested in 10,000 arrays, and one in 10,000 inline tables
        let arrays = "title = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let tables = "title = " + String(repeating: "{a = ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"
        for text in [arrays, tables] {
            // Then each is refused on its first line
            let error = error(text)
            XCTAssertEqual(error?.path, path)
            XCTAssertEqual(error?.line, 1, error?.description ?? "")
        }
    }
}
