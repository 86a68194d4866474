import Foundation
import KioskContent
import XCTest

/// A temporary folder of course packages written by a test, removed when the test ends.
final class ContentFixture {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("courses-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The files of a small valid course, by name; tests replace or add to them.
    static let validFiles: [String: String] = [
        "course.toml": """
        title = "Digital basics"
        summary = "The keyboard and the screen."
        language = "en"
        category = "digital"
        level = "beginner"
        minutes = 30
        steps = ["01-the-keyboard.md", "quiz-1.toml", "02-the-screen.md"]
        """,
        "01-the-keyboard.md": """
        # The keyboard

        Press **Enter** to confirm. See [the screen](02-the-screen.md).
        """,
        "02-the-screen.md": "The screen shows *menus*.\n",
        "quiz-1.toml": """
        title = "Keys"

        [[question]]
        text = "Which key confirms?"
        kind = "single"
        choices = ["Esc", "Enter"]
        answer = 2
        explanation = "Enter confirms."

        [[question]]
        text = "Which keys move the selection?"
        kind = "multiple"
        choices = ["Up", "Enter", "Down"]
        answer = [1, 3]

        [[question]]
        text = "Which key goes back?"
        kind = "short"
        accepted = ["Esc", "Escape"]
        """,
    ]

    /// Writes a course folder `id` holding the valid files changed by `changes` (nil removes a file).
    @discardableResult
    func course(_ id: String = "digital-basics", changing changes: [String: String?] = [:]) -> String {
        var files = Self.validFiles
        for (name, text) in changes { files[name] = text }
        let folder = root + "/" + id
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { write(Array(text.utf8), to: folder + "/" + name) }
        return folder
    }

    /// Writes bytes to a file, creating it or replacing it.
    func write(_ bytes: [UInt8], to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// The error reading `folder` throws; fails the test when it reads.
    func error(reading folder: String, limits: ContentLimits = ContentLimits(),
               file: StaticString = #filePath, line: UInt = #line) -> ContentError? {
        do {
            let course = try CoursePackageReader(limits: limits).read(directory: folder)
            XCTFail("expected an error, read \(course.id)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }
}
