import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class AccountAdminTests: StoreTestCase {
    func testCreatedDetaineeCanBeFoundByNumber() throws {
        // Given an empty database
        let database = try openDatabase()
        let admin = makeAdmin(database)
        // When an admin creates detainee 1002
        let created = try admin.createDetainee(
            number: "1002", pin: Secret("5678"), name: "Pieter Janssens", cell: "A-102", language: .nl,
            now: Self.noon)
        // Then finding 1002 gives the same account, unlocked, no failures
        let entry = try XCTUnwrap(admin.findDetainee(number: "1002"))
        XCTAssertEqual(entry.account, created)
        XCTAssertEqual(entry.account.cell, "A-102")
        XCTAssertNil(entry.account.theme)
        XCTAssertEqual(entry.failedAttempts, 0)
        XCTAssertFalse(entry.locked)
        XCTAssertEqual(entry.createdAt, Self.noon)
        XCTAssertNil(try admin.findDetainee(number: "1003"))
    }

    func testNamesAndCellsAreSanitisedOnTheWayIn() throws {
        // Given a name carrying a terminal escape and a bidi override
        let database = try openDatabase()
        // When the detainee is created
        let created = try makeAdmin(database).createDetainee(
            number: "1005", pin: Secret("1234"), name: "  Ma\u{1B}[2Jrc \u{202E}Dupont ", cell: "C-3\u{07}01",
            language: .fr)
        // Then only harmless text is stored
        XCTAssertEqual(created.name, "Ma[2Jrc Dupont")
        XCTAssertEqual(created.cell, "C-301")
    }

    func testInvalidValuesAreRefusedWithAMessageNamingTheField() throws {
        // Given an admin
        let admin = makeAdmin(try openDatabase())
        func refusal(number: String = "1001", pin: String = "1234", name: String = "Julien", cell: String = "A-1") -> AdminError? {
            do {
                try admin.createDetainee(number: number, pin: Secret(pin), name: name, cell: cell, language: .fr)
                return nil
            } catch { return error }
        }
        // When values break the rules
        // Then each is refused with a message for the person typing
        XCTAssertEqual(refusal(pin: "123")?.description, "PIN must be 4 to 8 digits")
        XCTAssertEqual(refusal(pin: "123456789")?.description, "PIN must be 4 to 8 digits")
        XCTAssertEqual(refusal(pin: "12a4")?.field, .pin)
        XCTAssertEqual(refusal(number: "")?.description, "Number must be 1 to 12 digits")
        XCTAssertEqual(refusal(number: "1234567890123")?.field, .number)
        XCTAssertEqual(refusal(number: "10-01")?.field, .number)
        XCTAssertEqual(refusal(name: " \u{1B}\u{7F} ")?.description, "Name must not be empty")
        XCTAssertEqual(refusal(cell: String(repeating: "A", count: 33))?.field, .cell)
        // And nothing was written
        XCTAssertEqual(try admin.listDetainees(), [])
    }

    func testRefusalMessagesNeverRepeatTheSecret() throws {
        // Given a PIN that is too long and a password that is too short
        let admin = makeAdmin(try openDatabase())
        // When they are refused
        var messages: [String] = []
        do { try admin.createDetainee(number: "1", pin: Secret("987654321"), name: "X", cell: "", language: .fr) } catch {
            messages.append(error.description)
        }
        do { try admin.createStaff(login: "ab", password: Secret("short-pw"), name: "X", role: .officer, language: .fr) } catch {
            messages.append(error.description)
        }
        // Then no message contains them
        XCTAssertEqual(messages.count, 2)
        XCTAssertFalse(messages.contains { $0.contains("987654321") || $0.contains("short-pw") })
    }

    func testDuplicateNumberIsAClearError() throws {
        // Given detainee 1001
        let database = try openDatabase()
        try createJulien(database)
        // When another detainee is created with number 1001
        // Then the admin is told in words, not with an SQLite message
        XCTAssertThrowsError(try makeAdmin(database).createDetainee(
            number: "1001", pin: Secret("5555"), name: "Someone Else", cell: "Z-9", language: .en)
        ) { error in
            XCTAssertEqual(error as? AdminError, .duplicateNumber("1001"))
            XCTAssertEqual((error as? AdminError)?.description, "A detainee with number 1001 already exists")
        }
        XCTAssertEqual(try makeAdmin(database).findDetainee(number: "1001")?.account.name, "Julien Lambert")
    }

    func testSettingAPINUnlocksAndResetsFailures() throws {
        // Given detainee 1001, locked after five failures
        let database = try openDatabase()
        try createJulien(database)
        let repository = makeRepository(database, throttle: LoginThrottle(lockoutThreshold: 1))
        XCTAssertEqual(try repository.authenticateDetainee(number: "1001", pin: Secret("0000"), now: Self.noon), .refused(.locked))
        // When staff set a new PIN
        try makeAdmin(database).setDetaineePIN(number: "1001", pin: Secret("246810"))
        // Then the account is unlocked with no failures, the new PIN works and the old one does not
        let entry = try XCTUnwrap(makeAdmin(database).findDetainee(number: "1001"))
        XCTAssertFalse(entry.locked)
        XCTAssertEqual(entry.failedAttempts, 0)
        let standard = makeRepository(database)
        XCTAssertEqual(try standard.authenticateDetainee(number: "1001", pin: Secret("1234"), now: Self.noon), .refused(.wrongCredentials))
        guard case .accepted = try standard.authenticateDetainee(number: "1001", pin: Secret("246810"), now: Self.noon) else {
            return XCTFail("the new PIN should log in")
        }
    }

    func testUnlockKeepsThePIN() throws {
        // Given detainee 1001, locked
        let database = try openDatabase()
        try createJulien(database)
        _ = try makeRepository(database, throttle: LoginThrottle(lockoutThreshold: 1))
            .authenticateDetainee(number: "1001", pin: Secret("0000"), now: Self.noon)
        // When staff unlock them
        try makeAdmin(database).unlockDetainee(number: "1001")
        // Then the old PIN logs in again
        guard case .accepted = try makeRepository(database).authenticateDetainee(number: "1001", pin: Secret("1234"), now: Self.noon) else {
            return XCTFail("unlocked account should log in")
        }
    }

    func testChangingAnUnknownDetaineeSaysSo() throws {
        // Given an empty database
        let admin = makeAdmin(try openDatabase())
        // When staff set a PIN for or unlock number 4242
        // Then they are told no such detainee exists
        XCTAssertThrowsError(try admin.setDetaineePIN(number: "4242", pin: Secret("1234"))) {
            XCTAssertEqual($0 as? AdminError, .detaineeNotFound("4242"))
        }
        XCTAssertThrowsError(try admin.unlockDetainee(number: "4242")) {
            XCTAssertEqual(($0 as? AdminError)?.description, "No detainee has number 4242")
        }
    }

    func testListsAreOrderedByNumberAndLogin() throws {
        // Given detainees and staff created out of order
        let admin = makeAdmin(try openDatabase())
        for number in ["1003", "1001", "1002"] {
            try admin.createDetainee(number: number, pin: Secret("1234"), name: "Person \(number)", cell: "", language: .en)
        }
        for login in ["officer", "admin"] {
            try admin.createStaff(login: login, password: Secret("long-enough-1"), name: login, role: .officer, language: .fr)
        }
        // When listing them
        // Then they come in order
        XCTAssertEqual(try admin.listDetainees().map(\.account.number), ["1001", "1002", "1003"])
        XCTAssertEqual(try admin.listStaff().map(\.account.login), ["admin", "officer"])
    }

    func testSamePINForTwoDetaineesGetsDifferentSalts() throws {
        // Given two detainees who both chose 1234
        let database = try openDatabase()
        let admin = makeAdmin(database)
        try admin.createDetainee(number: "1", pin: Secret("1234"), name: "A", cell: "", language: .fr)
        try admin.createDetainee(number: "2", pin: Secret("1234"), name: "B", cell: "", language: .fr)
        // When reading what is stored
        let hashes = try database.read { db in try String.fetchAll(db, sql: "SELECT pin_hash FROM detainee ORDER BY number") }
        let parsed = hashes.compactMap(SecretHash.init(encoded:))
        // Then the salts (and so the hashes) differ and the PIN itself is nowhere
        XCTAssertEqual(parsed.count, 2)
        XCTAssertNotEqual(parsed[0].salt, parsed[1].salt)
        XCTAssertNotEqual(hashes[0], hashes[1])
        XCTAssertFalse(hashes.contains { $0.contains("1234") && !$0.hasPrefix("$scrypt") })
    }

    func testStaffCreationValidatesAndRefusesDuplicates() throws {
        // Given staff member "admin"
        let database = try openDatabase()
        let admin = makeAdmin(database)
        try admin.createStaff(login: "admin", password: Secret("long-enough-1"), name: "Nathalie", role: .admin, language: .fr)
        // When creating bad or duplicate staff
        // Then each gets a clear error
        XCTAssertThrowsError(try admin.createStaff(login: "admin", password: Secret("long-enough-2"), name: "N", role: .officer, language: .fr)) {
            XCTAssertEqual(($0 as? AdminError)?.description, "A staff member with login admin already exists")
        }
        XCTAssertThrowsError(try admin.createStaff(login: "Admin2", password: Secret("long-enough-2"), name: "N", role: .officer, language: .fr)) {
            XCTAssertEqual(($0 as? AdminError)?.field, .login)
        }
        XCTAssertThrowsError(try admin.createStaff(login: "x", password: Secret("long-enough-2"), name: "N", role: .officer, language: .fr)) {
            XCTAssertEqual(($0 as? AdminError)?.field, .login)
        }
        XCTAssertThrowsError(try admin.createStaff(login: "koen", password: Secret("123456789"), name: "N", role: .officer, language: .fr)) {
            XCTAssertEqual(($0 as? AdminError)?.description, "Password must be at least 10 characters")
        }
        XCTAssertEqual(try admin.listStaff().count, 1)
    }

    func testStaffPasswordResetAndUnlock() throws {
        // Given staff "koen", locked after a failure under a strict throttle
        let database = try openDatabase()
        let admin = makeAdmin(database)
        try admin.createStaff(login: "koen", password: Secret("first-password"), name: "Koen", role: .officer, language: .nl)
        let strict = makeRepository(database, throttle: LoginThrottle(lockoutThreshold: 1))
        XCTAssertEqual(try strict.authenticateStaff(login: "koen", password: Secret("wrong-password"), now: Self.noon), .refused(.locked))
        XCTAssertEqual(try admin.findStaff(login: "koen")?.locked, true)
        // When an admin unlocks him, and later sets a new password
        try admin.unlockStaff(login: "koen")
        let afterUnlock = try makeRepository(database).authenticateStaff(login: "koen", password: Secret("first-password"), now: Self.noon)
        try admin.setStaffPassword(login: "koen", password: Secret("second-password"))
        // Then the old password worked after unlocking, and only the new one works now
        guard case .accepted = afterUnlock else { return XCTFail("unlocked staff should log in") }
        let repository = makeRepository(database)
        XCTAssertEqual(try repository.authenticateStaff(login: "koen", password: Secret("first-password"), now: Self.noon), .refused(.wrongCredentials))
        guard case .accepted = try repository.authenticateStaff(login: "koen", password: Secret("second-password"), now: Self.noon) else {
            return XCTFail("new password should log in")
        }
        XCTAssertThrowsError(try admin.unlockStaff(login: "nobody")) {
            XCTAssertEqual($0 as? AdminError, .staffNotFound("nobody"))
        }
    }
}
