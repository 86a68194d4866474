@testable import KioskCore
import XCTest

final class RequestValidationTests: XCTestCase {
    func testAnswersWithinTheRulesPass() {
        let answers: [String: RequestAnswer] = ["what": .text("Toothache"), "day": .date("2026-03-04")]
        XCTAssertNil(RequestValidation.invalidField(answers, for: .medical))
    }

    func testARequiredFieldLeftEmptyIsNamed() {
        XCTAssertEqual(RequestValidation.invalidField(["what": .text("  ")], for: .medical), "what")
        XCTAssertEqual(RequestValidation.invalidField([:], for: .medical), "what")
    }

    func testAnOptionalFieldMayBeLeftOut() {
        XCTAssertNil(RequestValidation.invalidField(["what": .text("Cough")], for: .medical))
    }

    func testEachRuleIsKept() {
        // Too long, wrong kind, unknown option, repeated option, impossible day, unclean text
        XCTAssertFalse(RequestValidation.isValid(.text(String(repeating: "a", count: 21)), for: .what))
        XCTAssertFalse(RequestValidation.isValid(.choice("s"), for: .what))
        XCTAssertFalse(RequestValidation.isValid(.choice("xl"), for: .size))
        XCTAssertFalse(RequestValidation.isValid(.choices(["work", "work"]), for: .topics))
        XCTAssertFalse(RequestValidation.isValid(.date("2026-02-29"), for: .day))
        XCTAssertTrue(RequestValidation.isValid(.date("2028-02-29"), for: .day))
        XCTAssertFalse(RequestValidation.isValid(.text("a\u{1B}[2J"), for: .what))
        XCTAssertFalse(RequestValidation.isValid(.text("\u{202E}abc"), for: .what))
    }

    func testPeopleNeedANameAKnownRelationAndRoom() {
        let ann = InvitedPerson(name: "Ann", relation: "family")
        XCTAssertTrue(RequestValidation.isValid(.people([ann]), for: .guests))
        XCTAssertFalse(RequestValidation.isValid(.people([InvitedPerson(name: " ", relation: "family")]), for: .guests))
        XCTAssertFalse(RequestValidation.isValid(.people([InvitedPerson(name: "Bob", relation: "lawyer")]), for: .guests))
        XCTAssertFalse(RequestValidation.isValid(.people([ann, ann, ann]), for: .guests))
    }

    func testAnAnswerTheFormDoesNotHaveIsRefused() {
        XCTAssertEqual(RequestValidation.invalidField(["what": .text("Cough"), "zzz": .text("x")], for: .medical), "zzz")
    }

    func testDaysAreRealDaysWrittenInFull() {
        XCTAssertTrue(DayText.isValid("2026-12-31"))
        for text in ["2026-13-01", "2026-1-01", "26-01-01", "2026-04-31", "2026/01/01", "２０２６-01-01", "", "1899-01-01"] {
            XCTAssertFalse(DayText.isValid(text), text)
        }
    }
}
