import KioskContent
import KioskCore
import XCTest

/// Broken packages: each error names the right file and line.
final class CoursePackageErrorTests: XCTestCase {
    private var fixture: ContentFixture!

    override func setUp() {
        fixture = ContentFixture()
    }

    override func tearDown() {
        fixture = nil
    }

    /// A manifest listing `steps`, one per line from line 8 on (line 7 is `steps = [`).
    private func manifest(steps: [String]) -> String {
        """
        title = "T"
        summary = "S"
        language = "en"
        category = "digital"
        level = "beginner"
        minutes = 30
        steps = [
        \(steps.map { "  \"\($0)\"," }.joined(separator: "\n"))
        ]
        """
    }

    func testFolderNameThatIsNotAnIDIsRefused() {
        // Given a course folder with a capital letter and a space in its name
        let folder = fixture.course("Digital Basics")
        // Then the folder is named as the problem
        let error = fixture.error(reading: folder)
        XCTAssertEqual(error?.path, folder)
        XCTAssertEqual(error?.line, nil)
        XCTAssertTrue(error?.message.contains("not a course id") == true, error?.description ?? "")
    }

    func testFolderWithoutManifestIsRefused() {
        // Given a course folder without course.toml
        let folder = fixture.course(changing: ["course.toml": nil])
        // Then the missing manifest is named
        XCTAssertEqual(fixture.error(reading: folder)?.description, folder + "/course.toml: the course has no course.toml")
    }

    func testListedStepMissingFromTheFolderIsReportedAtItsLine() {
        // Given a manifest listing a third lesson that is not in the folder
        let folder = fixture.course(changing: [
            "course.toml": manifest(steps: ["01-the-keyboard.md", "quiz-1.toml", "02-the-screen.md", "03-missing.md"]),
        ])
        // Then the error is at the line listing it
        XCTAssertEqual(fixture.error(reading: folder)?.description,
                       folder + "/course.toml:11: `03-missing.md` is listed but not in the folder")
    }

    func testFileNotListedIsRefusedWithItsPath() {
        // Given a lesson file in the folder that the manifest does not list
        let folder = fixture.course(changing: ["04-forgotten.md": "# Forgotten\n"])
        // Then the unlisted file is named
        XCTAssertEqual(fixture.error(reading: folder)?.description,
                       folder + "/04-forgotten.md: not listed in the steps of course.toml; list it or remove it")
    }

    func testSubfolderIsRefusedAsAnUnlistedEntry() throws {
        // Given a course folder holding a folder
        let folder = fixture.course()
        try FileManager.default.createDirectory(atPath: folder + "/images", withIntermediateDirectories: false)
        // Then the folder is named
        XCTAssertEqual(fixture.error(reading: folder)?.path, folder + "/images")
    }

    func testStepListedTwiceIsReportedAtTheSecondListing() {
        // Given a manifest listing the first lesson twice
        let folder = fixture.course(changing: [
            "course.toml": manifest(steps: ["01-the-keyboard.md", "quiz-1.toml", "02-the-screen.md", "01-the-keyboard.md"]),
        ])
        // Then the error is at the second listing
        XCTAssertEqual(fixture.error(reading: folder)?.description,
                       folder + "/course.toml:11: `01-the-keyboard.md` is listed twice")
    }

    func testLessonAndQuizWithTheSameIDAreRefused() {
        // Given a lesson and a quiz that would both be step `quiz-1`
        let folder = fixture.course(changing: [
            "course.toml": manifest(steps: ["01-the-keyboard.md", "quiz-1.toml", "02-the-screen.md", "quiz-1.md"]),
            "quiz-1.md": "# Also quiz-1\n",
        ])
        // Then the second is refused at its line
        let error = fixture.error(reading: folder)
        XCTAssertEqual(error?.line, 11)
        XCTAssertTrue(error?.message.contains("would both be step `quiz-1`") == true, error?.description ?? "")
    }

    func testStepNamesThatAreNotLessonOrQuizFilesAreRefusedAtTheirLine() {
        // Given step names that climb out of the folder, have another extension, or name the manifest
        for (index, name) in ["../other/01-x.md", "notes.txt", "Intro.md", "course.toml", ".md"].enumerated() {
            let folder = fixture.course("course-\(index)", changing: [
                "course.toml": manifest(steps: ["01-the-keyboard.md", name, "quiz-1.toml", "02-the-screen.md"]),
            ])
            // Then each is refused at the line listing it
            let error = fixture.error(reading: folder)
            XCTAssertEqual(error?.path, folder + "/course.toml", name)
            XCTAssertEqual(error?.line, 9, name)
            XCTAssertTrue(error?.message.contains("is not a step name") == true, error?.description ?? name)
        }
    }

    func testTooManyStepsAreRefusedAtTheStepsKey() {
        // Given a manifest listing more steps than the limit allows
        var limits = ContentLimits()
        limits.maxSteps = 2
        let folder = fixture.course()
        // Then the steps key's line is given
        let error = fixture.error(reading: folder, limits: limits)
        XCTAssertEqual(error?.description, folder + "/course.toml:7: 3 steps; a course has at most 2")
    }

    func testDefaultLimitRefusesTwoHundredAndOneSteps() {
        // Given a manifest listing 201 lesson names
        let names = (1...201).map { "lesson-\($0).md" }
        let folder = fixture.course(changing: ["course.toml": manifest(steps: names)])
        // Then it is refused before any file is looked for
        XCTAssertEqual(fixture.error(reading: folder)?.description, folder + "/course.toml:7: 201 steps; a course has at most 200")
    }

    func testLessonThatIsNotUTF8IsReportedAtTheFirstBadByte() {
        // Given a lesson in Latin-1, its é on the third line after "Caf"
        let folder = fixture.course()
        fixture.write(Array("# The keyboard\n\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8), to: folder + "/01-the-keyboard.md")
        // Then the line and column of the bad byte are given
        XCTAssertEqual(fixture.error(reading: folder)?.description,
                       folder + "/01-the-keyboard.md:3:4: not UTF-8 text; save the file as UTF-8")
    }

    func testLessonOverOneMegabyteIsRefused() {
        // Given a lesson one byte over 1 MB
        let folder = fixture.course()
        fixture.write([UInt8](repeating: UInt8(ascii: "a"), count: 1024 * 1024 + 1), to: folder + "/02-the-screen.md")
        // Then the lesson is named with the limit
        XCTAssertEqual(fixture.error(reading: folder)?.description, folder + "/02-the-screen.md: the lesson is larger than 1 MB")
    }

    func testLessonOfExactlyOneMegabyteIsRead() throws {
        // Given a lesson of exactly 1 MB of words
        let folder = fixture.course()
        let line = Array("word word word word word word word word word word word word word word word\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count + line.count <= 1024 * 1024 { bytes += line }
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 1024 * 1024 - bytes.count)
        fixture.write(bytes, to: folder + "/02-the-screen.md")
        // Then it is read
        XCTAssertEqual(try CoursePackageReader.read(directory: folder).lessons[1].id, "02-the-screen")
    }

    func testEmptyLessonIsRefused() {
        // Given a lesson of blank lines
        let folder = fixture.course(changing: ["02-the-screen.md": "\n   \n\n"])
        // Then it is named
        XCTAssertEqual(fixture.error(reading: folder)?.description, folder + "/02-the-screen.md: the lesson is empty")
    }

    func testLinkToALessonThatIsNotInTheCourseIsReportedAtItsLine() {
        // Given a lesson linking, on its fourth line, to a lesson the course does not have
        let folder = fixture.course(changing: ["02-the-screen.md": "# Screen\n\nSee the keyboard\n[next](03-next.md#top).\n"])
        // Then the error is at that line
        XCTAssertEqual(fixture.error(reading: folder)?.description,
                       folder + "/02-the-screen.md:4: the link to `03-next.md` names no lesson of this course")
    }

    func testSymbolicLinkStepIsRefused() throws {
        // Given a lesson that is a symbolic link to a file outside the package
        let folder = fixture.course()
        let outside = fixture.root + "/secret.txt"
        fixture.write(Array("secret".utf8), to: outside)
        try FileManager.default.removeItem(atPath: folder + "/02-the-screen.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/02-the-screen.md", withDestinationPath: outside)
        // Then it is refused, and nothing of the file is read
        XCTAssertEqual(fixture.error(reading: folder)?.description,
                       folder + "/02-the-screen.md: a symbolic link; a package holds plain files only")
    }

    func testSymbolicLinkCourseFolderIsRefusedByReadAll() throws {
        // Given a root holding a symbolic link to a course elsewhere
        let elsewhere = ContentFixture()
        let target = elsewhere.course()
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/linked", withDestinationPath: target)
        // Then reading the root refuses it
        XCTAssertThrowsError(try CoursePackageReader.readAll(root: fixture.root)) { error in
            XCTAssertEqual((error as? ContentError)?.description, fixture.root + "/linked: a symbolic link; a course is a plain folder")
        }
    }
}
