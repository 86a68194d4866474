import GRDB
import KioskCore
@testable import KioskStore
import XCTest

final class AccessProfileRepositoryTests: StoreTestCase {
    func testASavedProfileComesBackWithEveryField() throws {
        // Given a profile with every kind of rule
        let database = try openDatabase()
        let repository = AccessProfileRepository(database: database)
        let profile = AccessProfile(name: "evening", sections: [.press, .courses], hours: DailyHours("18:00-21:00"),
                                    dailyMinutes: [.press: 45], jobCategories: ["jobs", "training"], pressSources: ["Le Soir"])
        // When it is saved and read back
        try repository.save(profile, by: "staff:admin", now: Date(timeIntervalSince1970: 1_000))
        // Then it is the same, and the change is in the audit log
        XCTAssertEqual(try repository.profiles(), [profile])
        let audit = try AuditRepository(database: database).events(matching: AuditFilter(actionPrefix: "access-profile."))
        XCTAssertEqual(audit.map(\.action), ["access-profile.saved"])
        XCTAssertEqual(audit.first?.actor, "staff:admin")
    }

    func testLoginCarriesTheDetaineesProfile() throws {
        // Given 1001 with the pre-trial profile and 1002 with none
        let database = try openDatabase()
        let admin = AccountAdmin(database: database, hasher: Self.cheapHasher)
        try admin.createDetainee(number: "1001", pin: Secret("1234"), name: "A", cell: "A-1", language: .fr)
        try admin.createDetainee(number: "1002", pin: Secret("1234"), name: "B", cell: "A-2", language: .fr)
        let profiles = AccessProfileRepository(database: database)
        let preTrial = AccessProfile(name: "pre-trial", sections: [.courses], hours: DailyHours("07:00-22:00"))
        try profiles.save(preTrial, by: "test")
        try profiles.assign("pre-trial", toDetainee: "1001", by: "test")
        // When each logs in, the account carries its profile
        let accounts = AccountRepository(database: database, hasher: Self.cheapHasher)
        guard case .accepted(let first) = try accounts.authenticateDetainee(number: "1001", pin: Secret("1234"), now: Date()),
              case .accepted(let second) = try accounts.authenticateDetainee(number: "1002", pin: Secret("1234"), now: Date())
        else { return XCTFail("both logins should succeed") }
        XCTAssertEqual(first.access, preTrial)
        XCTAssertEqual(second.access, .unrestricted)
        // And removing the profile gives every section back
        try profiles.assign(nil, toDetainee: "1001", by: "test")
        guard case .accepted(let again) = try accounts.authenticateDetainee(number: "1001", pin: Secret("1234"), now: Date()) else {
            return XCTFail("login should succeed")
        }
        XCTAssertEqual(again.access, .unrestricted)
    }

    func testUnknownNamesAndBadNamesAreRefusedAndNothingIsWritten() throws {
        let database = try openDatabase()
        let profiles = AccessProfileRepository(database: database)
        XCTAssertThrowsError(try profiles.save(AccessProfile(name: "Pre Trial"), by: "t")) { error in
            XCTAssertEqual(error as? AccessProfileError, .invalidName)
        }
        XCTAssertThrowsError(try profiles.assign("nope", toDetainee: "1001", by: "t")) { error in
            XCTAssertEqual(error as? AccessProfileError, .unknownProfile("nope"))
        }
        try profiles.save(AccessProfile(name: "x"), by: "t")
        XCTAssertThrowsError(try profiles.assign("x", toDetainee: "4242", by: "t")) { error in
            XCTAssertEqual(error as? AccessProfileError, .unknownDetainee("4242"))
        }
        let audit = try AuditRepository(database: database).events(matching: AuditFilter(actionPrefix: "access-profile.assigned"))
        XCTAssertEqual(audit, [])
    }

    func testTheDemoSeedGivesTheDemoDetaineeThePreTrialProfile() throws {
        let database = try openDatabase()
        try AccountAdmin(database: database, hasher: Self.cheapHasher).seedDemo()
        guard case .accepted(let account) = try AccountRepository(database: database, hasher: Self.cheapHasher)
            .authenticateDetainee(number: "1005", pin: Secret("1234"), now: Date()) else { return XCTFail("1005 should log in") }
        XCTAssertEqual(account.access, DemoAccounts.preTrial)
        XCTAssertFalse(account.access.sections.contains(.press))
    }
}
