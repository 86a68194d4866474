import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class AuditRepositoryTests: StoreTestCase {
    // MARK: - Schema and append-only

    func testMigrationCreatesTheTableWithItsIndexes() throws {
        // Given a fresh database
        let database = try openDatabase()
        // When reading the audit table's columns and indexes
        let (columns, indexes) = try database.pool.read { db in
            (try db.columns(in: "audit_event").map(\.name), try db.indexes(on: "audit_event").map(\.columns))
        }
        // Then it has the planned columns and an index on `at` and one on `action`
        XCTAssertEqual(columns, ["id", "at", "actor", "terminal", "action", "subject", "detail"])
        XCTAssertEqual(Set(indexes), [["at"], ["action"]])
    }

    func testRawUpdateIsRefusedAndLeavesTheRowIntact() throws {
        // Given a log with one event
        let database = try openDatabase()
        let audit = AuditRepository(database: database)
        try audit.record(event(action: "login.refused", subject: "1001", detail: "wrong PIN"))
        // When raw SQL tries to rewrite it
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: "UPDATE audit_event SET detail = 'nothing happened', actor = 'system'")
        }) { error in
            // Then SQLite aborts with the append-only message
            XCTAssertEqual((error as? DatabaseError)?.message, "the audit log is append-only")
        }
        // And the row reads as written
        XCTAssertEqual(try audit.events(matching: AuditFilter()), [event(action: "login.refused", subject: "1001", detail: "wrong PIN")])
    }

    func testRawDeleteIsRefusedAndLeavesTheRowsIntact() throws {
        // Given a log with two events
        let database = try openDatabase()
        let audit = AuditRepository(database: database)
        try audit.record(event(action: "login.accepted", offset: 0))
        try audit.record(event(action: "url.refused", offset: 1))
        // When raw SQL tries to delete one, then all
        for sql in ["DELETE FROM audit_event WHERE action = 'url.refused'", "DELETE FROM audit_event"] {
            XCTAssertThrowsError(try database.pool.write { db in try db.execute(sql: sql) }, sql) { error in
                // Then each is refused
                XCTAssertEqual((error as? DatabaseError)?.message, "the audit log is append-only")
            }
        }
        // And both rows are still there
        XCTAssertEqual(try audit.count(matching: AuditFilter()), 2)
    }

    func testInsertOrReplaceOverAnExistingRowIsRefused() throws {
        // Given a log with one event (id 1)
        let database = try openDatabase()
        let audit = AuditRepository(database: database)
        try audit.record(event(action: "account.locked", subject: "1001"))
        // When raw SQL replaces row 1 (REPLACE deletes without firing delete triggers)
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO audit_event (id, at, actor, terminal, action, subject, detail)
                VALUES (1, '2026-01-01 00:00:00.000', 'system', 'x', 'nothing', '', '')
                """)
        }) { error in
            // Then it is refused
            XCTAssertEqual((error as? DatabaseError)?.message, "the audit log is append-only")
        }
        // And the original row is unchanged
        XCTAssertEqual(try audit.events(matching: AuditFilter()).map(\.action), ["account.locked"])
    }

    // MARK: - Appending

    func testRecordedEventReadsBackAfterReopening() throws {
        // Given an event recorded through the port, then the file closed
        let first = try openDatabase()
        let recorded = AuditEvent(
            at: Self.noon, actor: "staff:admin", terminal: "A-117", action: "account.unlocked",
            subject: "1001", detail: "after 5 failures")
        let log: any AuditLog = AuditRepository(database: first)
        try log.record(recorded)
        try first.close()
        // When the file is opened again
        let events = try AuditRepository(database: try openDatabase()).events(matching: AuditFilter())
        // Then the event is there, field for field
        XCTAssertEqual(events, [recorded])
    }

    func testRecordOnAClosedDatabaseThrowsUnavailable() throws {
        // Given a closed database
        let database = try openDatabase()
        let audit = AuditRepository(database: database)
        try database.close()
        // When recording
        // Then the port reports the store as unavailable
        XCTAssertThrowsError(try audit.record(event(action: "login.accepted"))) { error in
            XCTAssertEqual(error as? StoreFailure, .unavailable)
        }
    }

    func testHostileTextIsCleanedAndCappedOnTheWayIn() throws {
        // Given an event whose fields carry escapes, controls, newlines and a bidi override
        let database = try openDatabase()
        let audit = AuditRepository(database: database)
        let hostile = AuditEvent(
            at: Self.noon, actor: "detainee:1001\u{1B}[2J", terminal: "A-117\u{9B}31m",
            action: "request.sent\r\u{8}\u{8}ok", subject: "\u{202E}txt.exe\u{2066}",
            detail: "line one\nline two\u{1B}]52;c;cm0gLXJm\u{7}\u{1B}]0;title\u{7}" + String(repeating: "x", count: 5_000))
        // When it is recorded and its row read back with raw SQL
        try audit.record(hostile)
        let row = try XCTUnwrap(database.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM audit_event") })
        let stored = AuditEvent(at: row["at"], actor: row["actor"], terminal: row["terminal"], action: row["action"],
                                subject: row["subject"], detail: row["detail"])
        // Then no control or bidi character survives, newlines became spaces, the detail is capped
        XCTAssertEqual(stored.actor, "detainee:1001[2J")
        XCTAssertEqual(stored.terminal, "A-11731m")
        XCTAssertEqual(stored.action, "request.sentok")
        XCTAssertEqual(stored.subject, "txt.exe")
        XCTAssertTrue(stored.detail.hasPrefix("line one line two]52;c;cm0gLXJm]0;titlexxx"), stored.detail)
        XCTAssertEqual(stored.detail.unicodeScalars.count, AuditEventRecord.Cap.detail)
    }

    func testRowsSlippedInWithRawSQLAreCleanedOnTheWayOut() throws {
        // Given a row inserted with raw SQL, escape sequence and all
        let database = try openDatabase()
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO audit_event (at, actor, terminal, action, subject, detail)
                VALUES ('2026-05-28 20:26:40.000', 'system', 'A-117', 'url.visited', ?, '')
                """, arguments: ["https://jobs.example\u{1B}]0;pwned\u{7}"])
        }
        // When staff read the log and export it
        let audit = AuditRepository(database: database)
        let subject = try audit.events(matching: AuditFilter()).first?.subject
        let csv = try audit.csv(since: Self.noon.addingTimeInterval(-60))
        // Then neither shows the escape character
        XCTAssertEqual(subject, "https://jobs.example]0;pwned")
        XCTAssertFalse(csv.unicodeScalars.contains("\u{1B}"))
    }

    // MARK: - Queries

    func testEventsAreNewestFirstWithTiesInInsertionOrderReversed() throws {
        // Given events recorded out of time order, two at the same moment
        let audit = try loggedAudit([("b", 10), ("a", 0), ("c", 20), ("d", 20)])
        // When reading them all
        let actions = try audit.events(matching: AuditFilter()).map(\.action)
        // Then the newest comes first; of equal times, the last recorded first
        XCTAssertEqual(actions, ["d", "c", "b", "a"])
    }

    func testSinceIsIncludedAndUntilIsExcluded() throws {
        // Given events at 0, 10, 20 and 30 seconds past noon
        let audit = try loggedAudit([("t0", 0), ("t10", 10), ("t20", 20), ("t30", 30)])
        // When asking from 10 s up to 30 s
        let filter = AuditFilter(since: Self.noon.addingTimeInterval(10), until: Self.noon.addingTimeInterval(30))
        // Then the events at 10 and 20 s are returned, not those at 0 or 30 s
        XCTAssertEqual(try audit.events(matching: filter).map(\.action), ["t20", "t10"])
    }

    func testActorFilterMatchesTheWholeActorOnly() throws {
        // Given events by detainee 1001, detainee 10012 and staff
        let audit = AuditRepository(database: try openDatabase())
        try audit.record(event(actor: "detainee:1001", action: "login.accepted", offset: 0))
        try audit.record(event(actor: "detainee:10012", action: "login.accepted", offset: 1))
        try audit.record(event(actor: "staff:admin", action: "account.unlocked", offset: 2))
        // When filtering on detainee 1001
        let events = try audit.events(matching: AuditFilter(actor: "detainee:1001"))
        // Then only their event is returned
        XCTAssertEqual(events.map(\.actor), ["detainee:1001"])
    }

    func testActionPrefixIsLiteralAndCaseSensitive() throws {
        // Given logins, a lookalike action and an action with LIKE wildcards in it
        let audit = try loggedAudit([("login.accepted", 0), ("login.refused", 1), ("loginXrefused", 2),
                                     ("LOGIN.accepted", 3), ("account.locked", 4), ("url_refused", 5), ("urlXrefused", 6)])
        // When filtering on the prefixes `login.` and `url_`
        let logins = try audit.events(matching: AuditFilter(actionPrefix: "login.")).map(\.action)
        let underscored = try audit.events(matching: AuditFilter(actionPrefix: "url_")).map(\.action)
        // Then each matches its literal prefix only
        XCTAssertEqual(logins, ["login.refused", "login.accepted"])
        XCTAssertEqual(underscored, ["url_refused"])
    }

    func testTextIsFoundInSubjectOrDetailWithWildcardsTakenLiterally() throws {
        // Given events with the text in the subject, in the detail, in neither, and a lookalike
        let audit = AuditRepository(database: try openDatabase())
        try audit.record(event(action: "in-subject", subject: "https://jobs.example/100%_sure", offset: 0))
        try audit.record(event(action: "in-detail", detail: "rule JOBS.example/100%_SURE matched", offset: 1))
        try audit.record(event(action: "elsewhere", subject: "press.example", detail: "jobs", offset: 2))
        try audit.record(event(action: "lookalike", subject: "jobs.example/100xxsure", offset: 3))
        // When searching for a text containing % and _
        let found = try audit.events(matching: AuditFilter(text: "jobs.example/100%_sure")).map(\.action)
        // Then both real matches are found, ASCII case aside, and the wildcard lookalike is not
        XCTAssertEqual(found, ["in-detail", "in-subject"])
    }

    func testLimitAndOffsetPageThroughNewestFirst() throws {
        // Given five events
        let audit = try loggedAudit([("e0", 0), ("e1", 1), ("e2", 2), ("e3", 3), ("e4", 4)])
        // When reading two pages of two, and with a negative limit
        let first = try audit.events(matching: AuditFilter(limit: 2)).map(\.action)
        let second = try audit.events(matching: AuditFilter(limit: 2, offset: 2)).map(\.action)
        let none = try audit.events(matching: AuditFilter(limit: -1))
        // Then the pages follow each other and a negative limit returns nothing
        XCTAssertEqual(first, ["e4", "e3"])
        XCTAssertEqual(second, ["e2", "e1"])
        XCTAssertEqual(none, [])
    }

    func testCountAppliesTheFilterButNotTheLimit() throws {
        // Given three logins and one other event
        let audit = try loggedAudit([("login.accepted", 0), ("login.refused", 1), ("login.refused", 2), ("url.visited", 3)])
        // When counting logins with a page size of one
        let count = try audit.count(matching: AuditFilter(actionPrefix: "login.", limit: 1, offset: 1))
        // Then every matching event is counted
        XCTAssertEqual(count, 3)
    }

    // MARK: - CSV export

    func testCSVHasTheHeaderUTCTimesAndCRLFLines() throws {
        // Given one event at noon plus 250 ms
        let audit = AuditRepository(database: try openDatabase())
        try audit.record(AuditEvent(
            at: Self.noon.addingTimeInterval(0.25), actor: "staff:admin", terminal: "A-117",
            action: "account.unlocked", subject: "1001", detail: "done"))
        // When exporting from an hour before
        let csv = try audit.csv(since: Self.noon.addingTimeInterval(-3_600))
        // Then the header and the row come with an ISO 8601 UTC time and CRLF endings
        XCTAssertEqual(csv, "at,actor,terminal,action,subject,detail\r\n"
            + "2026-05-28T20:26:40.250Z,staff:admin,A-117,account.unlocked,1001,done\r\n")
    }

    func testCSVIsOldestFirstWithinTheRange() throws {
        // Given events at 0, 10, 20 and 30 seconds
        let audit = try loggedAudit([("t20", 20), ("t0", 0), ("t30", 30), ("t10", 10)])
        // When exporting from 10 s up to 30 s
        let rows = try parseCSV(audit.csv(since: Self.noon.addingTimeInterval(10), until: Self.noon.addingTimeInterval(30)))
        // Then the rows in range come oldest first
        XCTAssertEqual(rows.dropFirst().map { $0[3] }, ["t10", "t20"])
    }

    func testCSVOfAnEmptyRangeIsTheHeaderAlone() throws {
        // Given a log with one event at noon
        let audit = try loggedAudit([("login.accepted", 0)])
        // When exporting the hour before noon
        let csv = try audit.csv(since: Self.noon.addingTimeInterval(-3_600), until: Self.noon)
        // Then only the header is written
        XCTAssertEqual(csv, "at,actor,terminal,action,subject,detail\r\n")
    }

    func testCSVNeutralisesFormulasInEveryField() throws {
        // Given an event whose texts would run as spreadsheet formulas
        let audit = AuditRepository(database: try openDatabase())
        try audit.record(AuditEvent(
            at: Self.noon, actor: "=cmd|' /C calc'!A0", terminal: "+A-117", action: "-login",
            subject: "@SUM(1+1)", detail: "=HYPERLINK(\"https://evil.example\",\"click\")"))
        // When exporting and parsing the CSV back
        let rows = try parseCSV(audit.csv(since: Self.noon))
        // Then every such field starts with ' and keeps its text, quotes and all
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(Array(rows[1].dropFirst()), [
            "'=cmd|' /C calc'!A0", "'+A-117", "'-login", "'@SUM(1+1)",
            "'=HYPERLINK(\"https://evil.example\",\"click\")",
        ])
    }

    func testCSVFieldsQuoteCommasQuotesAndLineBreaks() {
        // Given fields a naive writer would break on
        let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "\tstarts with tab",
                      "\rstarts with CR", "\"\u{301}quote with combining mark", ""]
        // When writing a row and parsing it back
        let line = CSVWriter.row(fields)
        let parsed = parseCSV(line)
        // Then the plain field is bare, others are quoted, and every value returns intact
        XCTAssertTrue(line.hasPrefix("plain,\"a,b\",\"say \"\"hi\"\"\","), line)
        XCTAssertEqual(parsed, [[
            "plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "'\tstarts with tab",
            "'\rstarts with CR", "\"\u{301}quote with combining mark", "",
        ]])
    }

    // MARK: - Time arguments

    func testTimeArgumentsAcceptADayAnISOTimeOrATimeAgo() throws {
        // Given the Brussels zone (UTC+1 in March) and a fixed now
        let brussels = try XCTUnwrap(TimeZone(identifier: "Europe/Brussels"))
        let parse = { (text: String) in AuditTimeArgument.parse(text, now: Self.noon, timeZone: brussels) }
        // When parsing each accepted form
        // Then a day is local midnight, ISO times keep their zone and fraction, 7d and 24h count back
        XCTAssertEqual(parse("2026-03-01"), Date(timeIntervalSince1970: 1_772_319_600))
        XCTAssertEqual(parse("2026-03-01T09:30:00Z"), Date(timeIntervalSince1970: 1_772_357_400))
        XCTAssertEqual(parse("2026-03-01T09:30:00.250+01:00"), Date(timeIntervalSince1970: 1_772_353_800.25))
        XCTAssertEqual(parse("7d"), Self.noon.addingTimeInterval(-7 * 86_400))
        XCTAssertEqual(parse(" 24h "), Self.noon.addingTimeInterval(-86_400))
    }

    func testTimeArgumentsRefuseWhatTheyCannotReadExactly() {
        // Given malformed, impossible and ambiguous values
        let refused = ["", "2026-02-30", "2026-3-01", "2026-03-01T25:00:00Z", "2026-03-01T09:30:00Zjunk",
                       "2026-03-01T09:30:00", "7m", "-7d", "1234567d", "d", "\u{663}d", "yesterday"]
        // When parsing each
        // Then none is accepted
        for text in refused {
            XCTAssertNil(AuditTimeArgument.parse(text, now: Self.noon, timeZone: .gmt), text)
        }
    }

    // MARK: - Helpers

    private func event(
        actor: String = "detainee:1001", action: String, subject: String = "", detail: String = "", offset: TimeInterval = 0
    ) -> AuditEvent {
        AuditEvent(at: Self.noon.addingTimeInterval(offset), actor: actor, terminal: "A-117", action: action,
                   subject: subject, detail: detail)
    }

    /// A log holding one event per (action, seconds after noon), recorded in the order given.
    private func loggedAudit(_ events: [(String, TimeInterval)]) throws -> AuditRepository {
        let audit = AuditRepository(database: try openDatabase())
        for (action, offset) in events { try audit.record(event(action: action, offset: offset)) }
        return audit
    }

    /// A strict RFC 4180 reader: fields of each CRLF-ended record.
    private func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
            } else {
                XCTAssertFalse(["\"", "\r", "\n"].contains(scalar), "bare \(scalar.escaped(asASCII: true)) in an unquoted field")
                field.append(scalar)
            }
        }
        XCTAssertTrue(field.isEmpty && record.isEmpty && !quoted, "the CSV does not end with CRLF")
        return records
    }
}
