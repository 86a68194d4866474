import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class AnnouncementRepositoryTests: StoreTestCase {
    private let noon = StoreTestCase.noon
    private let hour: TimeInterval = 3_600

    private func makeAnnouncements(_ database: KioskDatabase) -> AnnouncementRepository {
        AnnouncementRepository(database: database)
    }

    /// Julien (A-101, French), Pieter (A-102, Dutch), Lukas (B-201, German), Daniel (B-202, English).
    private func createDetainees(_ database: KioskDatabase) throws -> [DetaineeAccount] {
        let admin = makeAdmin(database)
        return try [
            ("1001", "Julien Lambert", "A-101", Language.fr), ("1002", "Pieter Janssens", "A-102", .nl),
            ("1003", "Lukas Schmitz", "B-201", .de), ("1004", "Daniel Okafor", "B-202", .en),
        ].map { number, name, cell, language in
            try admin.createDetainee(number: number, pin: Secret("1234"), name: name, cell: cell, language: language, now: noon)
        }
    }

    /// Publishes `text` for `target`, shown from an hour before noon with no end.
    @discardableResult
    private func publish(
        _ text: String, to target: Announcement.Target = .everyone, in repository: AnnouncementRepository,
        startsAt: Date? = nil, endsAt: Date? = nil
    ) throws -> Announcement {
        try repository.publish(
            text: text, startsAt: startsAt ?? noon - hour, endsAt: endsAt, target: target, by: "cli:nathalie",
            now: noon - 2 * hour)
    }

    /// The `AnnouncementError` that `body` throws, or nil when it succeeds.
    private func error<T>(_ body: () throws -> T, line: UInt = #line) -> AnnouncementError? {
        do {
            _ = try body()
            return nil
        } catch let error as AnnouncementError {
            return error
        } catch {
            XCTFail("unexpected \(error)", line: line)
            return nil
        }
    }

    private func auditEvents(_ database: KioskDatabase) throws -> [AuditEvent] {
        try AuditRepository(database: database).events(matching: AuditFilter(actionPrefix: "announcement."))
    }

    // MARK: - Schema

    func testTheMigrationCreatesTheAnnouncementTable() throws {
        // Given a fresh database
        let database = try openDatabase()
        // When reading its schema
        let columns = try database.pool.read { db in try db.columns(in: "announcement").map(\.name) }
        // Then the table has the planned columns, with withdrawal in place of deletion
        XCTAssertEqual(columns, [
            "id", "text", "starts_at", "ends_at", "target_kind", "target_value", "created_at", "created_by",
            "withdrawn_at", "withdrawn_by",
        ])
    }

    func testTheSchemaRefusesUnknownTargetsAndEndsBeforeTheStart() throws {
        // Given a fresh database
        let database = try openDatabase()
        let insert = "INSERT INTO announcement (text, starts_at, ends_at, target_kind, target_value, created_at, created_by) VALUES "
        // When rows break the rules past the repository
        // Then SQLite's CHECK constraints refuse them
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: insert + "('x', '2026-03-01', NULL, 'cell', 'A-101', '2026-03-01', 'x')")
        })
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: insert + "('x', '2026-03-02', '2026-03-01', 'everyone', '', '2026-03-01', 'x')")
        })
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: insert + "('x', '2026-03-01', NULL, 'everyone', 'A', '2026-03-01', 'x')")
        })
        // And a well-formed row is accepted, so the refusals above are the constraints' doing
        XCTAssertNoThrow(try database.pool.write { db in
            try db.execute(sql: insert + "('x', '2026-03-01', '2026-03-02', 'wing', 'A', '2026-03-01', 'x')")
        })
    }

    // MARK: - Targeting

    func testAnAnnouncementForEveryoneReachesEveryDetainee() throws {
        // Given four detainees in two wings and four languages
        let database = try openDatabase()
        let detainees = try createDetainees(database)
        let announcements = makeAnnouncements(database)
        // When an announcement for everyone is published
        try publish("Visits resume Monday", in: announcements)
        // Then every one of them sees it at noon
        for detainee in detainees {
            XCTAssertEqual(try announcements.current(for: detainee, now: noon), ["Visits resume Monday"], detainee.number)
        }
    }

    func testAWingAnnouncementReachesThatWingOnly() throws {
        // Given detainees in wings A and B
        let database = try openDatabase()
        let detainees = try createDetainees(database)
        let announcements = makeAnnouncements(database)
        // When an announcement is published for wing a (typed lower-case)
        let published = try publish("Wing A showers closed", to: .wing("a"), in: announcements)
        // Then it is stored for wing A, wing A sees it, and wing B does not
        XCTAssertEqual(published.target, .wing("A"))
        XCTAssertEqual(try announcements.current(for: detainees[0], now: noon), ["Wing A showers closed"])
        XCTAssertEqual(try announcements.current(for: detainees[1], now: noon), ["Wing A showers closed"])
        XCTAssertEqual(try announcements.current(for: detainees[2], now: noon), [])
        XCTAssertEqual(try announcements.current(for: detainees[3], now: noon), [])
    }

    func testAWingAnnouncementMissesAWingThatOnlyStartsTheSame() throws {
        // Given a detainee in cell AB-12 and one in cell A-101
        let database = try openDatabase()
        let admin = makeAdmin(database)
        let ab = try admin.createDetainee(
            number: "2001", pin: Secret("1234"), name: "Ann Bos", cell: "AB-12", language: .nl, now: noon)
        let a = try admin.createDetainee(
            number: "2002", pin: Secret("1234"), name: "Aline Roy", cell: "A-101", language: .nl, now: noon)
        let announcements = makeAnnouncements(database)
        // When an announcement is published for wing AB
        try publish("Wing AB yard at 10:00", to: .wing("AB"), in: announcements)
        // Then the detainee of wing AB sees it and the detainee of wing A does not
        XCTAssertEqual(try announcements.current(for: ab, now: noon), ["Wing AB yard at 10:00"])
        XCTAssertEqual(try announcements.current(for: a, now: noon), [])
    }

    func testALanguageAnnouncementReachesReadersOfThatLanguageOnly() throws {
        // Given detainees reading French, Dutch, German and English
        let database = try openDatabase()
        let detainees = try createDetainees(database)
        let announcements = makeAnnouncements(database)
        // When an announcement is published in Dutch
        try publish("Bibliotheek zaterdag open", to: .language(.nl), in: announcements)
        // Then only the Dutch reader sees it
        XCTAssertEqual(try announcements.current(for: detainees[1], now: noon), ["Bibliotheek zaterdag open"])
        for detainee in [detainees[0], detainees[2], detainees[3]] {
            XCTAssertEqual(try announcements.current(for: detainee, now: noon), [], detainee.number)
        }
    }

    func testTheWingOfADetaineeIsTheirCellBeforeTheFirstDash() throws {
        // Given detainees with cells of several shapes
        func wing(_ cell: String) -> String? {
            AnnouncementRepository.wing(of: DetaineeAccount(id: 1, number: "1", name: "N", language: .fr, cell: cell))
        }
        // When their wing is taken
        // Then it is the part before the first dash, upper-cased, if it is 1 to 4 letters or digits
        XCTAssertEqual(wing("A-101"), "A")
        XCTAssertEqual(wing("b2-014-2"), "B2")
        XCTAssertEqual(wing("C12"), "C12")
        XCTAssertNil(wing(""))
        XCTAssertNil(wing("-101"))
        XCTAssertNil(wing("NORTH-1"))
        XCTAssertNil(wing("A 1-2"))
    }

    // MARK: - Schedule

    func testTheStartIsIncludedAndTheEndIsExcluded() throws {
        // Given an announcement shown from noon to one o'clock
        let database = try openDatabase()
        let julien = try createDetainees(database)[0]
        let announcements = makeAnnouncements(database)
        try publish("Canteen closed", in: announcements, startsAt: noon, endsAt: noon + hour)
        // When the home screen asks around both boundaries
        // Then it shows from the start (included) to the end (excluded)
        XCTAssertEqual(try announcements.current(for: julien, now: noon - 1), [])
        XCTAssertEqual(try announcements.current(for: julien, now: noon), ["Canteen closed"])
        XCTAssertEqual(try announcements.current(for: julien, now: noon + hour - 1), ["Canteen closed"])
        XCTAssertEqual(try announcements.current(for: julien, now: noon + hour), [])
    }

    func testAWithdrawnAnnouncementIsNeverShown() throws {
        // Given an announcement shown from an hour before noon with no end
        let database = try openDatabase()
        let julien = try createDetainees(database)[0]
        let announcements = makeAnnouncements(database)
        let published = try publish("Gym open", in: announcements)
        XCTAssertEqual(try announcements.current(for: julien, now: noon), ["Gym open"])
        // When staff withdraw it at noon
        let withdrawn = try announcements.withdraw(id: published.id, by: "cli:koen", now: noon)
        // Then it is gone at once and later, and it is kept on record with who withdrew it
        XCTAssertEqual(try announcements.current(for: julien, now: noon), [])
        XCTAssertEqual(try announcements.current(for: julien, now: noon + 24 * hour), [])
        XCTAssertEqual(withdrawn.withdrawnAt, noon)
        XCTAssertEqual(withdrawn.withdrawnBy, "cli:koen")
        XCTAssertEqual(try announcements.list(includeWithdrawn: true, now: noon).map(\.announcement), [withdrawn])
    }

    func testWithdrawingTwiceOrAnUnknownIdIsRefused() throws {
        // Given a withdrawn announcement
        let database = try openDatabase()
        let announcements = makeAnnouncements(database)
        let published = try publish("Gym open", in: announcements)
        try announcements.withdraw(id: published.id, by: "cli:koen", now: noon)
        // When it is withdrawn again, or an id that does not exist is withdrawn
        let again = error { try announcements.withdraw(id: published.id, by: "cli:nathalie", now: noon + hour) }
        let unknown = error { try announcements.withdraw(id: 999, by: "cli:nathalie", now: noon) }
        // Then both are refused and the first withdrawal stands
        XCTAssertEqual(again, .alreadyWithdrawn(published.id))
        XCTAssertEqual(unknown, .notFound(999))
        XCTAssertEqual(unknown?.description, "No announcement 999")
        let stored = try announcements.list(includeWithdrawn: true, now: noon + hour)
        XCTAssertEqual(stored.map(\.announcement.withdrawnBy), ["cli:koen"])
        XCTAssertEqual(stored.map(\.announcement.withdrawnAt), [noon])
    }

    func testTheNewestShowFirstAndNoMoreThanFive() throws {
        // Given seven announcements for everyone, started one minute apart, published out of order
        let database = try openDatabase()
        let julien = try createDetainees(database)[0]
        let announcements = makeAnnouncements(database)
        for minute in [3, 0, 6, 1, 5, 2, 4] {
            try publish("Notice \(minute)", in: announcements, startsAt: noon - hour + Double(minute) * 60)
        }
        // When the home screen asks at noon
        let shown = try announcements.current(for: julien, now: noon)
        // Then it gets the five started last, newest first
        XCTAssertEqual(shown, ["Notice 6", "Notice 5", "Notice 4", "Notice 3", "Notice 2"])
    }

    func testTheCapCountsOnlyWhatTheDetaineeMaySee() throws {
        // Given five recent announcements for wing B and an older one for everyone
        let database = try openDatabase()
        let julien = try createDetainees(database)[0]
        let announcements = makeAnnouncements(database)
        try publish("For everyone", in: announcements, startsAt: noon - 2 * hour)
        for index in 1...5 {
            try publish("Wing B \(index)", to: .wing("B"), in: announcements, startsAt: noon - hour + Double(index))
        }
        // When a detainee of wing A asks
        // Then the announcement for everyone is not pushed out by ones they cannot see
        XCTAssertEqual(try announcements.current(for: julien, now: noon), ["For everyone"])
    }

    // MARK: - Listing

    func testTheListGivesEachAnnouncementItsStatus() throws {
        // Given one announcement scheduled, one showing, one ended and one withdrawn at noon
        let database = try openDatabase()
        let announcements = makeAnnouncements(database)
        let scheduled = try publish("Later", in: announcements, startsAt: noon + hour)
        let showing = try publish("Now", in: announcements, startsAt: noon - hour)
        let ended = try publish("Before", in: announcements, startsAt: noon - 2 * hour + 1, endsAt: noon)
        let withdrawn = try publish("Taken down", in: announcements, startsAt: noon - 3 * hour)
        try announcements.withdraw(id: withdrawn.id, by: "cli:koen", now: noon - hour)
        // When staff list them at noon, without and with the withdrawn ones
        let current = try announcements.list(now: noon)
        let all = try announcements.list(includeWithdrawn: true, now: noon)
        // Then each has its status, newest start first, and the withdrawn one only in the full list
        XCTAssertEqual(current.map(\.announcement.id), [scheduled.id, showing.id, ended.id])
        XCTAssertEqual(current.map(\.status), [.scheduled, .showing, .ended])
        XCTAssertEqual(all.map(\.announcement.id), [scheduled.id, showing.id, ended.id, withdrawn.id])
        XCTAssertEqual(all.map(\.status), [.scheduled, .showing, .ended, .withdrawn])
        XCTAssertEqual(all.first?.announcement, scheduled)
    }

    // MARK: - Hostile text

    func testHostileTextIsStoredHarmless() throws {
        // Given text with a screen clear, OSC title and clipboard sequences, a raw CSI, bidi
        // overrides, carriage return and backspace overwrites, a tab and a NUL
        let database = try openDatabase()
        let julien = try createDetainees(database)[0]
        let announcements = makeAnnouncements(database)
        let hostile = "\u{1B}[2JVisit\u{1B}]0;pwned\u{07} \u{1B}]52;c;ZWNobw==\u{07}hours\u{9B}31m \u{202E}evil\u{202C}"
            + "\r\u{08}\u{2066}ok\u{2069}\tnow\u{0}\nSecond line"
        // When it is published
        let published = try publish(hostile, in: announcements)
        // Then what is stored and shown has no escape, control or bidi character, keeps its line
        // break, and reads as plain text
        let shown = try announcements.current(for: julien, now: noon)
        XCTAssertEqual(shown, [published.text])
        let expected = "[2JVisit]0;pwned ]52;c;ZWNobw==hours31m evilok now\nSecond line"
        XCTAssertEqual(published.text, expected)
        let stored = try database.pool.read { db in try String.fetchOne(db, sql: "SELECT text FROM announcement") }
        XCTAssertEqual(stored, expected)
        let forbidden = Array(shown.joined().unicodeScalars).filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
        XCTAssertEqual(forbidden, [Unicode.Scalar]())
    }

    func testARowWrittenByHandIsCleanedWhenRead() throws {
        // Given a row slipped into the table with raw SQL, escape sequence included
        let database = try openDatabase()
        let julien = try createDetainees(database)[0]
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO announcement (text, starts_at, target_kind, target_value, created_at, created_by)
                VALUES (?, ?, 'everyone', '', ?, 'sql')
                """, arguments: ["\u{1B}[2JRaw \u{202E}row", noon - hour, noon - hour])
        }
        // When the home screen asks for it
        // Then it is shown harmless
        XCTAssertEqual(try makeAnnouncements(database).current(for: julien, now: noon), ["[2JRaw row"])
    }

    // MARK: - Validation

    func testInvalidAnnouncementsAreRefusedAndNothingIsWritten() throws {
        // Given an empty database
        let database = try openDatabase()
        let announcements = makeAnnouncements(database)
        let now = noon
        func attempt(
            _ text: String = "Notice", startsAt: Date? = nil, endsAt: Date? = nil, target: Announcement.Target = .everyone,
            by author: String = "cli:nathalie"
        ) -> AnnouncementError? {
            error { try announcements.publish(
                text: text, startsAt: startsAt ?? now, endsAt: endsAt, target: target, by: author, now: now) }
        }
        // When staff publish what breaks a rule
        // Then each is refused with its reason
        XCTAssertEqual(attempt(""), .emptyText)
        XCTAssertEqual(attempt(" \n\t\u{1B}\u{202E} "), .emptyText)
        XCTAssertEqual(attempt(String(repeating: "x", count: 1_001)), .textTooLong(1_001))
        XCTAssertEqual(attempt(String(repeating: "é", count: 10_000_000 / 2)), .textTooLong(100_000))
        XCTAssertEqual(attempt(endsAt: now), .endsBeforeStart)
        XCTAssertEqual(attempt(startsAt: now + hour, endsAt: now + hour - 1), .endsBeforeStart)
        XCTAssertEqual(attempt(startsAt: now - 2 * hour, endsAt: now - hour), .alreadyEnded)
        XCTAssertEqual(attempt(target: .wing("")), .invalidWing(""))
        XCTAssertEqual(attempt(target: .wing("NORTH")), .invalidWing("NORTH"))
        XCTAssertEqual(attempt(target: .wing("A-1")), .invalidWing("A-1"))
        XCTAssertEqual(attempt(target: .wing("É")), .invalidWing("É"))
        XCTAssertEqual(attempt(by: " \u{1B} "), .invalidAuthor)
        XCTAssertEqual(attempt(endsAt: now)?.description, "The end of an announcement must be later than its start")
        // And nothing was stored or audited
        XCTAssertEqual(try announcements.list(includeWithdrawn: true, now: now), [])
        XCTAssertEqual(try auditEvents(database), [])
    }

    func testTheLongestTextAllowedIsAThousandCharacters() throws {
        // Given a text of exactly 1000 characters, the last one a letter with a combining accent
        let database = try openDatabase()
        let text = String(repeating: "x", count: 999) + "e\u{301}"
        // When it is published
        let published = try publish(text, in: makeAnnouncements(database))
        // Then it is accepted, normalised to NFC
        XCTAssertEqual(published.text.count, 1_000)
        XCTAssertEqual(published.text.last, "é")
        XCTAssertEqual(published.text.unicodeScalars.last, "\u{E9}")
    }

    // MARK: - Audit

    func testPublishingAndWithdrawingAreAudited() throws {
        // Given a long announcement for wing B published by cli:nathalie
        let database = try openDatabase()
        let announcements = makeAnnouncements(database)
        let text = "Wing B: the visiting room is closed for works all week; " + String(repeating: "more ", count: 100)
        let published = try announcements.publish(
            text: text, startsAt: noon, endsAt: noon + 24 * hour, target: .wing("B"), by: "cli:nathalie",
            now: noon - hour)
        // When cli:koen withdraws it
        try announcements.withdraw(id: published.id, by: "cli:koen", now: noon + hour)
        // Then both changes are in the audit log with their actor, terminal, subject and dates
        let events = try auditEvents(database).reversed().map { $0 }
        XCTAssertEqual(events.map(\.action), ["announcement.published", "announcement.withdrawn"])
        XCTAssertEqual(events.map(\.actor), ["cli:nathalie", "cli:koen"])
        XCTAssertEqual(events.map(\.terminal), ["admin-cli", "admin-cli"])
        XCTAssertEqual(events.map(\.subject), [String(published.id), String(published.id)])
        XCTAssertEqual(events.map(\.at), [noon - hour, noon + hour])
        let dates = "from 2026-05-28T20:26:40Z until 2026-05-29T20:26:40Z"
        XCTAssertEqual(
            events.first?.detail,
            "target wing B; \(dates); text \"Wing B: the visiting room is closed for…\"")
        XCTAssertTrue(events.last?.detail.hasPrefix("target wing B; \(dates)") ?? false)
        // And no line carries more than a short excerpt of the text
        XCTAssertFalse(events.contains { $0.detail.contains("more more") })
    }

    func testAnAnnouncementIsNotWrittenWhenItsAuditLineFails() throws {
        // Given an audit log that refuses every new line
        let database = try openDatabase()
        try database.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER test_audit_refused BEFORE INSERT ON audit_event
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        let announcements = makeAnnouncements(database)
        // When staff publish an announcement
        let refusal = error { try publish("Unaudited", in: announcements) }
        // Then the publish fails and no announcement is stored: both are one transaction
        guard case .storage = refusal else { return XCTFail("expected a storage error, got \(String(describing: refusal))") }
        XCTAssertEqual(try announcements.list(includeWithdrawn: true, now: noon), [])
    }

    // MARK: - Home summary

    func testTheHomeSummaryCarriesTheDetaineesAnnouncements() throws {
        // Given a Dutch announcement, one for wing B and one for everyone
        let database = try openDatabase()
        let detainees = try createDetainees(database)
        let announcements = makeAnnouncements(database)
        try publish("Iedereen", in: announcements, startsAt: noon - 3 * hour)
        try publish("Nederlands", to: .language(.nl), in: announcements, startsAt: noon - 2 * hour)
        try publish("Wing B", to: .wing("B"), in: announcements, startsAt: noon - hour)
        let accounts = makeRepository(database)
        // When the home screens of Pieter (A, Dutch) and Daniel (B, English) load their summaries
        let pieter = try accounts.homeSummary(detainee: detainees[1].id, now: noon)
        let daniel = try accounts.homeSummary(detainee: detainees[3].id, now: noon)
        // Then each carries what that detainee may see, newest first
        XCTAssertEqual(pieter.announcements, ["Nederlands", "Iedereen"])
        XCTAssertEqual(daniel.announcements, ["Wing B", "Iedereen"])
        // And an unknown detainee gets an empty summary
        XCTAssertEqual(try accounts.homeSummary(detainee: 999, now: noon), .empty)
    }
}
