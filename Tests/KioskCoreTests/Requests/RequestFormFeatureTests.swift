@testable import KioskCore
import XCTest

final class RequestFormFeatureTests: XCTestCase {
    private let key = "kiosk-1-1772438400000-medical"

    /// Jean on the first page of a service's form, opened from the picker.
    private func onForm(_ service: ServiceDefinition = .medical) -> TestStore {
        var state = AppState.loggedIn()
        state.stack = [.home(HomeState()), .requests(RequestsState(catalog: .sample, items: [])),
                       .servicePicker(ServicePickerState(catalog: .sample, requests: [])),
                       .requestForm(RequestFormState(service: service, key: key))]
        state.session?.visit = SectionVisit(section: .requests, since: .morning)
        return TestStore(state)
    }

    private func form(_ store: TestStore) -> RequestFormState? {
        guard case .requestForm(let form) = store.state.route else { return nil }
        return form
    }

    func testARequiredFieldLeftEmptyKeepsThePageAndSaysWhy() {
        var store = onForm()
        store.send(.keyPressed(.tab)) {
            var form = RequestFormState(service: .medical, key: self.key)
            form.problem = .required
            $0.route = .requestForm(form)
        }
    }

    func testTheTextIsTypedOverSeveralLinesAndTabMovesOn() {
        var store = onForm()
        store.type("Tooth")
        _ = reduce(&store.state, .keyPressed(.enter))
        store.type("ache")
        store.send(.keyPressed(.tab)) {
            var form = RequestFormState(service: .medical, key: self.key)
            form.inputs[0] = .text(TextEditorState(text: "Tooth\nache", limit: 20))
            form.step = 1
            $0.route = .requestForm(form)
        }
        XCTAssertEqual(form(store)?.answers["what"], .text("Tooth\nache"))
    }

    func testTheTextStopsAtTheFieldsLimit() {
        var store = onForm()
        store.type(String(repeating: "a", count: 30))
        XCTAssertEqual(form(store)?.answers["what"], .text(String(repeating: "a", count: 20)))
    }

    func testADayMustBeARealDayAndTakesOnlyDigitsAndDashes() {
        var store = onForm()
        store.type("Cough")
        _ = reduce(&store.state, .keyPressed(.tab))
        store.type("2026-02-3x0")
        XCTAssertEqual(form(store)?.answers["day"], .date("2026-02-30"))
        _ = reduce(&store.state, .keyPressed(.tab))
        XCTAssertEqual(form(store)?.problem, .dateInvalid)
        XCTAssertEqual(form(store)?.step, 1)
        _ = reduce(&store.state, .keyPressed(.backspace))
        _ = reduce(&store.state, .keyPressed(.backspace))
        store.type("28")
        _ = reduce(&store.state, .keyPressed(.tab))
        XCTAssertNil(form(store)?.problem)
        XCTAssertTrue(form(store)?.isReviewing == true)
    }

    func testAnOptionalDayMayStayEmpty() {
        var store = onForm()
        store.type("Cough")
        _ = reduce(&store.state, .keyPressed(.tab))
        _ = reduce(&store.state, .keyPressed(.tab))
        XCTAssertEqual(form(store)?.step, 2)
        XCTAssertEqual(form(store)?.answers, ["what": .text("Cough")])
    }

    func testAChoiceIsPickedWithSpaceOrEnter() {
        var store = onForm(.canteen)
        _ = reduce(&store.state, .keyPressed(.down))
        XCTAssertNil(form(store)?.answers["size"], "moving alone chooses nothing")
        _ = reduce(&store.state, .keyPressed(.character(" ")))
        XCTAssertEqual(form(store)?.answers["size"], .choice("l"))
        _ = reduce(&store.state, .keyPressed(.up))
        _ = reduce(&store.state, .keyPressed(.enter))
        XCTAssertEqual(form(store)?.answers["size"], .choice("s"))
    }

    func testPeopleAreAddedWithTheirRelationAndRemoved() {
        var store = onForm(.network)
        // Enter with no name says so
        _ = reduce(&store.state, .keyPressed(.enter))
        XCTAssertEqual(form(store)?.problem, .personNameMissing)
        // Ann, family (the first relation)
        store.type("Ann")
        _ = reduce(&store.state, .keyPressed(.enter))
        // Bob, friend (→ moves to the next relation)
        store.type("Bob")
        _ = reduce(&store.state, .keyPressed(.right))
        _ = reduce(&store.state, .keyPressed(.enter))
        XCTAssertEqual(form(store)?.answers["guests"], .people([InvitedPerson(name: "Ann", relation: "family"),
                                                                 InvitedPerson(name: "Bob", relation: "friend")]))
        // A third is one too many
        store.type("Cy")
        _ = reduce(&store.state, .keyPressed(.enter))
        XCTAssertEqual(form(store)?.problem, .peopleFull)
        // ↑ reaches Bob, Delete removes him
        _ = reduce(&store.state, .keyPressed(.up))
        _ = reduce(&store.state, .keyPressed(.delete))
        XCTAssertEqual(form(store)?.answers["guests"], .people([InvitedPerson(name: "Ann", relation: "family")]))
    }

    func testAPersonTypedButNotAddedIsAddedByTab() {
        var store = onForm(.network)
        store.type("Ann")
        _ = reduce(&store.state, .keyPressed(.tab))
        XCTAssertEqual(form(store)?.step, 1)
        XCTAssertEqual(form(store)?.answers["guests"], .people([InvitedPerson(name: "Ann", relation: "family")]))
    }

    func testShiftTabGoesBackWithoutChecking() {
        var store = onForm()
        store.type("Cough")
        _ = reduce(&store.state, .keyPressed(.tab))
        store.type("20")
        _ = reduce(&store.state, .keyPressed(.backTab))
        XCTAssertEqual(form(store)?.step, 0)
        XCTAssertEqual(form(store)?.answers["day"], .date("20"), "what was typed stays")
    }

    /// Jean on the review of a medical request for a toothache.
    private func onReview() -> TestStore {
        var store = onForm()
        store.type("Toothache")
        _ = reduce(&store.state, .keyPressed(.tab))
        _ = reduce(&store.state, .keyPressed(.tab))
        return store
    }

    func testTheReviewSendsOnceAndSaysSentOnlyWhenCommitted() {
        var store = onReview()
        let draft = RequestDraft(key: key, service: "medical", answers: ["what": .text("Toothache")])
        // When Enter is pressed on the review, the draft goes to the store
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [.submitRequest(draft, detainee: 1)])
        XCTAssertEqual(form(store)?.phase, .sending)
        // And keys wait meanwhile (no second send)
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [])
        // Then the store's answer for another key is ignored, and this one's is shown
        _ = reduce(&store.state, .requestSubmitted(key: "other", .sent(.openMedical)))
        XCTAssertEqual(form(store)?.phase, .sending)
        let sent = RequestSummary(id: 13, service: "medical", status: .new, sentAt: .morning, updatedAt: .morning)
        _ = reduce(&store.state, .requestSubmitted(key: key, .sent(sent)))
        XCTAssertEqual(form(store)?.phase, .sent(sent))
        // And Enter goes back to the list, past the picker, which loads again
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), [.loadRequests(detainee: 1)])
        XCTAssertEqual(store.state.stack, [.home(HomeState()), .requests(RequestsState(catalog: .sample, items: []))])
    }

    func testAFailedSendKeepsEveryAnswerAndRetriesWithTheSameKey() {
        var store = onReview()
        let first = reduce(&store.state, .keyPressed(.enter))
        _ = reduce(&store.state, .storeFailed(.notWritable))
        XCTAssertEqual(form(store)?.phase, .notSent(.failure(.notWritable)))
        XCTAssertEqual(form(store)?.answers["what"], .text("Toothache"))
        XCTAssertEqual(reduce(&store.state, .keyPressed(.enter)), first)
    }

    func testALimitReachedMeanwhileIsShownWithTheOpenRequest() {
        var store = onReview()
        _ = reduce(&store.state, .keyPressed(.enter))
        _ = reduce(&store.state, .requestSubmitted(key: key, .limitReached(open: 12)))
        XCTAssertEqual(form(store)?.phase, .notSent(.limitReached(12)))
    }

    func testLeavingWithAnswersAsksFirst() {
        var store = onForm()
        store.type("a")
        _ = reduce(&store.state, .keyPressed(.escape))
        XCTAssertEqual(form(store)?.isConfirmingLeave, true)
        // N stays on the form, with the text
        _ = reduce(&store.state, .keyPressed(.character("n")))
        XCTAssertEqual(form(store)?.isConfirmingLeave, false)
        XCTAssertEqual(form(store)?.answers["what"], .text("a"))
        // Esc then Enter leaves
        _ = reduce(&store.state, .keyPressed(.escape))
        _ = reduce(&store.state, .keyPressed(.enter))
        guard case .servicePicker = store.state.route else { return XCTFail("still on \(store.state.route)") }
    }

    func testLeavingAnEmptyFormAsksNothing() {
        var store = onForm()
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
    }

    func testTheReviewScrollsWithinTheMeasuredText() {
        var store = onReview()
        _ = reduce(&store.state, .pageMeasured(PageMeasure(lines: 40, height: 10)))
        _ = reduce(&store.state, .keyPressed(.pageDown))
        XCTAssertEqual(form(store)?.reviewOffset, 9)
        _ = reduce(&store.state, .keyPressed(.end))
        _ = reduce(&store.state, .keyPressed(.down))
        XCTAssertEqual(form(store)?.reviewOffset, 30)
    }
}
