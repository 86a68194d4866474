import KioskContent
import XCTest

/// Broken `course.toml` files: each error names the file and the line of the key at fault.
final class CourseManifestErrorTests: XCTestCase {
    private var fixture: ContentFixture!

    override func setUp() {
        fixture = ContentFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    /// The valid manifest with line `number` (from 1) replaced, or removed when `text` is nil.
    private func manifest(line number: Int, _ text: String?) -> String {
        var lines = ContentFixture.validFiles["course.toml"]!.components(separatedBy: "\n")
        if let text { lines[number - 1] = text } else { lines.remove(at: number - 1) }
        return lines.joined(separator: "\n")
    }

    /// The error reading a course whose manifest is `text`.
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ContentError? {
        fixture.error(reading: fixture.course(changing: ["course.toml": text]), file: file, line: line)
    }

    private var path: String { fixture.root + "/digital-basics/course.toml" }

    func testSyntaxErrorHasLineAndColumn() {
        // Given a manifest whose fourth line lacks its closing quote
        let error = error(manifest(line: 4, "category = \"digital"))
        // Then TOMLKit's position is given
        XCTAssertEqual(error?.path, path)
        XCTAssertEqual(error?.line, 4)
        XCTAssertNotNil(error?.column)
        XCTAssertTrue(error?.message.hasPrefix("not valid TOML: ") == true, error?.description ?? "")
    }

    func testUnknownKeyIsReportedAtItsLine() {
        // Given a manifest with a misspelt key on line 6 and another unknown key after it
        let text = manifest(line: 6, "minuts = 30") + "\nauthor = \"me\""
        // Then the first unknown key is named at its line, with the known keys
        let error = error(text)
        XCTAssertEqual(error?.line, 6)
        XCTAssertTrue(error?.message.hasPrefix("unknown key `minuts`; the keys here are `title`, `summary`") == true,
                      error?.description ?? "")
    }

    func testMissingKeyHasNoLine() {
        // Given a manifest without its level
        let error = error(manifest(line: 5, nil))
        // Then the file and the key are named
        XCTAssertEqual(error?.description, path + ": `level` is missing")
    }

    func testWrongTypeIsReportedAtItsLine() {
        // Given minutes written as text
        let error = error(manifest(line: 6, "minutes = \"30\""))
        // Then the expected type is said in plain words
        XCTAssertEqual(error?.description, path + ":6: `minutes` must be a whole number, not text")
    }

    func testStepsThatAreNotTextsAreRefused() {
        // Given steps listed as numbers
        let error = error(manifest(line: 7, "steps = [1, 2]"))
        XCTAssertEqual(error?.description, path + ":7: every item of `steps` must be text in quotes, not a whole number")
    }

    func testUnknownLanguageCategoryAndLevelListTheKnownValues() {
        // Given a language, a category and a level the kiosk does not know
        let language = error(manifest(line: 3, "language = \"es\""))
        let category = error(manifest(line: 4, "category = \"cooking\""))
        let level = error(manifest(line: 5, "level = \"expert\""))
        // Then each is refused at its line with the values it could be
        XCTAssertEqual(language?.description, path + ":3: unknown language `es`; write one of `fr`, `nl`, `de`, `en`")
        XCTAssertEqual(category?.description, path + ":4: unknown category `cooking`; write one of `digital`, `work`, "
                       + "`money`, `release`, `language`, `health`")
        XCTAssertEqual(level?.description, path + ":5: unknown level `expert`; write one of `beginner`, `intermediate`, `advanced`")
    }

    func testPassMarkAndMinutesOutOfRangeAreRefused() {
        // Given a pass mark over 100 and no minutes at all
        let passMark = error(manifest(line: 2, "summary = \"S\"\npass-mark = 120"))
        let minutes = error(manifest(line: 6, "minutes = 0"))
        // Then each is refused at its line
        XCTAssertEqual(passMark?.description, path + ":3: `pass-mark` is a percentage between 1 and 100, not 120")
        XCTAssertEqual(minutes?.description, path + ":6: `minutes` must be between 1 and 10000, not 0")
    }

    func testEmptyTitleAndEmptyStepsAreRefused() {
        // Given a title of spaces and control characters, and an empty list of steps
        let title = error(manifest(line: 1, "title = \" \\u0007 \""))
        let steps = error(manifest(line: 7, "steps = []"))
        // Then both are named at their line
        XCTAssertEqual(title?.description, path + ":1: `title` is empty")
        XCTAssertEqual(steps?.description, path + ":7: `steps` is empty; list the lessons and quizzes in order")
    }

    func testTitleLongerThanTwoHundredCharactersIsRefused() {
        // Given a title of 201 characters
        let error = error(manifest(line: 1, "title = \"\(String(repeating: "é", count: 201))\""))
        XCTAssertEqual(error?.description, path + ":1: `title` is longer than 200 characters")
    }

    func testManifestOverItsSizeLimitIsRefused() {
        // Given a manifest of 65 KB (a long comment)
        let text = ContentFixture.validFiles["course.toml"]! + "\n# " + String(repeating: "x", count: 65 * 1024)
        XCTAssertEqual(error(text)?.description, path + ": the course.toml is larger than 64 KB")
    }
}
