import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class DemoAccountsTests: StoreTestCase {
    func testDemoListHasOneDetaineePerLanguageOneAwaitingTrialAndFourStaff() {
        // Given the demo accounts
        // When looking at who is in it
        // Then there is 1001–1004 in fr, nl, de, en, 1005 (French, pre-trial) and admin, officer, medical, social
        XCTAssertEqual(DemoAccounts.detainees.map(\.number), ["1001", "1002", "1003", "1004", "1005"])
        XCTAssertEqual(DemoAccounts.detainees.map(\.language), [.fr, .nl, .de, .en, .fr])
        XCTAssertEqual(DemoAccounts.profiles, ["1005": "pre-trial"])
        XCTAssertTrue(DemoAccounts.detainees.allSatisfy { $0.pin == "1234" })
        XCTAssertEqual(DemoAccounts.staff.map(\.login), ["admin", "officer", "medical", "social"])
        XCTAssertEqual(DemoAccounts.staff.map(\.role), [.admin, .officer, .service, .service])
        XCTAssertEqual(DemoAccounts.staff.map(\.departments), [["direction"], [], ["medical"], ["psychosocial", "social"]])
        XCTAssertTrue(DemoAccounts.staff.allSatisfy { $0.password == "kiosk-demo-2026" })
    }

    func testSeedCreatesEveryoneAndTheyCanLogIn() throws {
        // Given an empty database
        let database = try openDatabase()
        // When the demo is seeded
        let report = try makeAdmin(database).seedDemo(now: Self.noon)
        // Then everyone was created and logs in with the published PIN or password, staff with their departments
        XCTAssertEqual(report.created, ["1001", "1002", "1003", "1004", "1005", "admin", "officer", "medical", "social"])
        XCTAssertEqual(report.skipped, [])
        let repository = makeRepository(database)
        for person in DemoAccounts.detainees {
            let outcome = try repository.authenticateDetainee(number: person.number, pin: Secret(person.pin), now: Self.noon)
            guard case .accepted(let account) = outcome else { return XCTFail("\(person.number): \(outcome)") }
            XCTAssertEqual(account.name, person.name)
            XCTAssertEqual(account.language, person.language)
            XCTAssertEqual(account.cell, person.cell)
        }
        for person in DemoAccounts.staff {
            let outcome = try repository.authenticateStaff(login: person.login, password: Secret(person.password), now: Self.noon)
            guard case .accepted(let account) = outcome else { return XCTFail("\(person.login): \(outcome)") }
            XCTAssertEqual(account.role, person.role)
            XCTAssertEqual(account.departments, person.departments)
        }
    }

    func testSeedIsIdempotentAndLeavesExistingAccountsAlone() throws {
        // Given a seeded demo where 1001 has since chosen Dutch and had a PIN change
        let database = try openDatabase()
        let admin = makeAdmin(database)
        try admin.seedDemo(now: Self.noon)
        let julien = try XCTUnwrap(admin.findDetainee(number: "1001"))
        try makeRepository(database).savePreferences(detainee: julien.account.id, language: .nl, theme: nil)
        try admin.setDetaineePIN(number: "1001", pin: Secret("8642"))
        // When the demo is seeded again
        let report = try admin.seedDemo(now: Self.noon.addingTimeInterval(60))
        // Then nothing is created or changed
        XCTAssertEqual(report.created, [])
        XCTAssertEqual(report.skipped.count, 9)
        XCTAssertEqual(try admin.listDetainees().count, 5)
        XCTAssertEqual(try admin.listStaff().count, 4)
        XCTAssertEqual(try admin.findDetainee(number: "1001")?.account.language, .nl)
        XCTAssertEqual(
            try makeRepository(database).authenticateDetainee(number: "1001", pin: Secret("1234"), now: Self.noon),
            .refused(.wrongCredentials))
    }

    func testSeedFillsInOnlyWhatIsMissing() throws {
        // Given a database where 1003 already exists with other details
        let database = try openDatabase()
        let admin = makeAdmin(database)
        try admin.createDetainee(number: "1003", pin: Secret("9999"), name: "Someone Real", cell: "X-1", language: .fr)
        // When the demo is seeded
        let report = try admin.seedDemo()
        // Then the others are created and 1003 is untouched
        XCTAssertEqual(report.skipped, ["1003"])
        XCTAssertEqual(try admin.findDetainee(number: "1003")?.account.name, "Someone Real")
        XCTAssertEqual(try admin.listDetainees().count, 5)
    }
}
