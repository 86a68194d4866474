import KioskContent
import XCTest

final class ContentErrorTests: XCTestCase {
    func testDescriptionIsPathLineColumnAndMessage() {
        // Given errors with and without a place in the file
        let full = ContentError(path: "c/quiz.toml", line: 3, column: 7, message: "bad")
        let line = ContentError(path: "c/quiz.toml", line: 3, message: "bad")
        let file = ContentError(path: "c/quiz.toml", column: 7, message: "bad")
        // Then each says what it knows, as editors read it
        XCTAssertEqual(full.description, "c/quiz.toml:3:7: bad")
        XCTAssertEqual(line.description, "c/quiz.toml:3: bad")
        XCTAssertEqual(file.description, "c/quiz.toml: bad")
    }
}
