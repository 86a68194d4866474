import KioskCore
@testable import ScreenScript
import XCTest

final class ScriptSetupTests: XCTestCase {
    func testSetupStatementsAreReadBeforeTheFirstAction() throws {
        // Given a script that sets size, database and language, then types
        let setup = try ScriptSetup.prepare(script([
            .size(TerminalSize(cols: 40, rows: 12)), .database(.empty), .config(key: "lang", value: "nl"), .type("1"),
        ]))
        // Then the setup holds them and the program starts at the fourth statement
        XCTAssertEqual(setup.size, TerminalSize(cols: 40, rows: 12))
        XCTAssertEqual(setup.database, .empty)
        XCTAssertEqual(setup.config.settings.defaultLanguage, .nl)
        XCTAssertEqual(setup.firstAction, 3)
    }

    func testSetupAfterAnActionIsRefusedWithItsLine() {
        XCTAssertThrowsError(try ScriptSetup.prepare(script([.type("1"), .size(.standard)]))) { error in
            let failure = error as! ScriptFailure
            XCTAssertEqual(failure.line, 2)
            XCTAssertTrue(failure.message.contains("before the first key"))
        }
    }

    func testBadConfigValueIsRefusedBeforeAnythingRuns() {
        XCTAssertThrowsError(try ScriptSetup.prepare(script([.config(key: "lang", value: "es")]))) { error in
            XCTAssertEqual("\(error)", "/tmp/test.screen:1: config lang: lang must be one of fr, nl, de, en")
        }
    }
}
