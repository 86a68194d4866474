@testable import KioskCore
import XCTest

final class RequestDeskFeatureTests: XCTestCase {
    private let filter = RequestQueueFilter(department: "coordination")
    private let requester = RequestRequester(number: "1001", name: "Jean Peeters", cell: "A-101", wing: "A")

    private var queued: QueuedRequest {
        QueuedRequest(id: 12, service: "medical", status: .new, sentAt: .morning, updatedAt: .morning, requester: requester)
    }

    private var staffThread: StaffRequestThread {
        StaffRequestThread(thread: .medical, requester: requester)
    }

    func testTheMenuOpensTheQueueOfTheFirstDepartment() {
        // Given a nurse of two departments on the supervisor menu (service staff: Requests first)
        var store = TestStore(.staffLoggedIn())
        // When 1 is typed
        store.send(.keyPressed(.character("1")), effects: [.loadRequestQueue(filter, staff: "medical")]) {
            $0.stack.append(.requestQueue(RequestQueueState(departments: ["coordination", "medical"])))
        }
        // Then the queue arrives; an answer for another filter is dropped
        store.send(.requestQueueLoaded(RequestQueueFilter(department: "medical"), .sample, [queued]))
        store.send(.requestQueueLoaded(filter, .sample, [queued])) {
            var queue = RequestQueueState(departments: ["coordination", "medical"])
            queue.catalog = .sample
            queue.items = [self.queued]
            $0.route = .requestQueue(queue)
        }
    }

    func testAnOfficerSeesRequestsOnlyWhenInADepartment() {
        let officer = StaffAccount(id: 4, login: "officer", name: "Koen", role: .officer, language: .nl)
        XCTAssertFalse(SupervisorHomeState.items(for: officer).contains(.requests))
        var visits = officer
        visits.departments = ["visits"]
        XCTAssertEqual(SupervisorHomeState.items(for: visits), [.detainees, .requests, .announcements, .courses, .logout])
    }

    func testAMemberOfNoDepartmentLoadsNothing() {
        var lone = StaffAccount.nurse
        lone.departments = []
        var store = TestStore(.staffLoggedIn(lone))
        store.send(.keyPressed(.character("1"))) {
            $0.stack.append(.requestQueue(RequestQueueState(departments: [])))
        }
    }

    /// The nurse on the coordination queue, loaded with request 12.
    private func onQueue() -> TestStore {
        var state = AppState.staffLoggedIn()
        var queue = RequestQueueState(departments: ["coordination", "medical"])
        queue.catalog = .sample
        queue.items = [queued]
        state.stack.append(.requestQueue(queue))
        return TestStore(state)
    }

    func testEachFilterKeyChangesTheFilterAndLoadsAgain() {
        var store = onQueue()
        var expected = filter
        expected.department = "medical"
        XCTAssertEqual(reduce(&store.state, .keyPressed(.character("d"))), [.loadRequestQueue(expected, staff: "medical")])
        expected.status = .new
        XCTAssertEqual(reduce(&store.state, .keyPressed(.character("s"))), [.loadRequestQueue(expected, staff: "medical")])
        expected.olderThanDays = 2
        XCTAssertEqual(reduce(&store.state, .keyPressed(.character("a"))), [.loadRequestQueue(expected, staff: "medical")])
        expected.assignee = "medical"
        XCTAssertEqual(reduce(&store.state, .keyPressed(.character("m"))), [.loadRequestQueue(expected, staff: "medical")])
        // W opens the wing line; letters and digits only, up to four, upper-cased on Enter
        XCTAssertEqual(reduce(&store.state, .keyPressed(.character("w"))), [])
        for character in "b-2" { _ = reduce(&store.state, .keyPressed(.character(character))) }
        expected.wing = "B2"
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [.loadRequestQueue(expected, staff: "medical")])
        guard case .requestQueue(let queue) = store.state.route else { return XCTFail("left the queue") }
        XCTAssertNil(queue.items, "the list waits for the new filter")
        XCTAssertNil(queue.wingDraft)
    }

    func testOpeningARequestLoadsItForThisMember() {
        var store = onQueue()
        store.send(.keyPressed(.enter), effects: [.loadStaffRequest(id: 12, staff: "medical")]) {
            $0.stack.append(.staffRequest(StaffRequestState(id: 12, catalog: .sample)))
        }
        store.send(.staffRequestLoaded(staffThread)) {
            $0.route = .staffRequest(StaffRequestState(id: 12, catalog: .sample, request: self.staffThread))
        }
        // Leaving loads the queue again
        store.send(.keyPressed(.escape), effects: [.loadRequestQueue(filter, staff: "medical")]) {
            $0.stack.removeLast()
            var queue = RequestQueueState(departments: ["coordination", "medical"])
            queue.catalog = .sample
            $0.route = .requestQueue(queue)
        }
    }

    /// The nurse on request 12.
    private func onRequest() -> TestStore {
        var store = onQueue()
        store.state.stack.append(.staffRequest(StaffRequestState(id: 12, catalog: .sample, request: staffThread)))
        return store
    }

    private func page(_ store: TestStore) -> StaffRequestState? {
        guard case .staffRequest(let page) = store.state.route else { return nil }
        return page
    }

    func testTakeIsSentAtOnceWithItsAuthor() {
        var store = onRequest()
        let author = store.state.changeAuthor
        store.send(.keyPressed(.character("t")), effects: [.actOnRequest(.take, id: 12, staff: "medical", by: author)])
    }

    func testAReplyIsWrittenThenSentAndTheFreshRequestShown() {
        var store = onRequest()
        _ = reduce(&store.state, .keyPressed(.character("r")))
        XCTAssertEqual(page(store)?.composer?.kind, .reply)
        XCTAssertEqual(page(store)?.composer?.focus, .text)
        for character in "See you" { _ = reduce(&store.state, .keyPressed(.character(character))) }
        _ = reduce(&store.state, .keyPressed(.tab))
        let author = store.state.changeAuthor
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)),
                       [.actOnRequest(.reply("See you"), id: 12, staff: "medical", by: author)])
        XCTAssertEqual(page(store)?.composer?.isSending, true)
        var fresh = staffThread
        fresh.thread.summary.status = .inProgress
        _ = reduce(&store.state, .requestActed(id: 12, .done(fresh)))
        XCTAssertEqual(page(store)?.request, fresh)
        XCTAssertNil(page(store)?.composer)
        XCTAssertEqual(page(store)?.outcome, .saved)
    }

    func testAnEmptyTextIsNotSentAndSaysWhy() {
        var store = onRequest()
        _ = reduce(&store.state, .keyPressed(.character("n")))
        _ = reduce(&store.state, .keyPressed(.tab))
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [])
        XCTAssertEqual(page(store)?.outcome, .invalid(.requestActTextMissing))
        XCTAssertEqual(page(store)?.composer?.focus, .text)
    }

    func testForwardPicksAnotherDepartmentAndThenReloads() {
        var store = onRequest()
        _ = reduce(&store.state, .keyPressed(.character("f")))
        // The medical department (the request's own) is not offered
        XCTAssertEqual(page(store)?.composer?.departments, ["coordination", "canteen"])
        _ = reduce(&store.state, .keyPressed(.right))
        _ = reduce(&store.state, .keyPressed(.tab))
        for character in "Orders" { _ = reduce(&store.state, .keyPressed(.character(character))) }
        _ = reduce(&store.state, .keyPressed(.tab))
        let author = store.state.changeAuthor
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)),
                       [.actOnRequest(.forward(to: "canteen", reason: "Orders"), id: 12, staff: "medical", by: author)])
        // Once done, the request is loaded again: it may have left the member's queues
        XCTAssertEqual(reduce(&store.state, .requestActed(id: 12, .done(staffThread))), [.loadStaffRequest(id: 12, staff: "medical")])
        _ = reduce(&store.state, .staffRequestMissing(id: 12))
        XCTAssertEqual(page(store)?.isMissing, true)
    }

    func testCloseProposesClosedAndNeedsAReason() {
        var store = onRequest()
        _ = reduce(&store.state, .keyPressed(.character("c")))
        XCTAssertEqual(page(store)?.composer?.status, .closed)
        XCTAssertEqual(page(store)?.composer?.focus, .text)
        for character in "Done" { _ = reduce(&store.state, .keyPressed(.character(character))) }
        _ = reduce(&store.state, .keyPressed(.tab))
        let author = store.state.changeAuthor
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)),
                       [.actOnRequest(.setStatus(.closed, reason: "Done"), id: 12, staff: "medical", by: author)])
    }

    func testStatusChoiceCyclesWithoutNew() {
        var store = onRequest()
        _ = reduce(&store.state, .keyPressed(.character("s")))
        XCTAssertEqual(page(store)?.composer?.status, .approved, "the next one after in progress")
        var seen: [RequestStatus] = []
        for _ in 0..<5 {
            _ = reduce(&store.state, .keyPressed(.right))
            if let status = page(store)?.composer?.status { seen.append(status) }
        }
        XCTAssertEqual(seen, [.declined, .rejected, .closed, .inProgress, .approved])
    }

    func testARefusalIsShownAndTheTextKept() {
        var store = onRequest()
        _ = reduce(&store.state, .keyPressed(.character("r")))
        for character in "Hi" { _ = reduce(&store.state, .keyPressed(.character(character))) }
        _ = reduce(&store.state, .keyPressed(.tab))
        _ = reduce(&store.state, .keyPressed(.enter))
        _ = reduce(&store.state, .requestActed(id: 12, .refused("No such request.")))
        XCTAssertEqual(page(store)?.outcome, .refused("No such request."))
        XCTAssertEqual(page(store)?.composer?.editor.text, "Hi")
        XCTAssertEqual(page(store)?.composer?.isSending, false)
    }

    func testADetaineeSessionNeverReachesTheDesk() {
        // Given a detainee's state with a desk screen on top (it cannot be reached; a test forces it)
        var state = AppState.loggedIn()
        state.stack.append(.requestQueue(RequestQueueState(departments: ["medical"])))
        // When a key is pressed, the session starts over
        _ = reduce(&state, .keyPressed(.enter))
        guard case .login = state.route else { return XCTFail("still on \(state.route)") }
    }
}
