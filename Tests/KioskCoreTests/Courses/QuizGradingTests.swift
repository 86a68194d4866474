@testable import KioskCore
import XCTest

final class QuizGradingTests: XCTestCase {
    func testAChoiceIsRightOnlyWhenItIsTheRightOne() {
        XCTAssertTrue(QuizGrading.isRight(.single, .choice(1)))
        XCTAssertFalse(QuizGrading.isRight(.single, .choice(0)))
    }

    func testMultipleChoicesAreRightOnlyWhenExactlyTheRightOnesAreTicked() {
        XCTAssertTrue(QuizGrading.isRight(.multiple, .choices([0, 2])))
        XCTAssertFalse(QuizGrading.isRight(.multiple, .choices([0])))
        XCTAssertFalse(QuizGrading.isRight(.multiple, .choices([0, 1, 2])))
    }

    func testShortAnswersIgnoreCaseAccentsSpacesAndFinalPunctuation() {
        for typed in ["Bruxelles", "bruxelles", "  BRUXELLES  ", "Bruxelles.", "bruxelles !", "Brüxèlles?!", "brussels…"] {
            XCTAssertTrue(QuizGrading.isRight(.short, .text(typed)), typed)
        }
        for typed in ["Brux", "Bruxelles Ville", "", "   ", "."] {
            XCTAssertFalse(QuizGrading.isRight(.short, .text(typed)), typed)
        }
        // Typographic apostrophes and inner spaces compare as typed on a keyboard
        let school = QuizQuestion(text: "?", kind: .shortAnswer(accepted: ["l’École  du soir"]))
        XCTAssertTrue(QuizGrading.isRight(school, .text("l'ecole du soir.")))
        // A sign that belongs to the answer is kept
        let percent = QuizQuestion(text: "?", kind: .shortAnswer(accepted: ["50%"]))
        XCTAssertTrue(QuizGrading.isRight(percent, .text("50%")))
        XCTAssertFalse(QuizGrading.isRight(percent, .text("50")))
    }

    func testAnAnswerOfTheWrongKindIsWrong() {
        XCTAssertFalse(QuizGrading.isRight(.single, .text("4")))
        XCTAssertFalse(QuizGrading.isRight(.multiple, .choice(0)))
        XCTAssertFalse(QuizGrading.isRight(.short, .choices([0])))
    }
}
