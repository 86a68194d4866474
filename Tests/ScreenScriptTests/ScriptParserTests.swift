import Foundation
import KioskCore
@testable import ScreenScript
import XCTest

final class ScriptParserTests: XCTestCase {
    /// 2026-03-02T09:00:00+01:00.
    private let morning = Date(timeIntervalSince1970: 1_772_438_400)

    private func commands(_ text: String) throws -> [Command] {
        try ScriptParser.parse(text, path: "t.screen").statements.map(\.command)
    }

    private func command(_ line: String) throws -> Command {
        let commands = try commands(line)
        XCTAssertEqual(commands.count, 1, line)
        return try XCTUnwrap(commands.first)
    }

    private func presses(_ line: String) throws -> [KeyPress] {
        guard case .press(let presses) = try command(line) else {
            XCTFail("not a press: \(line)")
            return []
        }
        return presses
    }

    /// Parses two good lines and then `line`, and returns the error it throws.
    private func error(_ line: String, file: StaticString = #filePath, fileLine: UInt = #line) -> ScriptError? {
        do {
            _ = try ScriptParser.parse("size 80x24\n# setup done\n" + line + "\n", path: "t.screen")
            XCTFail("no error for: \(line)", file: file, line: fileLine)
            return nil
        } catch {
            XCTAssertEqual(error.line, 3, "line of: \(line)", file: file, line: fileLine)
            return error
        }
    }

    private func assertError(_ line: String, column: Int, _ message: String,
                             file: StaticString = #filePath, fileLine: UInt = #line) {
        guard let error = error(line, file: file, fileLine: fileLine) else { return }
        XCTAssertEqual(error.column, column, "column of: \(line) → \(error)", file: file, line: fileLine)
        XCTAssertTrue(error.message.contains(message), "message of: \(line) → \(error.message)", file: file, line: fileLine)
    }

    // MARK: Statements

    func testTheFirstExampleOfTheDesignParsesWithItsLineNumbers() throws {
        // Given the example script of SCREEN-SCRIPTS.md
        let text = """
        # Detainee 1001 logs in and opens the course catalogue
        size 80x24
        clock 2026-03-02T09:00:00+01:00
        database demo
        type "1001"
        press Tab
        type "1234"
        press Enter
        expect "Courses"
        press Down Enter
        expect /Catalogue|Catalogus|Catalogue/
        snapshot catalogue
        press Esc*2
        expect-not "Error"
        """
        // When it is parsed
        let script = try ScriptParser.parse(text, path: "login.screen")
        // Then every statement is there, on its own line, the comment skipped
        XCTAssertEqual(script.path, "login.screen")
        XCTAssertEqual(script.statements, [
            Statement(line: 2, command: .size(TerminalSize(cols: 80, rows: 24))),
            Statement(line: 3, command: .clock(morning)),
            Statement(line: 4, command: .database(.demo)),
            Statement(line: 5, command: .type("1001")),
            Statement(line: 6, command: .press([KeyPress(.tab)])),
            Statement(line: 7, command: .type("1234")),
            Statement(line: 8, command: .press([KeyPress(.enter)])),
            Statement(line: 9, command: .expect(.text("Courses"))),
            Statement(line: 10, command: .press([KeyPress(.down), KeyPress(.enter)])),
            Statement(line: 11, command: .expect(.regex("Catalogue|Catalogus|Catalogue"))),
            Statement(line: 12, command: .snapshot(name: "catalogue")),
            Statement(line: 13, command: .press([KeyPress(.escape, count: 2)])),
            Statement(line: 14, command: .expectNot(.text("Error"))),
        ])
    }

    func testSizeAndResizeTakeColumnsByRowsFromOneToAThousand() throws {
        // Given / When / Then
        XCTAssertEqual(try command("size 80x24"), .size(TerminalSize(cols: 80, rows: 24)))
        XCTAssertEqual(try command("size 1x1"), .size(TerminalSize(cols: 1, rows: 1)))
        XCTAssertEqual(try command("resize 1000x40"), .resize(TerminalSize(cols: 1000, rows: 40)))
    }

    func testClockTakesAnIsoTimeWithAnOffset() throws {
        // Given the same instant written with an offset, in UTC, and with a fraction
        // When parsed / Then each is that instant
        XCTAssertEqual(try command("clock 2026-03-02T09:00:00+01:00"), .clock(morning))
        XCTAssertEqual(try command("clock 2026-03-02T08:00:00Z"), .clock(morning))
        XCTAssertEqual(try command("clock 2026-03-02T03:30:00-04:30"), .clock(morning))
        XCTAssertEqual(try command("clock 2026-03-02T08:00:00.500Z"), .clock(morning.addingTimeInterval(0.5)))
    }

    func testDurationsOfAdvanceWaitAndTimeout() throws {
        // Given durations in seconds, minutes, hours and bare seconds
        // When parsed / Then they are seconds
        XCTAssertEqual(try command("advance 90s"), .advance(90))
        XCTAssertEqual(try command("advance 5m"), .advance(300))
        XCTAssertEqual(try command("wait 2h"), .wait(7200))
        XCTAssertEqual(try command("timeout 30"), .timeout(30))
    }

    func testDatabaseIsDemoEmptyOrAPathKeptAsWritten() throws {
        // Given each form of database
        // When parsed / Then bare demo and empty are sources, anything else a path as written
        XCTAssertEqual(try command("database demo"), .database(.demo))
        XCTAssertEqual(try command("database empty"), .database(.empty))
        XCTAssertEqual(try command("database fixtures/two.sqlite"), .database(.copy(of: "fixtures/two.sqlite")))
        XCTAssertEqual(try command("database /var/lib/kiosk/kiosk.db"), .database(.copy(of: "/var/lib/kiosk/kiosk.db")))
        XCTAssertEqual(try command("database \"my data/#1.db\""), .database(.copy(of: "my data/#1.db")))
        XCTAssertEqual(try command("database \"demo\""), .database(.copy(of: "demo")))
    }

    func testConfigTakesAKeyAndABareOrQuotedValue() throws {
        // Given / When / Then: keys are not checked here, values may be quoted
        XCTAssertEqual(try command("config idle-timeout 10m"), .config(key: "idle-timeout", value: "10m"))
        XCTAssertEqual(try command("config theme high-contrast"), .config(key: "theme", value: "high-contrast"))
        XCTAssertEqual(try command("config motd \"Welcome # all\""), .config(key: "motd", value: "Welcome # all"))
        XCTAssertEqual(try command("config no-such-key x"), .config(key: "no-such-key", value: "x"))
    }

    func testTypeResolvesEscapesAndKeepsHashesInsideTheString() throws {
        // Given a string with both escapes and a # inside, then a comment
        let line = #"type "say \"hi\" \\ # not a comment"   # a comment"#
        // When parsed
        let parsed = try command(line)
        // Then the string is unescaped and the comment dropped
        XCTAssertEqual(parsed, .type(#"say "hi" \ # not a comment"#))
    }

    func testTypeKeepsUnicodeAndSpaces() throws {
        // Given / When / Then
        XCTAssertEqual(try command("type \"  café 日本 \""), .type("  café 日本 "))
    }

    func testPressKnowsEveryKeyName() throws {
        // Given every documented name in order
        let names = ["Enter", "Tab", "BackTab", "Esc", "Up", "Down", "Left", "Right", "Home", "End",
                     "PageUp", "PageDown", "Backspace", "Delete", "Insert", "Space"]
            + (1...12).map { "F\($0)" }
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map { "Ctrl+\($0)" }
        let expected: [Key] = [.enter, .tab, .backTab, .escape, .up, .down, .left, .right, .home, .end,
                               .pageUp, .pageDown, .backspace, .delete, .insert, .character(" ")]
            + (1...12).map { Key.function($0) }
            + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
        // When they are pressed in one statement
        let keys = try presses("press " + names.joined(separator: " ")).map(\.key)
        // Then each maps to its key, once
        XCTAssertEqual(keys, expected)
        XCTAssertEqual(try presses("press " + names.joined(separator: " ")).map(\.count), Array(repeating: 1, count: 54))
        XCTAssertEqual(KeyName.all, names)
    }

    func testPressCtrlQAndRepeats() throws {
        // Given / When / Then
        XCTAssertEqual(try presses("press Ctrl+Q"), [KeyPress(.control("q"))])
        XCTAssertEqual(try presses("press Esc*2"), [KeyPress(.escape, count: 2)])
        XCTAssertEqual(try presses("press Down*1000 Enter Tab*3  # go"),
                       [KeyPress(.down, count: 1000), KeyPress(.enter), KeyPress(.tab, count: 3)])
    }

    func testASinglePrintableCharacterIsItsOwnKey() throws {
        // Given menu digits, a letter and a non-ASCII character
        // When pressed / Then each is that character, repeats included
        XCTAssertEqual(try presses("press 3 q*2 é"),
                       [KeyPress(.character("3")), KeyPress(.character("q"), count: 2), KeyPress(.character("é"))])
    }

    func testKeyNamesRoundTrip() {
        // Given every name / When its key is named again / Then the name comes back
        for name in KeyName.all {
            XCTAssertEqual(KeyName.key(named: name).flatMap(KeyName.name(of:)), name)
        }
        XCTAssertEqual(KeyName.name(of: .character("a")), "a")
        XCTAssertNil(KeyName.name(of: .character("\t")))
    }

    func testExpectTakesTextOrRegex() throws {
        // Given a string, a regex with an escaped slash, a # and a regex escape
        // When parsed / Then the string is literal and the regex keeps its own escapes
        XCTAssertEqual(try command("expect \"Courses\""), .expect(.text("Courses")))
        XCTAssertEqual(try command(#"expect /a\/b #\d+/ # comment"#), .expect(.regex(#"a/b #\d+"#)))
        XCTAssertEqual(try command(#"expect /C:\\/"#), .expect(.regex(#"C:\\"#)))
        XCTAssertEqual(try command("expect-not /Err(or)?/"), .expectNot(.regex("Err(or)?")))
        XCTAssertEqual(try command("expect-not \"Error\""), .expectNot(.text("Error")))
    }

    func testExpectLineRoleAndCursor() throws {
        // Given / When / Then
        XCTAssertEqual(try command("expect-line 0 \"Courses\""), .expectLine(row: 0, .text("Courses")))
        XCTAssertEqual(try command("expect-line 23 /^>/"), .expectLine(row: 23, .regex("^>")))
        XCTAssertEqual(try command("expect-role selected \"Digital basics\""),
                       .expectRole(role: "selected", text: "Digital basics"))
        XCTAssertEqual(try command("expect-role input-focused \"****\""), .expectRole(role: "input-focused", text: "****"))
        XCTAssertEqual(try command("expect-cursor 3 14"), .expectCursor(row: 3, col: 14))
    }

    func testSnapshotNames() throws {
        // Given / When / Then
        XCTAssertEqual(try command("snapshot catalogue"), .snapshot(name: "catalogue"))
        XCTAssertEqual(try command("snapshot login_2.after-tab"), .snapshot(name: "login_2.after-tab"))
    }

    func testBlankLinesCommentsCrlfAndBomAreSkipped() throws {
        // Given a BOM, CRLF line ends, blank and indented lines and comments
        let text = "\u{FEFF}# title\r\n\r\n   \t\r\n  press Enter   # go\r\n\t# indented comment\r\nexpect \"x\""
        // When parsed
        let script = try ScriptParser.parse(text, path: "t.screen")
        // Then only the statements remain, with their line numbers
        XCTAssertEqual(script.statements, [
            Statement(line: 4, command: .press([KeyPress(.enter)])),
            Statement(line: 6, command: .expect(.text("x"))),
        ])
    }

    func testAnEmptyScriptHasNoStatements() throws {
        // Given / When / Then
        XCTAssertEqual(try commands(""), [])
        XCTAssertEqual(try commands("# only a comment\n\n"), [])
    }

    // MARK: Errors

    func testErrorDescriptionIsPathLineColumnMessage() {
        // Given a bad key on line 3
        let error = error("press Enter Return")
        // Then it reads like a compiler's
        XCTAssertEqual(error?.description, "t.screen:3:13: unknown key 'Return' (did you mean Enter?)")
        XCTAssertEqual(error?.errorDescription, error?.description)
    }

    func testUnknownStatements() {
        assertError("frobnicate 1", column: 1, "unknown statement 'frobnicate'")
        assertError("  expekt \"x\"", column: 3, "unknown statement 'expekt' (did you mean expect?)")
        assertError("Press Enter", column: 1, "did you mean press?")
        assertError("\"hello\"", column: 1, "expected a statement")
    }

    func testBadKeys() {
        assertError("press Tab Return", column: 11, "unknown key 'Return' (did you mean Enter?)")
        assertError("press ctrl+q", column: 7, "unknown key 'ctrl+q' (did you mean Ctrl+Q?)")
        assertError("press enter", column: 7, "did you mean Enter?")
        assertError("press Dwn", column: 7, "did you mean Down?")
        assertError("press Escape", column: 7, "did you mean Esc?")
        assertError("press \u{7}", column: 7, "unknown key U+7")
        assertError("press \"a\"", column: 7, "expected KEY")
        assertError("press Ctrl+1", column: 7, "unknown key 'Ctrl+1' (Ctrl+ takes one letter")
        assertError("press F13", column: 7, "unknown key 'F13' (function keys are F1…F12)")
    }

    func testBadRepeatCounts() {
        assertError("press Down*0", column: 12, "bad repeat count '0'")
        assertError("press Up Down*1001", column: 15, "bad repeat count '1001'")
        assertError("press Down*", column: 12, "bad repeat count ''")
        assertError("press Down*x", column: 12, "bad repeat count 'x'")
        assertError("press *3", column: 7, "missing key name")
    }

    func testBadSizes() {
        assertError("size 80x", column: 6, "bad size '80x'")
        assertError("size 0x24", column: 6, "bad size")
        assertError("resize 80x1001", column: 8, "bad size")
        assertError("size 80X24", column: 6, "bad size")
        assertError("size 80x24x2", column: 6, "bad size")
    }

    func testBadStrings() {
        assertError("type \"abc", column: 6, "unterminated string")
        assertError("type \"abc\\", column: 6, "unterminated string")
        assertError("type \"a\\nb\"", column: 8, "unknown escape '\\n'")
        assertError("type \"a\tb\"", column: 8, "control character U+0009")
        assertError("type hello", column: 6, "expected a quoted \"text\", found 'hello'")
        assertError("type \"\"", column: 6, "empty string")
    }

    func testBadRegexes() {
        assertError("expect /[a-/", column: 8, "bad regex")
        assertError("expect-not /(/", column: 12, "bad regex")
        assertError("expect /abc", column: 8, "unterminated regex")
        assertError("expect //", column: 8, "empty regex")
        assertError("expect Courses", column: 8, "expected \"text\" or /regex/, found 'Courses'")
    }

    func testBadRolesRowsAndNames() {
        assertError("expect-role selectd \"x\"", column: 13, "unknown role 'selectd' (did you mean selected?)")
        assertError("expect-role selected /x/", column: 22, "expected a quoted \"text\"")
        assertError("expect-line -1 \"x\"", column: 13, "bad ROW '-1'")
        assertError("expect-cursor 3 x", column: 17, "bad COL 'x'")
        assertError("expect-cursor 1000 0", column: 15, "bad ROW")
        assertError("snapshot a/b", column: 10, "bad snapshot name 'a/b'")
    }

    func testBadDurationsAndDates() {
        assertError("advance 5x", column: 9, "bad duration '5x'")
        assertError("wait -1s", column: 6, "bad duration")
        assertError("timeout soon", column: 9, "bad duration")
        assertError("clock 2026-03-02T09:00:00", column: 7, "bad time")
        assertError("clock 2026-02-30T09:00:00+01:00", column: 7, "bad time")
        assertError("clock 2026-03-02 09:00:00+01:00", column: 7, "bad time")
        assertError("clock 2026-03-02T24:00:00Z", column: 7, "bad time")
    }

    func testMissingArgumentsPointJustPastTheLine() {
        assertError("size", column: 5, "missing COLSxROWS (usage: size COLSxROWS)")
        assertError("expect   # nothing", column: 7, "missing \"text\" or /regex/")
        assertError("expect-cursor 3", column: 16, "missing COL")
        assertError("config theme", column: 13, "missing VALUE")
        assertError("press", column: 6, "missing KEY")
        assertError("database", column: 9, "missing demo, empty or PATH")
    }

    func testExtraArgumentsPointAtTheFirstExtraToken() {
        assertError("type \"a\" \"b\"", column: 10, "unexpected extra argument \"b\" (usage: type \"text\")")
        assertError("size 80x24 25", column: 12, "unexpected extra argument '25'")
        assertError("expect \"a\"/b/", column: 11, "unexpected extra argument /b/")
        assertError("snapshot one two", column: 14, "unexpected extra argument 'two'")
        assertError("config a b c", column: 12, "unexpected extra argument 'c'")
    }

    func testOnlyTheFirstErrorIsReported() {
        // Given two bad lines
        // When parsed
        XCTAssertThrowsError(try ScriptParser.parse("press Nope\nfrobnicate\n", path: "t.screen")) { error in
            // Then the first one is reported
            XCTAssertEqual((error as? ScriptError)?.line, 1)
        }
    }
}
