import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Base class for request tests: a real database with a small service catalogue built in code,
/// detainees Julien (1001, cell A-101) and Anna (1002, cell B-202), and three members of staff:
/// Sophie (`sophie`, department medical), Els (`els`, departments social and psychosocial) and
/// Koen (`koen`, an officer in no department).
class RequestTestCase: StoreTestCase {
    static let minute: TimeInterval = 60
    static let day: TimeInterval = 86_400

    var noon: Date { Self.noon }

    private(set) var database: KioskDatabase!
    private(set) var requests: RequestRepository!
    private(set) var julien: DetaineeAccount!
    private(set) var anna: DetaineeAccount!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try openDatabase()
        requests = RequestRepository(database: database)
        julien = try createJulien(database)
        anna = try makeAdmin(database).createDetainee(
            number: "1002", pin: Secret("1234"), name: "Anna Peeters", cell: "B-202", language: .nl, now: noon)
        let admin = makeAdmin(database)
        for (login, name, role) in [("sophie", "Sophie Martens", StaffRole.service), ("els", "Els Wouters", .service),
                                    ("koen", "Koen Peeters", .officer)] {
            try admin.createStaff(login: login, password: Secret("a-long-test-password"), name: name, role: role,
                                  language: .fr, now: noon)
        }
        XCTAssertEqual(try requests.importServiceCatalog(Self.catalog, by: Self.admin(at: noon)), .done(Self.catalog))
        XCTAssertEqual(try requests.setDepartments(["medical"], staff: "sophie", by: Self.admin(at: noon)), .done(["medical"]))
        XCTAssertEqual(try requests.setDepartments(["social", "psychosocial"], staff: "els", by: Self.admin(at: noon)),
                       .done(["psychosocial", "social"]))
    }

    override func tearDownWithError() throws {
        database = nil
        requests = nil
        julien = nil
        anna = nil
        try super.tearDownWithError()
    }

    // MARK: - Catalogue

    static let catalog = ServiceCatalog(
        departments: [
            ServiceDepartment(id: "medical", name: LocalizedText([.en: "Medical service", .fr: "Service médical"])),
            ServiceDepartment(id: "social", name: LocalizedText("Social service")),
            ServiceDepartment(id: "psychosocial", name: LocalizedText("Psychosocial service")),
            ServiceDepartment(id: "library", name: LocalizedText("Library")),
        ],
        services: [
            ServiceDefinition(
                id: "doctor", department: "medical", title: LocalizedText("See a doctor"),
                description: LocalizedText("A nurse reads every request the same day."), openLimit: 1,
                fields: [
                    ServiceField(id: "complaint", kind: .text, label: LocalizedText("What is wrong?"), maxLength: 500),
                    ServiceField(id: "urgency", kind: .choice, label: LocalizedText("How urgent?"),
                                 options: [ServiceOption(id: "normal", label: LocalizedText("Normal")),
                                           ServiceOption(id: "urgent", label: LocalizedText("Urgent"))]),
                    ServiceField(id: "since", kind: .date, label: LocalizedText("Since when?"), isRequired: false),
                ]),
            ServiceDefinition(
                id: "book", department: "library", title: LocalizedText("Borrow a book"),
                description: LocalizedText("Books come on Thursdays."),
                fields: [ServiceField(id: "title", kind: .text, label: LocalizedText("Title"), maxLength: 200)]),
            ServiceDefinition(
                id: "network-meeting", department: "psychosocial", title: LocalizedText("Network meeting"),
                description: LocalizedText("Meet the people who will help you outside."), openLimit: 2,
                fields: [
                    ServiceField(id: "guests", kind: .people, label: LocalizedText("Who?"), maxLength: 4,
                                 relations: [ServiceOption(id: "family", label: LocalizedText("Family")),
                                             ServiceOption(id: "friend", label: LocalizedText("Friend"))]),
                ]),
            ServiceDefinition(
                id: "housing", department: "social", title: LocalizedText("Housing after release"),
                description: LocalizedText("Help finding a place to live."),
                fields: [ServiceField(id: "question", kind: .text, label: LocalizedText("Your question"))]),
        ])

    // MARK: - Helpers

    /// An administrator at the office terminal, at `at`.
    static func admin(at: Date) -> ChangeAuthor {
        ChangeAuthor(actor: "staff:admin", terminal: "office-1", at: at)
    }

    /// Member of staff `login` at the medical desk terminal, at `at`.
    static func staff(_ login: String, at: Date) -> ChangeAuthor {
        ChangeAuthor(actor: "staff:\(login)", terminal: "desk-2", at: at)
    }

    /// A doctor's request saying `complaint`.
    static func doctor(_ complaint: String = "Toothache on the left side", key: String, urgency: String = "normal")
        -> RequestDraft {
        RequestDraft(key: key, service: "doctor", answers: ["complaint": .text(complaint), "urgency": .choice(urgency)])
    }

    /// A library request for `title`.
    static func book(_ title: String = "Het Achterhuis", key: String) -> RequestDraft {
        RequestDraft(key: key, service: "book", answers: ["title": .text(title)])
    }

    /// Sends `draft` for `detainee` (Julien by default) at `at` and returns the request sent.
    @discardableResult
    func send(_ draft: RequestDraft, by detainee: DetaineeAccount? = nil, at: Date? = nil,
              file: StaticString = #filePath, line: UInt = #line) throws -> RequestSummary {
        let outcome = try requests.submit(draft, detainee: (detainee ?? julien).id, at: at ?? noon)
        guard case .sent(let summary) = outcome else {
            XCTFail("expected the request to be sent, got \(outcome)", file: file, line: line)
            throw UnexpectedOutcome()
        }
        return summary
    }

    /// Applies `act` by `login` at `at` and returns the fresh thread, failing on a refusal.
    @discardableResult
    func act(_ act: RequestStaffAct, on id: Int64, by login: String = "sophie", at: Date,
             file: StaticString = #filePath, line: UInt = #line) throws -> StaffRequestThread {
        let result = try requests.act(act, on: id, by: Self.staff(login, at: at), staff: login)
        guard case .done(let thread) = result else {
            XCTFail("expected the act to be done, got \(result)", file: file, line: line)
            throw UnexpectedOutcome()
        }
        return thread
    }

    /// How many rows `table` has.
    func count(_ table: String) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    /// The audit lines whose action starts with `prefix`, oldest first.
    func audit(_ prefix: String = "") throws -> [AuditEvent] {
        let filter = AuditFilter(actionPrefix: prefix.isEmpty ? nil : prefix, limit: 10_000)
        return try AuditRepository(database: database).events(matching: filter).reversed()
    }

    /// The detainee's request as their list shows it.
    func summary(_ id: Int64, of detainee: DetaineeAccount? = nil) throws -> RequestSummary? {
        try requests.requests(detainee: (detainee ?? julien).id).first { $0.id == id }
    }
}

/// Stops a test whose helper already reported what it got instead.
struct UnexpectedOutcome: Error {}
