import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// The service catalogue and the departments staff work.
final class RequestCatalogueTests: RequestTestCase {
    func testTheImportedCatalogueReadsBackWholeAndIsAudited() throws {
        // Given the catalogue imported by an administrator at set-up
        // When the detainee's screen reads it
        let catalog = try requests.serviceCatalog()
        // Then it is the catalogue as built, languages, limits and fields included
        XCTAssertEqual(catalog, Self.catalog)
        XCTAssertEqual(catalog.departmentName("medical", in: .fr), "Service médical")
        XCTAssertEqual(catalog.service("doctor")?.openLimit, 1)
        // And the import is audited with its counts, never the catalogue's texts
        XCTAssertEqual(try audit("services."), [
            AuditEvent(at: noon, actor: "staff:admin", terminal: "office-1", action: "services.imported",
                       subject: "services", detail: "4 departments, 4 services"),
        ])
    }

    func testAnEmptyDatabaseHasAnEmptyCatalogue() throws {
        // Given a database of its own where nothing was imported
        let other = try KioskDatabase(path: folder.appendingPathComponent("other.sqlite").path)
        defer { try? other.close() }
        // When the catalogue is read
        // Then it is empty
        XCTAssertEqual(try RequestRepository(database: other).serviceCatalog(), .empty)
    }

    func testAnImportReplacesTheWholeCatalogue() throws {
        // Given a later catalogue that drops the library and adds a visits service
        var later = Self.catalog
        later.departments.removeAll { $0.id == "library" }
        later.departments.append(ServiceDepartment(id: "visits", name: LocalizedText("Visits")))
        later.services.removeAll { $0.id == "book" }
        later.services.append(ServiceDefinition(
            id: "visit", department: "visits", title: LocalizedText("Book a visit"), description: LocalizedText("Weekends.")))
        // When it is imported
        let result = try requests.importServiceCatalog(later, by: Self.admin(at: noon + Self.day))
        // Then it replaces the first one, kept in one row
        XCTAssertEqual(result, .done(later))
        XCTAssertEqual(try requests.serviceCatalog(), later)
        XCTAssertNil(try requests.serviceCatalog().service("book"))
        XCTAssertEqual(try count(RequestSchema.catalog), 1)
        XCTAssertEqual(try audit("services.").map(\.at), [noon, noon + Self.day])
    }

    func testACatalogueThatBreaksARuleIsRefusedAndNothingChanges() throws {
        // Given catalogues with an unknown department, a repeated service, a limit of 0, a bad id
        // and a choice without options
        var unknownDepartment = Self.catalog
        unknownDepartment.services[1].department = "chaplaincy"
        var repeated = Self.catalog
        repeated.services.append(repeated.services[0])
        var noLimit = Self.catalog
        noLimit.services[0].openLimit = 0
        var badID = Self.catalog
        badID.departments[0].id = "Medical Service"
        var noOptions = Self.catalog
        noOptions.services[0].fields[1].options = []
        for (catalog, reason) in [
            (unknownDepartment, "Service book names department chaplaincy, which the catalogue does not have"),
            (repeated, "The id doctor is repeated among the services"),
            (noLimit, "The open limit of service doctor must be 1 or more (or none)"),
            (badID, "The id of a department must be 1 to 64 lower-case letters, digits or -"),
            (noOptions, "The field urgency of service doctor has no options"),
        ] {
            // When it is imported
            let result = try requests.importServiceCatalog(catalog, by: Self.admin(at: noon + 60))
            // Then it is refused with the reason, and the catalogue and audit log are as before
            XCTAssertEqual(result, .refused(reason))
        }
        XCTAssertEqual(try requests.serviceCatalog(), Self.catalog)
        XCTAssertEqual(try audit("services.").count, 1)
    }

    func testACatalogueThatWouldStrandOpenRequestsIsRefusedUntilTheyAreFinished() throws {
        // Given an open doctor's request, and a catalogue without the medical department
        let sent = try send(Self.doctor(key: "k-1"))
        var later = Self.catalog
        later.departments.removeAll { $0.id == "medical" }
        later.services.removeAll { $0.department == "medical" }
        // When it is imported
        let refused = try requests.importServiceCatalog(later, by: Self.admin(at: noon + 60))
        // Then it is refused: nobody could join the queue the request waits in
        XCTAssertEqual(refused, .refused(
            "Department medical still has open requests: forward or finish them before removing it"))
        XCTAssertEqual(try requests.serviceCatalog(), Self.catalog)
        // When the request is closed, the same import goes through
        try act(.setStatus(.closed, reason: "Seen by the dentist."), on: sent.id, at: noon + 120)
        XCTAssertEqual(try requests.importServiceCatalog(later, by: Self.admin(at: noon + 180)), .done(later))
        // And the request keeps its service and department
        XCTAssertEqual(try requests.openRequest(id: sent.id, detainee: julien.id, at: noon + 240)?.department, "medical")
    }

    func testSettingDepartmentsReplacesTheListAndStaffLoginsSeeIt() throws {
        // Given Sophie in the medical department
        // When an administrator gives her social and medical, social twice and with spaces
        let result = try requests.setDepartments([" social", "medical", "social"], staff: "sophie",
                                                 by: Self.admin(at: noon + 60))
        // Then her list is both, sorted, for her next login and in the staff list
        XCTAssertEqual(result, .done(["medical", "social"]))
        let login = try makeRepository(database)
            .authenticateStaff(login: "sophie", password: Secret("a-long-test-password"), now: noon + 120)
        guard case .accepted(let account) = login else { return XCTFail("\(login)") }
        XCTAssertEqual(account.departments, ["medical", "social"])
        let staff = try StaffRepository(database: database, hasher: Self.cheapHasher).staffAccounts()
        XCTAssertEqual(staff.map(\.account.login), ["els", "koen", "sophie"])
        XCTAssertEqual(staff.map(\.account.departments), [["psychosocial", "social"], [], ["medical", "social"]])
        XCTAssertEqual(try makeAdmin(database).findStaff(login: "els")?.account.departments, ["psychosocial", "social"])
        // And the change is audited with the new list
        XCTAssertEqual(try audit("staff.departments").last, AuditEvent(
            at: noon + 60, actor: "staff:admin", terminal: "office-1", action: "staff.departments", subject: "sophie",
            detail: "medical, social"))
    }

    func testAnEmptyListTakesEveryQueueAway() throws {
        // Given Sophie in medical, with a request waiting there
        try send(Self.doctor(key: "k-1"))
        // When her departments are set to none
        XCTAssertEqual(try requests.setDepartments([""], staff: "sophie", by: Self.admin(at: noon + 60)), .done([]))
        // Then she sees no medical queue any more
        XCTAssertEqual(try requests.departments(staff: "sophie"), [])
        XCTAssertEqual(try requests.queue(RequestQueueFilter(department: "medical"), staff: "sophie", now: noon + 120), [])
        XCTAssertEqual(try audit("staff.departments").last?.detail, "none")
    }

    func testDepartmentsOutsideTheCatalogueOrAnUnknownLoginAreRefused() throws {
        // Given the audit lines so far
        let before = try audit().count
        // When a department the catalogue lacks, or a login nobody has, is given
        let unknownDepartment = try requests.setDepartments(["medical", "chaplaincy"], staff: "sophie",
                                                            by: Self.admin(at: noon + 60))
        let unknownLogin = try requests.setDepartments(["medical"], staff: "nobody", by: Self.admin(at: noon + 60))
        // Then both are refused, and nothing is written
        XCTAssertEqual(unknownDepartment, .refused("No department chaplaincy in the service catalogue"))
        XCTAssertEqual(unknownLogin, .refused("No staff member has login nobody"))
        XCTAssertEqual(try requests.departments(staff: "sophie"), ["medical"])
        XCTAssertNil(try requests.departments(staff: "nobody"))
        XCTAssertEqual(try audit().count, before)
    }
}
