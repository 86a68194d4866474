import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class AccountRepositoryTests: StoreTestCase {
    private let noon = StoreTestCase.noon

    func testRightNumberAndPINLogIn() throws {
        // Given detainee 1001 with PIN 1234
        let database = try openDatabase()
        let julien = try createJulien(database)
        // When they log in with it
        let outcome = try makeRepository(database).authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon)
        // Then they are accepted as themselves
        XCTAssertEqual(outcome, .accepted(julien))
        XCTAssertEqual(julien.name, "Julien Lambert")
        XCTAssertEqual(julien.language, .fr)
    }

    func testWrongPINIsRefusedAndCounted() throws {
        // Given detainee 1001
        let database = try openDatabase()
        try createJulien(database)
        // When someone types a wrong PIN
        let outcome = try makeRepository(database).authenticateDetainee(number: "1001", pin: Secret("4321"), now: noon)
        // Then the login is refused and the failure is in the database
        XCTAssertEqual(outcome, .refused(.wrongCredentials))
        let entry = try XCTUnwrap(makeAdmin(database).findDetainee(number: "1001"))
        XCTAssertEqual(entry.failedAttempts, 1)
        XCTAssertFalse(entry.locked)
    }

    func testUnknownNumberGetsTheSameRefusalAsAWrongPIN() throws {
        // Given a database where number 9999 does not exist
        let database = try openDatabase()
        try createJulien(database)
        let repository = makeRepository(database)
        // When someone tries it, and tries a wrong PIN on an existing number
        let unknown = try repository.authenticateDetainee(number: "9999", pin: Secret("1234"), now: noon)
        let wrong = try repository.authenticateDetainee(number: "1001", pin: Secret("0000"), now: noon)
        // Then both refusals are identical, and malformed numbers get it too
        XCTAssertEqual(unknown, .refused(.wrongCredentials))
        XCTAssertEqual(unknown, wrong)
        XCTAssertEqual(
            try repository.authenticateDetainee(number: "'; DROP TABLE detainee; --", pin: Secret("1234"), now: noon),
            .refused(.wrongCredentials))
    }

    func testUnknownNumberSpendsAKDFRunLikeAKnownOne() throws {
        // Given a hasher costly enough to measure (about 16 MiB per run)
        let database = try openDatabase()
        try createJulien(database)
        let measured = SecretHasher(parameters: .init(logN: 14, blockSize: 8, parallelism: 1))
        try AccountAdmin(database: database, hasher: measured).setDetaineePIN(number: "1001", pin: Secret("1234"))
        let repository = AccountRepository(database: database, hasher: measured, throttle: .standard)
        func time(_ number: String) throws -> TimeInterval {
            let start = Date()
            _ = try repository.authenticateDetainee(number: number, pin: Secret("5678"), now: noon)
            return Date().timeIntervalSince(start)
        }
        // When timing a wrong PIN on a known number and any PIN on an unknown one
        let known = try time("1001")
        let unknown = try time("9999")
        // Then the unknown number is not answered markedly faster
        XCTAssertGreaterThan(unknown, known * 0.5, "known \(known)s, unknown \(unknown)s")
    }

    func testDelaysGrowAfterRepeatedFailures() throws {
        // Given detainee 1001 and the standard throttle (free retry, then 2 s, 4 s, locked at 5)
        let database = try openDatabase()
        try createJulien(database)
        let repository = makeRepository(database)
        let wrong = Secret("9999")
        // When failing once, then again at once
        XCTAssertEqual(try repository.authenticateDetainee(number: "1001", pin: wrong, now: noon), .refused(.wrongCredentials))
        XCTAssertEqual(try repository.authenticateDetainee(number: "1001", pin: wrong, now: noon), .refused(.wrongCredentials))
        // Then the next try within 2 s is refused without being checked, even with the right PIN
        let early = try repository.authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon.addingTimeInterval(1))
        XCTAssertEqual(early, .refused(.tooSoon(until: noon.addingTimeInterval(2))))
        // And the refused early try was not counted
        XCTAssertEqual(try makeAdmin(database).findDetainee(number: "1001")?.failedAttempts, 2)
        // And after a third failure the wait doubles to 4 s
        let third = noon.addingTimeInterval(2)
        XCTAssertEqual(try repository.authenticateDetainee(number: "1001", pin: wrong, now: third), .refused(.wrongCredentials))
        XCTAssertEqual(
            try repository.authenticateDetainee(number: "1001", pin: wrong, now: third.addingTimeInterval(3)),
            .refused(.tooSoon(until: third.addingTimeInterval(4))))
    }

    func testFifthFailureLocksEvenTheRightPIN() throws {
        // Given detainee 1001 with four failures spaced out past each delay
        let database = try openDatabase()
        try createJulien(database)
        let repository = makeRepository(database)
        var now = noon
        for _ in 1...4 {
            XCTAssertEqual(try repository.authenticateDetainee(number: "1001", pin: Secret("0000"), now: now), .refused(.wrongCredentials))
            now.addTimeInterval(60)
        }
        // When the fifth attempt fails
        let fifth = try repository.authenticateDetainee(number: "1001", pin: Secret("0000"), now: now)
        // Then the account is locked, and stays so for the right PIN a day later
        XCTAssertEqual(fifth, .refused(.locked))
        let dayLater = try repository.authenticateDetainee(number: "1001", pin: Secret("1234"), now: now.addingTimeInterval(86_400))
        XCTAssertEqual(dayLater, .refused(.locked))
        let entry = try XCTUnwrap(makeAdmin(database).findDetainee(number: "1001"))
        XCTAssertTrue(entry.locked)
        XCTAssertEqual(entry.failedAttempts, 5, "attempts on a locked account are not checked or counted")
    }

    func testSuccessResetsTheCounter() throws {
        // Given detainee 1001 with one failure
        let database = try openDatabase()
        try createJulien(database)
        let repository = makeRepository(database)
        _ = try repository.authenticateDetainee(number: "1001", pin: Secret("0000"), now: noon)
        // When they then log in correctly
        let outcome = try repository.authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon)
        // Then they are in and the counter is back to zero
        guard case .accepted = outcome else { return XCTFail("expected acceptance, got \(outcome)") }
        let entry = try XCTUnwrap(makeAdmin(database).findDetainee(number: "1001"))
        XCTAssertEqual(entry.failedAttempts, 0)
    }

    func testCountersSurviveClosingAndReopeningTheDatabase() throws {
        // Given two failures recorded, then the kiosk process ends
        let first = try openDatabase()
        try createJulien(first)
        for _ in 1...2 {
            _ = try makeRepository(first).authenticateDetainee(number: "1001", pin: Secret("0000"), now: noon)
        }
        try first.close()
        // When the kiosk restarts and the right PIN is tried one second later
        let second = try openDatabase()
        let outcome = try makeRepository(second).authenticateDetainee(
            number: "1001", pin: Secret("1234"), now: noon.addingTimeInterval(1))
        // Then the restart reset nothing: the wait still applies
        XCTAssertEqual(outcome, .refused(.tooSoon(until: noon.addingTimeInterval(2))))
        XCTAssertEqual(try makeAdmin(second).findDetainee(number: "1001")?.failedAttempts, 2)
    }

    func testLockSurvivesReopening() throws {
        // Given an account locked by a strict throttle, then the database closed
        let first = try openDatabase()
        try createJulien(first)
        let strict = LoginThrottle(lockoutThreshold: 1)
        XCTAssertEqual(
            try makeRepository(first, throttle: strict).authenticateDetainee(number: "1001", pin: Secret("0000"), now: noon),
            .refused(.locked))
        try first.close()
        // When reopened with the standard throttle
        let second = try openDatabase()
        let outcome = try makeRepository(second).authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon)
        // Then it is still locked
        XCTAssertEqual(outcome, .refused(.locked))
    }

    func testPreferencesAreSavedAndReadBack() throws {
        // Given detainee 1001 (French, default theme)
        let database = try openDatabase()
        let julien = try createJulien(database)
        // When they choose Dutch and the high-contrast theme, and later log in again
        try makeRepository(database).savePreferences(detainee: julien.id, language: .nl, theme: "high-contrast")
        try database.close()
        let reopened = try openDatabase()
        let outcome = try makeRepository(reopened).authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon)
        // Then the account comes back with their choice
        var expected = julien
        expected.language = .nl
        expected.theme = "high-contrast"
        XCTAssertEqual(outcome, .accepted(expected))
        XCTAssertEqual(try makeRepository(reopened).detainee(id: julien.id), expected)
    }

    func testClearingTheThemeStoresNil() throws {
        // Given a detainee who had chosen a theme
        let database = try openDatabase()
        let julien = try createJulien(database)
        let repository = makeRepository(database)
        try repository.savePreferences(detainee: julien.id, language: .fr, theme: "dark")
        // When they go back to the default (nil, or an empty name)
        try repository.savePreferences(detainee: julien.id, language: .fr, theme: "")
        // Then no theme is stored
        XCTAssertNil(try repository.detainee(id: julien.id)?.theme)
    }

    func testHomeSummaryWithoutAnnouncementsIsEmpty() throws {
        // Given a detainee and no announcement
        let database = try openDatabase()
        let julien = try createJulien(database)
        // When the home screen asks for its summary
        // Then it is empty (announcements are tested in AnnouncementRepositoryTests)
        XCTAssertEqual(try makeRepository(database).homeSummary(detainee: julien.id, now: noon), .empty)
    }

    func testStaffLogInWithPasswordAndAreThrottledToo() throws {
        // Given officer "koen" with a password
        let database = try openDatabase()
        let koen = try makeAdmin(database).createStaff(
            login: "koen", password: Secret("wing-b-night-shift"), name: "Koen Peeters", role: .officer, language: .nl)
        let repository = makeRepository(database, throttle: LoginThrottle(lockoutThreshold: 2))
        // When he logs in with it, then someone fails twice
        let accepted = try repository.authenticateStaff(login: "koen", password: Secret("wing-b-night-shift"), now: noon)
        let first = try repository.authenticateStaff(login: "koen", password: Secret("guess-guess-guess"), now: noon)
        let second = try repository.authenticateStaff(login: "koen", password: Secret("guess-guess-guess"), now: noon.addingTimeInterval(60))
        // Then he was accepted, the failures were refused, and the second one locked the account
        XCTAssertEqual(accepted, .accepted(koen))
        XCTAssertEqual(koen.role, .officer)
        XCTAssertEqual(first, .refused(.wrongCredentials))
        XCTAssertEqual(second, .refused(.locked))
        XCTAssertEqual(
            try repository.authenticateStaff(login: "nobody", password: Secret("wing-b-night-shift"), now: noon),
            .refused(.wrongCredentials))
    }

    func testLoginUpgradesAHashMadeWithAnOlderCost() throws {
        // Given a detainee whose PIN was hashed at a cost since raised
        let database = try openDatabase()
        try createJulien(database)
        let raised = SecretHasher(parameters: .init(logN: 5, blockSize: 2, parallelism: 1))
        let repository = AccountRepository(database: database, hasher: raised)
        // When they log in
        let outcome = try repository.authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon)
        // Then they are accepted and their hash now carries the raised cost
        guard case .accepted = outcome else { return XCTFail("expected acceptance, got \(outcome)") }
        let stored = try database.read { db in try DetaineeRecord.find(number: "1001", in: db)?.pinHash }
        XCTAssertTrue(stored?.hasPrefix("$scrypt$ln=5,r=2,p=1$") ?? false)
        XCTAssertEqual(
            try repository.authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon), outcome)
    }

    func testCorrectLoginWorksOnAReadOnlyDatabaseWhenNothingNeedsWriting() throws {
        // Given detainee 1001 with no failures, and a writer that refuses writes
        let database = try openDatabase()
        try createJulien(database)
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        let repository = makeRepository(database)
        // When they log in correctly, then someone types a wrong PIN
        let outcome = try repository.authenticateDetainee(number: "1001", pin: Secret("1234"), now: noon)
        // Then the correct login succeeds and the failure cannot be counted, so it is reported
        guard case .accepted = outcome else { return XCTFail("expected acceptance, got \(outcome)") }
        XCTAssertThrowsError(try repository.authenticateDetainee(number: "1001", pin: Secret("0000"), now: noon)) {
            XCTAssertEqual($0 as? StoreFailure, .notWritable)
        }
        try database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }
    }
}
