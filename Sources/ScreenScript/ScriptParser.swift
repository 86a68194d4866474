import Foundation
import KioskCore
import Widgets

/// Turns the text of a `*.screen` file into a `Script` (see SCREEN-SCRIPTS.md).
///
/// Fails fast: the first malformed line throws, with the column of the offending token (or,
/// for a missing argument, the column just past the last one).
public enum ScriptParser {
    /// The statements of a script, in file order.
    public static func parse(_ text: String, path: String) throws(ScriptError) -> Script {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var statements: [Statement] = []
        for (offset, line) in lines.enumerated() {
            var reader = ArgumentReader(scanner: ScriptLineScanner(line, path: path, line: offset + 1))
            guard let head = try reader.scanner.next(regex: false) else { continue }
            let command = try parseCommand(head, &reader)
            statements.append(Statement(line: offset + 1, command: command))
        }
        return Script(path: path, statements: statements)
    }

    /// Every statement keyword.
    public static var keywords: [String] { Keyword.allCases.map(\.rawValue) }

    private static func parseCommand(_ head: ScriptToken, _ reader: inout ArgumentReader) throws(ScriptError) -> Command {
        guard head.kind == .word else {
            throw reader.scanner.error(head.column, "expected a statement, found \(head.shown)")
        }
        guard let keyword = Keyword(rawValue: head.text) else {
            throw reader.scanner.error(head.column, "unknown statement \(head.shown)" + ClosestName.hint(head.text, in: keywords))
        }
        reader.keyword = keyword
        let command: Command
        switch keyword {
        case .size: command = .size(try reader.size())
        case .resize: command = .resize(try reader.size())
        case .clock: command = .clock(try reader.clock())
        case .advance: command = .advance(try reader.duration())
        case .database: command = .database(try reader.database())
        case .config:
            let key = try reader.word("KEY")
            command = .config(key: key.text, value: try reader.value("VALUE").text)
        case .type: command = .type(try reader.string("text").text)
        case .press: command = .press(try reader.keys())
        case .expect: command = .expect(try reader.matcher())
        case .expectNot: command = .expectNot(try reader.matcher())
        case .expectLine:
            let row = try reader.number("ROW")
            command = .expectLine(row: row, try reader.matcher())
        case .expectRole:
            let role = try reader.role()
            command = .expectRole(role: role, text: try reader.string("text").text)
        case .expectCursor:
            let row = try reader.number("ROW")
            command = .expectCursor(row: row, col: try reader.number("COL"))
        case .snapshot: command = .snapshot(name: try reader.snapshotName())
        case .wait: command = .wait(try reader.duration())
        case .timeout: command = .timeout(try reader.duration())
        }
        try reader.finish()
        return command
    }
}

/// The statement keywords and how each is written.
enum Keyword: String, CaseIterable {
    case size, resize, clock, advance, database, config, type, press
    case expect, expectNot = "expect-not", expectLine = "expect-line", expectRole = "expect-role"
    case expectCursor = "expect-cursor", snapshot, wait, timeout

    var usage: String {
        switch self {
        case .size, .resize: "\(rawValue) COLSxROWS"
        case .clock: "clock 2026-03-02T09:00:00+01:00"
        case .advance, .wait, .timeout: "\(rawValue) DURATION"
        case .database: "database demo|empty|PATH"
        case .config: "config KEY VALUE"
        case .type: "type \"text\""
        case .press: "press KEY ..."
        case .expect, .expectNot: "\(rawValue) \"text\"|/regex/"
        case .expectLine: "expect-line ROW \"text\"|/regex/"
        case .expectRole: "expect-role ROLE \"text\""
        case .expectCursor: "expect-cursor ROW COL"
        case .snapshot: "snapshot NAME"
        }
    }
}
