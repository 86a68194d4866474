@testable import KioskCore
import XCTest

final class RequestsFeatureTests: XCTestCase {
    private let visit = SectionVisit(section: .requests, since: .morning)

    /// Jean on his list of requests, loaded.
    private func onList(_ items: [RequestSummary] = [.openMedical, .closedCanteen]) -> TestStore {
        var state = AppState.loggedIn()
        state.stack = [.home(HomeState()), .requests(RequestsState(catalog: .sample, items: items))]
        state.session?.visit = visit
        return TestStore(state)
    }

    func testOpeningTheRequestsShowsTheListAndLoadsIt() {
        // Given Jean on the home menu
        var store = TestStore(.loggedIn())
        // When 4 is typed, the gate replaces the section with the list, which loads
        store.send(.keyPressed(.character("4")), effects: [.loadRequests(detainee: 1)]) {
            $0.stack = [.home(HomeState(selection: 3)), .requests(RequestsState())]
            $0.session?.visit = self.visit
        }
        // Then the catalogue and the requests arrive
        store.send(.requestsLoaded(.sample, [.openMedical])) {
            $0.route = .requests(RequestsState(catalog: .sample, items: [.openMedical]))
        }
    }

    func testABarredDetaineeKeepsTheSectionNotice() {
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "courses only", sections: [.courses])
        var store = TestStore(.loggedIn(jean))
        store.send(.keyPressed(.character("4"))) { $0.stack = [.home(HomeState(selection: 3)), .section(.requests)] }
    }

    func testNewOpensTheServicePickerWithTheRequestsToCountOpenOnes() {
        var store = onList()
        store.send(.keyPressed(.character("n"))) {
            $0.stack.append(.servicePicker(ServicePickerState(catalog: .sample, requests: [.openMedical, .closedCanteen])))
        }
    }

    func testNewDoesNothingWhileTheListLoads() {
        var store = onList()
        store.state.route = .requests(RequestsState())
        store.send(.keyPressed(.character("n")))
    }

    func testAServiceAtItsLimitSaysSoBeforeAnyForm() {
        // Given the picker, with Jean's medical request no. 12 open and the medical service allowing one
        var store = onList()
        store.send(.keyPressed(.character("n"))) {
            $0.stack.append(.servicePicker(ServicePickerState(catalog: .sample, requests: [.openMedical, .closedCanteen])))
        }
        // When Enter is pressed on the medical service
        store.send(.keyPressed(.enter)) {
            $0.route = .servicePicker(ServicePickerState(catalog: .sample, requests: [.openMedical, .closedCanteen], blocked: 12))
        }
        // Then moving on clears the notice, and the canteen (closed request, no limit) opens its form
        store.send(.keyPressed(.down)) {
            $0.route = .servicePicker(ServicePickerState(catalog: .sample, requests: [.openMedical, .closedCanteen], selection: 1))
        }
        store.send(.keyPressed(.down)) {
            $0.route = .servicePicker(ServicePickerState(catalog: .sample, requests: [.openMedical, .closedCanteen], selection: 2))
        }
        store.send(.keyPressed(.enter)) {
            $0.stack.append(.requestForm(RequestFormState(service: .canteen, key: "kiosk-1-1772438400000-canteen")))
        }
    }

    func testAClosedRequestDoesNotCountAgainstTheLimit() {
        let closed = RequestSummary(id: 3, service: "medical", status: .closed, sentAt: .morning, updatedAt: .morning)
        let picker = ServicePickerState(catalog: .sample, requests: [closed, .closedCanteen])
        XCTAssertNil(picker.blockingRequest(for: .medical))
        let twoOpen = ServicePickerState(catalog: .sample, requests: [.openMedical, RequestSummary(
            id: 9, service: "medical", status: .new, sentAt: .morning, updatedAt: .morning)])
        XCTAssertEqual(twoOpen.blockingRequest(for: .medical), 9)
    }

    func testEnterOpensTheThreadAtItsNewEndAndMarksItReadThroughTheStore() {
        // Given request 12 with one reply not read yet
        var store = onList()
        var page = RequestThreadState(id: 12, catalog: .sample)
        page.offset = PageMeasure.toEnd
        // When it is opened, it opens at its end (clamped once measured), loading
        store.send(.keyPressed(.enter), effects: [.openRequest(id: 12, detainee: 1)]) {
            $0.stack.append(.requestThread(page))
        }
        store.send(.requestOpened(.medical)) {
            page.thread = .medical
            $0.route = .requestThread(page)
        }
        // A thread for another request (a late answer) is not shown here
        var other = RequestThread.medical
        other.summary.id = 99
        store.send(.requestOpened(other))
        // Leaving loads the list again: the unread count changed
        store.send(.keyPressed(.escape), effects: [.loadRequests(detainee: 1)]) { $0.stack.removeLast() }
    }

    func testARequestWithNothingNewOpensAtWhatWasAsked() {
        var store = onList()
        store.send(.keyPressed(.down)) { $0.route = .requests(RequestsState(catalog: .sample, items: [.openMedical, .closedCanteen], selection: 1)) }
        store.send(.keyPressed(.enter), effects: [.openRequest(id: 7, detainee: 1)]) {
            $0.stack.append(.requestThread(RequestThreadState(id: 7, catalog: .sample)))
        }
    }

    func testAMissingRequestSaysSo() {
        var store = onList()
        store.send(.keyPressed(.enter), effects: [.openRequest(id: 12, detainee: 1)]) {
            var page = RequestThreadState(id: 12, catalog: .sample)
            page.offset = PageMeasure.toEnd
            $0.stack.append(.requestThread(page))
        }
        store.send(.requestMissing(id: 12)) {
            var page = RequestThreadState(id: 12, catalog: .sample)
            page.offset = PageMeasure.toEnd
            page.isMissing = true
            $0.route = .requestThread(page)
        }
    }

    /// Jean reading request 12.
    private func onThread() -> TestStore {
        var store = onList()
        store.state.stack.append(.requestThread(RequestThreadState(id: 12, catalog: .sample, thread: .medical)))
        return store
    }

    func testAReplyIsWrittenSentOnceAndShown() {
        var store = onThread()
        let key = "kiosk-1-12-1772438400000"
        var page = RequestThreadState(id: 12, catalog: .sample, thread: .medical)
        // When R is pressed, the reply box opens
        store.send(.keyPressed(.character("r"))) {
            page.reply = ReplyComposer(key: key)
            page.isReplying = true
            $0.route = .requestThread(page)
        }
        // And "Ok" is typed (R and Tab no longer act on the thread)
        store.type("Ok")
        XCTAssertEqual(store.state.replyText, "Ok")
        // When Tab goes to Send and Enter sends
        store.send(.keyPressed(.tab)) {
            page.reply?.editor = TextEditorState(text: "Ok", limit: ReplyComposer.limit)
            page.reply?.isOnSend = true
            $0.route = .requestThread(page)
        }
        store.send(.keyPressed(.enter), effects: [.replyToRequest(id: 12, text: "Ok", key: key, detainee: 1)]) {
            page.reply?.isSending = true
            $0.route = .requestThread(page)
        }
        // Then keys wait while it is being sent
        store.send(.keyPressed(.character("x")))
        // And once committed, the thread shows it and the box closes
        var fresh = RequestThread.medical
        fresh.messages.append(RequestMessage(id: 2, at: .morning, author: .detainee, kind: .message, text: "Ok"))
        store.send(.requestReplied(fresh)) {
            page.thread = fresh
            page.reply = nil
            page.isReplying = false
            page.replySent = true
            page.offset = PageMeasure.toEnd
            $0.route = .requestThread(page)
        }
    }

    func testAReplyThatFailsKeepsItsTextAndKeyForTheRetry() {
        var store = onThread()
        _ = reduce(&store.state, .keyPressed(.character("r")))
        store.type("Help")
        _ = reduce(&store.state, .keyPressed(.tab))
        let effects = reduce(&store.state, .keyPressed(.enter))
        guard case .replyToRequest(_, _, let key, _) = effects.first else { return XCTFail("no reply sent: \(effects)") }
        // When the store fails
        _ = reduce(&store.state, .storeFailed(.notWritable))
        // Then the text is kept, the failure is shown, and Enter sends the same key again
        guard case .requestThread(let page) = store.state.route else { return XCTFail("left the thread") }
        XCTAssertEqual(page.reply?.editor.text, "Help")
        XCTAssertEqual(page.reply?.failure, .notWritable)
        XCTAssertEqual(page.reply?.isSending, false)
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [.replyToRequest(id: 12, text: "Help", key: key, detainee: 1)])
    }

    func testEscClosesTheBoxButKeepsWhatWasTyped() {
        var store = onThread()
        _ = reduce(&store.state, .keyPressed(.character("R")))
        store.type("Draft")
        _ = reduce(&store.state, .keyPressed(.escape))
        guard case .requestThread(let closed) = store.state.route else { return XCTFail("left the thread") }
        XCTAssertFalse(closed.isReplying)
        _ = reduce(&store.state, .keyPressed(.character("r")))
        XCTAssertEqual(store.state.replyText, "Draft")
    }

    func testAnEmptyReplyIsNotSent() {
        var store = onThread()
        _ = reduce(&store.state, .keyPressed(.character("r")))
        store.type("   ")
        _ = reduce(&store.state, .keyPressed(.tab))
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [])
    }

    func testScrollingStopsAtTheMeasuredEnd() {
        var store = onThread()
        store.send(.pageMeasured(PageMeasure(lines: 30, height: 10))) {
            var page = RequestThreadState(id: 12, catalog: .sample, thread: .medical)
            page.measure = PageMeasure(lines: 30, height: 10)
            $0.route = .requestThread(page)
        }
        _ = reduce(&store.state, .keyPressed(.end))
        _ = reduce(&store.state, .keyPressed(.pageDown))
        guard case .requestThread(let page) = store.state.route else { return XCTFail("left the thread") }
        XCTAssertEqual(page.offset, 20)
    }

    func testAStoreFailureOnTheListIsShown() {
        var store = onList()
        store.state.route = .requests(RequestsState())
        store.send(.storeFailed(.unavailable)) {
            var list = RequestsState()
            list.failure = .unavailable
            $0.route = .requests(list)
        }
    }
}

extension AppState {
    /// The text of the reply box on screen, nil when there is none.
    var replyText: String? {
        guard case .requestThread(let page) = route else { return nil }
        return page.reply?.editor.text
    }
}

final class RequestReplyRulesTests: XCTestCase {
    private func onThread(_ status: RequestStatus) -> AppState {
        var state = AppState.loggedIn()
        var thread = RequestThread.medical
        thread.summary.status = status
        state.stack = [.home(HomeState()), .requestThread(RequestThreadState(id: 12, catalog: .sample, thread: thread))]
        return state
    }

    func testAFinishedRequestTakesNoReply() {
        // Given a closed request on screen
        var state = onThread(.closed)
        // When R is pressed, no box opens
        _ = reduce(&state, .keyPressed(.character("r")))
        guard case .requestThread(let page) = state.route else { return XCTFail("left the thread") }
        XCTAssertFalse(page.isReplying)
        XCTAssertNil(page.reply)
    }

    func testAReplyTheStoreDidNotWriteIsNeverCalledSent() {
        // Given a reply being sent on an open request
        var state = onThread(.inProgress)
        _ = reduce(&state, .keyPressed(.character("r")))
        for character in "Still?" { _ = reduce(&state, .keyPressed(.character(character))) }
        _ = reduce(&state, .keyPressed(.tab))
        _ = reduce(&state, .keyPressed(.enter))
        // When the store answers with the thread unchanged but closed meanwhile
        var closed = RequestThread.medical
        closed.summary.status = .closed
        _ = reduce(&state, .requestReplied(closed))
        // Then the new status shows, nothing is said sent, and the text is kept
        guard case .requestThread(let page) = state.route else { return XCTFail("left the thread") }
        XCTAssertEqual(page.thread, closed)
        XCTAssertFalse(page.replySent)
        XCTAssertEqual(page.reply?.editor.text, "Still?")
        XCTAssertEqual(page.reply?.isSending, false)
    }
}
