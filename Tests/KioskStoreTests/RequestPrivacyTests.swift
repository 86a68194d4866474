import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Each detainee sees only their own requests, each department only its queues, no detainee
/// ever reads an internal note, and no audit line holds what was written.
///
/// Every path of both ports is tried against a request that is not the caller's.
final class RequestPrivacyTests: RequestTestCase {
    /// Julien's medical request, answered by Sophie, with an internal note and an assignment.
    private var julienS: RequestSummary!

    override func setUpWithError() throws {
        try super.setUpWithError()
        julienS = try send(Self.doctor("Rash on both arms since the new soap", key: "julien-key"))
        try act(.take, on: julienS.id, at: noon + 60)
        try act(.note("Earlier allergy on record; ask about the soap brand."), on: julienS.id, at: noon + 120)
        try act(.reply("The nurse comes by this afternoon."), on: julienS.id, at: noon + 180)
    }

    override func tearDownWithError() throws {
        julienS = nil
        try super.tearDownWithError()
    }

    /// Everything about Julien's request as the database holds it, to compare before and after.
    private func snapshot() throws -> [[String]] {
        try database.read { db in
            try [RequestSchema.request, RequestSchema.entry, AuditSchema.table].map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id").map(\.description)
            }
        }
    }

    func testAnotherDetaineeCannotReachARequestThroughAnyPath() throws {
        // Given Julien's request, and everything stored so far
        let before = try snapshot()
        // When Anna lists her requests, opens his by id, replies to it
        let list = try requests.requests(detainee: anna.id)
        let opened = try requests.openRequest(id: julienS.id, detainee: anna.id, at: noon + 240)
        let replied = try requests.reply(to: julienS.id, text: "Let me in.", key: "anna-1", detainee: anna.id, at: noon + 240)
        // Then she sees nothing of it, and nothing was written (not even a read mark)
        XCTAssertEqual(list, [])
        XCTAssertNil(opened)
        XCTAssertNil(replied)
        XCTAssertEqual(try snapshot(), before)
        XCTAssertEqual(try summary(julienS.id)?.unread, 2)
        // When she sends a request under his key
        let outcome = try requests.submit(Self.book(key: "julien-key"), detainee: anna.id, at: noon + 300)
        // Then it is a new request of her own, which tells her nothing of his
        guard case .sent(let annaS) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertNotEqual(annaS.id, julienS.id)
        XCTAssertEqual(annaS, RequestSummary(id: annaS.id, service: "book", status: .new, sentAt: noon + 300,
                                             updatedAt: noon + 300))
        XCTAssertEqual(try requests.openRequest(id: annaS.id, detainee: anna.id, at: noon + 360)?.messages, [])
        // And a doctor's request of hers is not held back by his open one
        XCTAssertEqual(try requests.submit(Self.doctor(key: "anna-2"), detainee: anna.id, at: noon + 420).isSent, true)
    }

    func testStaffOfAnotherDepartmentCannotReachARequestThroughAnyPath() throws {
        // Given Julien's medical request, and Els who works social and psychosocial
        let before = try snapshot()
        // When Els asks for the medical queue, the request, and every act on it
        let queue = try requests.queue(RequestQueueFilter(department: "medical", status: .all), staff: "els", now: noon + 240)
        let read = try requests.staffRequest(id: julienS.id, staff: "els")
        let acts: [RequestStaffAct] = [
            .take, .reply("Hello."), .note("Curious."), .forward(to: "social", reason: "Mine now."),
            .setStatus(.closed, reason: "Closing it."),
        ]
        let results = try acts.map { act in
            try requests.act(act, on: julienS.id, by: Self.staff("els", at: noon + 240), staff: "els")
        }
        // Then the queue is empty, the request reads as missing, every act is refused exactly
        // as for a request that does not exist, and nothing was written
        XCTAssertEqual(queue, [])
        XCTAssertNil(read)
        let missing = try requests.act(.take, on: 9_999, by: Self.staff("els", at: noon + 240), staff: "els")
        XCTAssertEqual(missing, .refused("No request 9999 in your departments' queues"))
        XCTAssertEqual(results, Array(repeating: .refused("No request \(julienS.id) in your departments' queues"), count: 5))
        XCTAssertEqual(try snapshot(), before)
    }

    func testStaffWithoutDepartmentsOrWithAnUnknownLoginSeeNothing() throws {
        // Given Koen, in no department, and a login nobody has
        for login in ["koen", "ghost"] {
            // When they ask for the medical queue, the request and an act on it
            let queue = try requests.queue(RequestQueueFilter(department: "medical"), staff: login, now: noon + 240)
            let read = try requests.staffRequest(id: julienS.id, staff: login)
            let result = try requests.act(.note("x"), on: julienS.id, by: Self.staff(login, at: noon + 240), staff: login)
            // Then they see nothing and may do nothing
            XCTAssertEqual(queue, [])
            XCTAssertNil(read)
            XCTAssertEqual(result, .refused("No request \(julienS.id) in your departments' queues"))
        }
    }

    func testInternalNotesAndAssignmentsNeverReachAnyDetaineeRead() throws {
        // Given Julien's request with a note and an assignment, and his reply
        let note = "Earlier allergy on record"
        // When Julien reads his request every way he can
        let opened = try XCTUnwrap(requests.openRequest(id: julienS.id, detainee: julien.id, at: noon + 240))
        let replied = try XCTUnwrap(requests.reply(to: julienS.id, text: "Thank you.", key: "r-1", detainee: julien.id,
                                                   at: noon + 300))
        let again = try requests.submit(Self.doctor(key: "julien-key"), detainee: julien.id, at: noon + 360)
        // Then no note and no assignment is in any of it
        for thread in [opened, replied] {
            XCTAssertTrue(thread.messages.allSatisfy(\.isForDetainee))
            XCTAssertFalse(thread.messages.contains { $0.text.contains(note) })
            XCTAssertFalse(thread.messages.contains { $0.kind == .internalNote || $0.kind == .assigned })
        }
        XCTAssertEqual(opened.messages.map(\.kind), [.statusChanged(from: .new, to: .inProgress), .message])
        XCTAssertFalse(String(describing: again).contains(note))
        // While staff read the note in the same thread
        let staff = try XCTUnwrap(requests.staffRequest(id: julienS.id, staff: "sophie"))
        XCTAssertEqual(staff.thread.messages.map(\.kind), [
            .assigned, .statusChanged(from: .new, to: .inProgress), .internalNote, .message, .message,
        ])
        XCTAssertEqual(staff.thread.messages.last?.author, .detainee)
    }

    func testAuditLinesNeverHoldTheWordsOfMessagesNotesOrReasons() throws {
        // Given a forward and status changes with words of their own, and the thread so far
        let sent = try send(RequestDraft(key: "k-2", service: "housing", answers: ["question": .text("Zorblax shelter?")]))
        try act(.reply("Quixotic answer about Vellum Street."), on: sent.id, by: "els", at: noon + 240)
        try act(.forward(to: "psychosocial", reason: "Gruffalo counsellor knows."), on: sent.id, by: "els", at: noon + 300)
        try act(.setStatus(.declined, reason: "Wombat rules say no."), on: sent.id, by: "els", at: noon + 360)
        // When the whole audit log is exported
        let csv = try AuditRepository(database: database).csv(since: noon - Self.day)
        // Then it names every act, and none of the words written
        XCTAssertEqual(try audit("request.").map(\.action), [
            "request.taken", "request.noted", "request.replied", "request.replied", "request.forwarded", "request.status",
        ])
        for words in ["Rash", "soap", "allergy", "nurse", "Zorblax", "Quixotic", "Vellum", "Gruffalo", "Wombat"] {
            XCTAssertFalse(csv.contains(words), words)
        }
        XCTAssertEqual(try audit("request.").last?.detail, "psychosocial, new -> declined")
    }
}

private extension RequestSubmission {
    var isSent: Bool {
        if case .sent = self { return true }
        return false
    }
}
