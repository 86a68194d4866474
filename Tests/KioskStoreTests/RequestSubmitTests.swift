import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Sending requests: what is committed, idempotency keys, open limits and the form's rules.
final class RequestSubmitTests: RequestTestCase {
    func testASentRequestIsCommittedNewToTheServicesDepartment() throws {
        // Given Julien's doctor's request with an optional date
        var draft = Self.doctor("Mal aux dents depuis lundi.\nSurtout la nuit.", key: "k-1", urgency: "urgent")
        draft.answers["since"] = .date("2026-03-02")
        // When he sends it
        let outcome = try requests.submit(draft, detainee: julien.id, at: noon)
        // Then it is sent as new, sent and updated now, nothing unread
        guard case .sent(let summary) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(summary, RequestSummary(id: summary.id, service: "doctor", status: .new, sentAt: noon, updatedAt: noon))
        XCTAssertEqual(try requests.requests(detainee: julien.id), [summary])
        // And it waits in the medical queue with its answers as given
        let thread = try XCTUnwrap(requests.openRequest(id: summary.id, detainee: julien.id, at: noon + 60))
        XCTAssertEqual(thread.department, "medical")
        XCTAssertEqual(thread.answers, draft.answers)
        XCTAssertEqual(thread.messages, [])
        XCTAssertEqual(try requests.queue(RequestQueueFilter(department: "medical"), staff: "sophie", now: noon).map(\.id),
                       [summary.id])
    }

    func testReadyingForASubmissionNeitherWritesNorWaitsForTheWriteLock() throws {
        // Given another connection holding the write lock
        let other = try DatabaseQueue(path: databasePath)
        defer { try? other.close() }
        let before = try count("request"), auditBefore = try audit()
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            // When Julien's session readies the store for a submission
            // Then it is done without the lock
            XCTAssertNoThrow(try requests.prepareToSubmit(detainee: julien.id))
            try db.execute(sql: "ROLLBACK")
        }
        // And nothing was written
        XCTAssertEqual(try count("request"), before)
        XCTAssertEqual(try audit(), auditBefore)
        // And the submission that follows is committed as any other
        guard case .sent = try requests.submit(Self.doctor(key: "after-prepare"), detainee: julien.id, at: noon) else {
            return XCTFail("not sent")
        }
        XCTAssertEqual(try count("request"), before + 1)
    }

    func testTheSameKeyTwiceGivesOneRequestWithTheSameID() throws {
        // Given a request Julien sent, whose confirmation never reached his screen
        let first = try send(Self.doctor("Toothache", key: "retry-key"))
        // When the terminal sends it again under the same key, even with other words
        let again = try requests.submit(Self.doctor("Toothache, worse", key: "retry-key"), detainee: julien.id,
                                        at: noon + 30)
        // Then the answer is the first request, and only one row exists
        XCTAssertEqual(again, .sent(first))
        XCTAssertEqual(try count(RequestSchema.request), 1)
        XCTAssertEqual(try requests.openRequest(id: first.id, detainee: julien.id, at: noon + 60)?.answers["complaint"],
                       .text("Toothache"))
    }

    func testARetryAfterStaffAnsweredReturnsTheRequestAsItStands() throws {
        // Given a request that staff already took
        let first = try send(Self.doctor(key: "k-1"))
        try act(.take, on: first.id, at: noon + 60)
        // When the same draft comes again
        let again = try requests.submit(Self.doctor(key: "k-1"), detainee: julien.id, at: noon + 120)
        // Then it is the same request, in progress, not a limit refusal
        guard case .sent(let summary) = again else { return XCTFail("\(again)") }
        XCTAssertEqual(summary.id, first.id)
        XCTAssertEqual(summary.status, .inProgress)
        XCTAssertEqual(summary.unread, 1)
    }

    func testTheSameKeyFromAnotherDetaineeIsANewRequestOfTheirOwn() throws {
        // Given Julien's request under a key
        let julienS = try send(Self.doctor("Julien's own words", key: "shared-key"))
        // When Anna's terminal sends a request under the same key
        let annaS = try send(Self.book("De Avonden", key: "shared-key"), by: anna)
        // Then she gets a new request of her own, and neither sees the other's
        XCTAssertNotEqual(annaS.id, julienS.id)
        XCTAssertEqual(annaS.service, "book")
        XCTAssertEqual(try requests.requests(detainee: anna.id).map(\.id), [annaS.id])
        XCTAssertEqual(try requests.requests(detainee: julien.id).map(\.id), [julienS.id])
        XCTAssertEqual(try requests.openRequest(id: annaS.id, detainee: anna.id, at: noon)?.answers,
                       ["title": .text("De Avonden")])
    }

    func testTheOpenLimitRefusesASecondRequestUntilTheFirstIsFinished() throws {
        // Given Julien's open doctor's request (the service allows one open at a time)
        let first = try send(Self.doctor(key: "k-1"))
        try act(.take, on: first.id, at: noon + 60)
        // When he sends another
        let second = try requests.submit(Self.doctor(key: "k-2"), detainee: julien.id, at: noon + 120)
        // Then it is refused with the open one's id, and nothing is written
        XCTAssertEqual(second, .limitReached(open: first.id))
        XCTAssertEqual(try count(RequestSchema.request), 1)
        // When the first is closed, the next one goes through
        try act(.setStatus(.closed, reason: "Treated."), on: first.id, at: noon + 180)
        let third = try send(Self.doctor(key: "k-3"), at: noon + 240)
        XCTAssertNotEqual(third.id, first.id)
        // And a retry of the refused key is now a request of its own
        XCTAssertEqual(try requests.submit(Self.doctor(key: "k-3"), detainee: julien.id, at: noon + 300), .sent(third))
    }

    func testTheOpenLimitCountsOnlyThisDetaineesRequestsToThatService() throws {
        // Given Julien's open doctor's request
        try send(Self.doctor(key: "k-1"))
        // When Anna asks for a doctor, and Julien for books (no limit) twice
        let annaS = try requests.submit(Self.doctor(key: "k-1"), detainee: anna.id, at: noon + 60)
        let book1 = try requests.submit(Self.book(key: "b-1"), detainee: julien.id, at: noon + 60)
        let book2 = try requests.submit(Self.book(key: "b-2"), detainee: julien.id, at: noon + 60)
        // Then all three are sent
        for outcome in [annaS, book1, book2] {
            guard case .sent = outcome else { return XCTFail("\(outcome)") }
        }
        XCTAssertEqual(try count(RequestSchema.request), 4)
    }

    func testALimitAboveOneNamesTheLatestOpenRequest() throws {
        // Given two open network meetings (the limit is two)
        let guests: [String: RequestAnswer] = ["guests": .people([InvitedPerson(name: "Marie Lambert", relation: "family")])]
        let first = try send(RequestDraft(key: "n-1", service: "network-meeting", answers: guests))
        let second = try send(RequestDraft(key: "n-2", service: "network-meeting", answers: guests), at: noon + 60)
        // When a third is sent
        let third = try requests.submit(RequestDraft(key: "n-3", service: "network-meeting", answers: guests),
                                        detainee: julien.id, at: noon + 120)
        // Then it is refused naming the latest of them
        XCTAssertNotEqual(first.id, second.id)
        XCTAssertEqual(third, .limitReached(open: second.id))
    }

    func testTwoTerminalsCannotBothPassTheOpenLimit() throws {
        // Given the database opened by two terminals at once
        let other = try openDatabase()
        let terminals = [RequestRepository(database: database), RequestRepository(database: other)]
        // When both send doctor's requests for Julien at the same moment, under different keys
        let outcomes = OutcomeList()
        let (detainee, now) = (julien.id, noon)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let outcome = Result { () throws(StoreFailure) in
                try terminals[index % 2].submit(Self.doctor(key: "race-\(index)"), detainee: detainee, at: now)
            }
            outcomes.append(outcome)
        }
        // Then exactly one is sent and every other one names it
        let sent = outcomes.values.compactMap { outcome -> Int64? in
            if case .success(.sent(let summary)) = outcome { return summary.id }
            return nil
        }
        XCTAssertEqual(sent.count, 1)
        let refused = outcomes.values.filter { $0 == .success(.limitReached(open: sent.first ?? -1)) }
        XCTAssertEqual(refused.count, 7)
        XCTAssertEqual(try count(RequestSchema.request), 1)
    }

    func testAnswersThatBreakTheFormAreRefusedAndNothingIsWritten() throws {
        // Given drafts that break one rule each
        let cases: [(RequestDraft, RequestSubmission)] = [
            (RequestDraft(key: "k-1", service: "doctor", answers: ["urgency": .choice("normal")]), .invalid(field: "complaint")),
            (Self.doctor("   ", key: "k-2"), .invalid(field: "complaint")),
            (Self.doctor(String(repeating: "a", count: 501), key: "k-3"), .invalid(field: "complaint")),
            (Self.doctor("Title \u{1B}[2J cleared", key: "k-4"), .invalid(field: "complaint")),
            (Self.doctor("Pain \u{202E}reversed", key: "k-5"), .invalid(field: "complaint")),
            (Self.doctor(key: "k-6", urgency: "tomorrow"), .invalid(field: "urgency")),
            (RequestDraft(key: "k-7", service: "doctor", answers: [
                "complaint": .text("Pain"), "urgency": .choice("normal"), "since": .date("2026-02-30")]), .invalid(field: "since")),
            (RequestDraft(key: "k-8", service: "doctor", answers: [
                "complaint": .text("Pain"), "urgency": .choice("normal"), "room": .text("A-101")]), .invalid(field: "room")),
            (RequestDraft(key: "k-9", service: "doctor", answers: [
                "complaint": .choice("normal"), "urgency": .choice("normal")]), .invalid(field: "complaint")),
            (RequestDraft(key: "k-10", service: "chaplain", answers: [:]), .unknownService),
            (Self.doctor(key: ""), .invalid(field: "")),
            (Self.doctor(key: String(repeating: "k", count: 129)), .invalid(field: "")),
        ]
        for (draft, expected) in cases {
            // When it is sent
            let outcome = try requests.submit(draft, detainee: julien.id, at: noon)
            // Then it is refused naming the field, and nothing is written
            XCTAssertEqual(outcome, expected, "\(draft)")
        }
        XCTAssertEqual(try count(RequestSchema.request), 0)
        XCTAssertEqual(try requests.requests(detainee: julien.id), [])
    }

    func testASentRequestIsStillThereAfterTheFileIsClosedAndOpenedAgain() throws {
        // Given a request Julien was told is sent
        let sent = try send(Self.doctor("Pain in the knee", key: "k-1"))
        // When the database is closed and the file opened again
        try database.close()
        let reopened = try openDatabase()
        let again = RequestRepository(database: reopened)
        // Then the request is there with its answers, and the file is intact
        XCTAssertEqual(try again.requests(detainee: julien.id), [sent])
        XCTAssertEqual(try again.openRequest(id: sent.id, detainee: julien.id, at: noon)?.answers["complaint"],
                       .text("Pain in the knee"))
        XCTAssertEqual(try reopened.integrityCheck(), ["ok"])
        XCTAssertEqual(try reopened.synchronousLevel(), KioskDatabase.synchronousFull)
    }
}

/// Outcomes collected from several threads.
private final class OutcomeList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Result<RequestSubmission, StoreFailure>] = []

    func append(_ outcome: Result<RequestSubmission, StoreFailure>) {
        lock.lock()
        defer { lock.unlock() }
        list.append(outcome)
    }

    var values: [Result<RequestSubmission, StoreFailure>] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
