import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// A department's side: queues, taking, answering, noting, forwarding, changing the status.
final class RequestDeskTests: RequestTestCase {
    func testAQueueShowsTheDepartmentsRequestsOldestFirstWithWhoSentThem() throws {
        // Given Anna's doctor's request, then Julien's, and Julien's book request elsewhere
        let annaS = try send(Self.doctor(key: "k-1"), by: anna, at: noon)
        let julienS = try send(Self.doctor(key: "k-2"), at: noon + 60)
        try send(Self.book(key: "k-3"), at: noon + 30)
        // When Sophie reads the medical queue
        let queue = try requests.queue(RequestQueueFilter(department: "medical"), staff: "sophie", now: noon + 120)
        // Then she sees both doctor's requests, oldest first, with the requester and their wing
        XCTAssertEqual(queue, [
            QueuedRequest(id: annaS.id, service: "doctor", status: .new, sentAt: noon, updatedAt: noon,
                          requester: RequestRequester(number: "1002", name: "Anna Peeters", cell: "B-202", wing: "B")),
            QueuedRequest(id: julienS.id, service: "doctor", status: .new, sentAt: noon + 60, updatedAt: noon + 60,
                          requester: RequestRequester(number: "1001", name: "Julien Lambert", cell: "A-101", wing: "A")),
        ])
    }

    func testAQueueFiltersByStatusAgeWingAndAssignee() throws {
        // Given three medical requests: Julien's, old and taken by Sophie; Anna's, old and
        // closed; Marc's, recent, new and nobody's (his cell written in lower case)
        let marc = try makeAdmin(database).createDetainee(
            number: "1005", pin: Secret("1234"), name: "Marc Lemaire", cell: "a-305", language: .fr, now: noon)
        let old = noon - 10 * Self.day
        let julienOld = try send(Self.doctor(key: "k-1"), at: old)
        let annaOld = try send(Self.doctor(key: "k-1"), by: anna, at: old + 60)
        let marcNew = try send(Self.doctor(key: "k-1"), by: marc, at: noon)
        try act(.take, on: julienOld.id, at: noon)
        try act(.setStatus(.closed, reason: "Done."), on: annaOld.id, at: noon)
        func ids(_ filter: RequestQueueFilter) throws -> [Int64] {
            try requests.queue(filter, staff: "sophie", now: noon + 60).map(\.id)
        }
        // When the queue is filtered, then each filter keeps its requests
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical")), [julienOld.id, marcNew.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .new)), [marcNew.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .inProgress)), [julienOld.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .finished)), [annaOld.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .all)), [julienOld.id, annaOld.id, marcNew.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .all, olderThanDays: 7)),
                       [julienOld.id, annaOld.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .all, olderThanDays: 11)), [])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .all, wing: "a")), [julienOld.id, marcNew.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .all, wing: "B")), [annaOld.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", status: .all, wing: "C")), [])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", assignee: "sophie")), [julienOld.id, marcNew.id])
        XCTAssertEqual(try ids(RequestQueueFilter(department: "medical", assignee: "els")), [marcNew.id])
        // And the assignee is named in the row
        XCTAssertEqual(try requests.queue(RequestQueueFilter(department: "medical"), staff: "sophie", now: noon).first?.assignee,
                       StaffName(login: "sophie", name: "Sophie Martens"))
    }

    func testARequestAwaitsAnAnswerWhileTheDetaineeSpokeLast() throws {
        // Given Julien's request, answered by Sophie
        let sent = try send(Self.doctor(key: "k-1"))
        func awaits() throws -> Bool? {
            try requests.queue(RequestQueueFilter(department: "medical"), staff: "sophie", now: noon).first?.awaitsAnswer
        }
        XCTAssertEqual(try awaits(), false)
        try act(.reply("When did it start?"), on: sent.id, at: noon + 60)
        XCTAssertEqual(try awaits(), false)
        // When Julien replies, it awaits an answer; a note does not answer him; a reply does
        _ = try requests.reply(to: sent.id, text: "Last Monday.", key: "r-1", detainee: julien.id, at: noon + 120)
        XCTAssertEqual(try awaits(), true)
        try act(.note("Probably a wisdom tooth."), on: sent.id, at: noon + 180)
        XCTAssertEqual(try awaits(), true)
        try act(.reply("The dentist comes on Thursday."), on: sent.id, at: noon + 240)
        XCTAssertEqual(try awaits(), false)
    }

    func testTakingARequestAssignsItAndStartsWork() throws {
        // Given a new request
        let sent = try send(Self.doctor(key: "k-1"))
        // When Sophie takes it
        let thread = try act(.take, on: sent.id, at: noon + 60)
        // Then it is hers and in progress, written as an assignment and a status change
        XCTAssertEqual(thread.assignee, StaffName(login: "sophie", name: "Sophie Martens"))
        XCTAssertEqual(thread.thread.summary.status, .inProgress)
        XCTAssertEqual(thread.thread.messages.map(\.kind), [.assigned, .statusChanged(from: .new, to: .inProgress)])
        XCTAssertEqual(thread.requester.number, "1001")
        XCTAssertEqual(try audit("request."), [
            AuditEvent(at: noon + 60, actor: "staff:sophie", terminal: "desk-2", action: "request.taken",
                       subject: "request:\(sent.id)", detail: "medical, assigned to sophie, new -> in-progress"),
        ])
        // When she takes it again, it is refused
        let again = try requests.act(.take, on: sent.id, by: Self.staff("sophie", at: noon + 120), staff: "sophie")
        XCTAssertEqual(again, .refused("Request \(sent.id) is already yours"))
    }

    func testAColleagueCanTakeOverARequestInProgress() throws {
        // Given a request Sophie took, and Paul, a second member of the medical department
        let sent = try send(Self.doctor(key: "k-1"))
        try act(.take, on: sent.id, at: noon + 60)
        try makeAdmin(database).createStaff(login: "paul", password: Secret("a-long-test-password"), name: "Paul Claes",
                                            role: .service, language: .nl)
        XCTAssertEqual(try requests.setDepartments(["medical"], staff: "paul", by: Self.admin(at: noon)), .done(["medical"]))
        // When Paul takes it
        let thread = try act(.take, on: sent.id, by: "paul", at: noon + 120)
        // Then it is his, still in progress, with no second status change
        XCTAssertEqual(thread.assignee, StaffName(login: "paul", name: "Paul Claes"))
        XCTAssertEqual(thread.thread.messages.map(\.kind),
                       [.assigned, .statusChanged(from: .new, to: .inProgress), .assigned])
        XCTAssertEqual(try audit("request.taken").last?.detail, "medical, assigned to paul")
    }

    func testAReplyAndANoteAreWrittenAndAudited() throws {
        // Given a new request
        let sent = try send(Self.doctor(key: "k-1"))
        // When Sophie writes a note, then replies
        try act(.note("Allergic to penicillin."), on: sent.id, at: noon + 60)
        let thread = try act(.reply("The doctor sees you tomorrow."), on: sent.id, at: noon + 120)
        // Then the note stays new, the reply puts the request in progress, and staff read all of it
        XCTAssertEqual(thread.thread.messages.map(\.kind), [.internalNote, .statusChanged(from: .new, to: .inProgress), .message])
        XCTAssertEqual(thread.thread.messages.map(\.text), ["Allergic to penicillin.", "", "The doctor sees you tomorrow."])
        XCTAssertEqual(thread.thread.summary.updatedAt, noon + 120)
        XCTAssertNil(thread.assignee)
        XCTAssertEqual(try audit("request.").map(\.action), ["request.noted", "request.replied"])
        XCTAssertEqual(try audit("request.").map(\.detail), ["medical", "medical, new -> in-progress"])
    }

    func testForwardingMovesTheRequestToTheOtherQueueAsNew() throws {
        // Given a request Sophie took
        let sent = try send(Self.doctor("I cannot sleep.", key: "k-1"))
        try act(.take, on: sent.id, at: noon + 60)
        // When she forwards it to the psychosocial service
        let thread = try act(.forward(to: "psychosocial", reason: "A psychologist should see you."), on: sent.id,
                             at: noon + 120)
        // Then it is new in that queue, nobody has it, and Sophie no longer sees it
        XCTAssertEqual(thread.thread.department, "psychosocial")
        XCTAssertEqual(thread.thread.summary.status, .new)
        XCTAssertNil(thread.assignee)
        XCTAssertEqual(try requests.queue(RequestQueueFilter(department: "psychosocial"), staff: "els", now: noon + 180)
            .map(\.id), [sent.id])
        XCTAssertEqual(try requests.queue(RequestQueueFilter(department: "medical"), staff: "sophie", now: noon + 180), [])
        XCTAssertNil(try requests.staffRequest(id: sent.id, staff: "sophie"))
        // And Julien reads why, and the audit says from where to where
        let seen = try XCTUnwrap(requests.openRequest(id: sent.id, detainee: julien.id, at: noon + 180))
        XCTAssertEqual(seen.messages.last?.kind, .forwarded(from: "medical", to: "psychosocial"))
        XCTAssertEqual(seen.messages.last?.text, "A psychologist should see you.")
        XCTAssertEqual(try audit("request.forwarded").map(\.detail), ["medical -> psychosocial, in-progress -> new"])
        // And Els can take it from there
        XCTAssertEqual(try act(.take, on: sent.id, by: "els", at: noon + 240).thread.summary.status, .inProgress)
    }

    func testForwardingIsRefusedWhereItWouldNotMakeSense() throws {
        // Given an open request and a closed one
        let open = try send(Self.doctor(key: "k-1"))
        let closed = try send(Self.doctor(key: "k-2"), by: anna)
        try act(.setStatus(.closed, reason: "Done."), on: closed.id, at: noon + 60)
        let cases: [(RequestStaffAct, Int64, String)] = [
            (.forward(to: "chaplaincy", reason: "Faith."), open.id, "No department chaplaincy in the service catalogue"),
            (.forward(to: "medical", reason: "Again."), open.id, "Request \(open.id) is already in department medical"),
            (.forward(to: "social", reason: "  "), open.id, "The reason is empty"),
            (.forward(to: "social", reason: "Housing."), closed.id,
             "Request \(closed.id) is closed: reopen it before forwarding it"),
        ]
        let before = try audit().count
        for (act, id, reason) in cases {
            // When it is asked
            let result = try requests.act(act, on: id, by: Self.staff("sophie", at: noon + 120), staff: "sophie")
            // Then it is refused with the reason, and nothing is written
            XCTAssertEqual(result, .refused(reason))
        }
        XCTAssertEqual(try audit().count, before)
        XCTAssertEqual(try requests.staffRequest(id: open.id, staff: "sophie")?.thread.department, "medical")
    }

    func testAStatusChangeNeedsAReasonAndAnotherStatus() throws {
        // Given a request in progress
        let sent = try send(Self.doctor(key: "k-1"))
        try act(.take, on: sent.id, at: noon + 60)
        let entries = try count(RequestSchema.entry)
        // When the status is set without a reason, to what it is, or back to new
        let refusals = try [
            RequestStaffAct.setStatus(.approved, reason: ""), .setStatus(.inProgress, reason: "Still on it."),
            .setStatus(.new, reason: "Start over."), .reply(""), .note(String(repeating: "n", count: 4001)),
            .reply("Clear \u{1B}[2J screen"),
        ].map { act in try requests.act(act, on: sent.id, by: Self.staff("sophie", at: noon + 120), staff: "sophie") }
        // Then each is refused and nothing is written
        XCTAssertEqual(refusals, [
            .refused("The reason is empty"), .refused("Request \(sent.id) is already in-progress"),
            .refused("A request becomes new only when it is sent or forwarded"), .refused("The message is empty"),
            .refused("The note is longer than 4000 characters"), .refused("The message holds characters that are not allowed"),
        ])
        XCTAssertEqual(try count(RequestSchema.entry), entries)
        // When it is approved with a reason, then closed, then reopened
        try act(.setStatus(.approved, reason: "Tuesday 10:00."), on: sent.id, at: noon + 180)
        try act(.setStatus(.closed, reason: "Seen."), on: sent.id, at: noon + 240)
        let reopened = try act(.setStatus(.inProgress, reason: "The pain came back."), on: sent.id, at: noon + 300)
        // Then each change is in the thread with its reason, and audited by status
        XCTAssertEqual(reopened.thread.summary.status, .inProgress)
        XCTAssertEqual(reopened.thread.messages.suffix(3).map(\.kind), [
            .statusChanged(from: .inProgress, to: .approved), .statusChanged(from: .approved, to: .closed),
            .statusChanged(from: .closed, to: .inProgress),
        ])
        XCTAssertEqual(try audit("request.status").map(\.detail), [
            "medical, in-progress -> approved", "medical, approved -> closed", "medical, closed -> in-progress",
        ])
    }
}
