@testable import KioskCore
import XCTest

final class WebPageFeatureTests: XCTestCase {
    private let listingRequest = PageRequest(url: Werkplein.listingURL)

    /// The reader waiting for the listing.
    private func loadingListing() -> TestStore {
        TestStore(.reading([WebHistoryEntry(request: listingRequest)]))
    }

    /// The reader showing the listing, measured at 40 lines in a view of 10.
    private func onListing(measure: PageMeasure = PageMeasure(lines: 40, height: 10, targets: [2, 2] + Array(5...12) + [30])) -> TestStore {
        TestStore(.reading([.shown(Werkplein.listing)], measure: measure))
    }

    private func page(_ history: [WebHistoryEntry], position: Int? = nil, measure: PageMeasure = PageMeasure(),
                      focus: Document.Target? = nil) -> Route {
        .webPage(WebPageState(history: history, position: position ?? history.count - 1, measure: measure, focus: focus))
    }

    func testAPageArrivesIsShownAndAuditedAsAVisit() {
        // Given the reader waiting for the listing
        var store = loadingListing()
        // When an answer for another request arrives, it is dropped
        store.send(.pageLoaded(PageRequest(url: Werkplein.jobURL), .page(Werkplein.job)))
        // Then the listing's answer shows and is audited
        store.send(.pageLoaded(listingRequest, .page(Werkplein.listing)),
                   effects: [.audit("web.visit", Werkplein.listingURL, "link")]) {
            $0.route = self.page([.shown(Werkplein.listing)])
        }
        // And a second answer to the same request is dropped: nothing is awaited any more
        store.send(.pageLoaded(listingRequest, .page(Werkplein.job)))
    }

    func testARedirectedFormVisitNamesWhatWasAskedFor() {
        // Given a POST awaited
        let request = PageRequest(url: Werkplein.applyURL, method: .post, form: [FormPair("name", "Jan")])
        var store = TestStore(.reading([WebHistoryEntry(request: request)]))
        // When the answer comes from the page the server sent the browser to
        let sent = WebPage(url: "http://werkplein.localhost/apply/sent.html", title: "Verzonden", document: Document())
        store.send(.pageLoaded(request, .page(sent)),
                   effects: [.audit("web.visit", sent.url, "form (POST), asked for \(Werkplein.applyURL)")]) {
            $0.route = self.page([WebHistoryEntry(request: request, load: .page(sent))])
        }
    }

    func testARefusalIsShownAndAuditedWithItsHop() {
        // Given the reader waiting for a link that redirects off the allowlist
        let request = PageRequest(url: "http://werkplein.localhost/go/bad")
        var store = TestStore(.reading([WebHistoryEntry(request: request)]))
        // When the browser refuses the second hop
        let refusal = URLRefusal.notListed(host: "elsewhere.localhost", path: "/vacatures")
        let load = PageLoad.refused(url: "http://elsewhere.localhost/vacatures", hop: 2, refusal)
        store.send(.pageLoaded(request, load), effects: [
            .audit("web.refused", "http://elsewhere.localhost/vacatures",
                   "hop 2 from http://werkplein.localhost/go/bad: no rule allows elsewhere.localhost/vacatures"),
        ]) {
            $0.route = self.page([WebHistoryEntry(request: request, load: load)])
        }
        // And a refusal of the address itself is audited with the reason alone
        let typed = PageRequest(url: "https://evil.example/")
        var direct = TestStore(.reading([WebHistoryEntry(request: typed)]))
        let refused = PageLoad.refused(url: "https://evil.example/", hop: 0, .notListed(host: "evil.example", path: "/"))
        direct.send(.pageLoaded(typed, refused), effects: [.audit("web.refused", "https://evil.example/", "no rule allows evil.example/")]) {
            $0.route = self.page([WebHistoryEntry(request: typed, load: refused)])
        }
    }

    func testAFailureIsShownAndAudited() {
        var store = loadingListing()
        let load = PageLoad.failed(url: Werkplein.listingURL, .unsupportedType("application/pdf"))
        store.send(.pageLoaded(listingRequest, load), effects: [.audit("web.failed", Werkplein.listingURL, "unsupported type application/pdf")]) {
            $0.route = self.page([WebHistoryEntry(request: self.listingRequest, load: load)])
        }
    }

    func testWhileLoadingOnlyEscapeDoesAnything() {
        var store = loadingListing()
        store.send(.keyPressed(.tab))
        store.send(.keyPressed(.character("r")))
        store.send(.keyPressed(.pageDown))
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
    }

    func testThePageScrollsWithinWhatTheScreenMeasured() {
        var store = onListing()
        let measure = store.state.reader?.measure ?? PageMeasure()
        store.send(.keyPressed(.pageDown)) { $0.route = self.page([.shown(Werkplein.listing, offset: 9)], measure: measure) }
        store.send(.keyPressed(.end)) { $0.route = self.page([.shown(Werkplein.listing, offset: 30)], measure: measure) }
        store.send(.keyPressed(.down))
        store.send(.keyPressed(.home)) { $0.route = self.page([.shown(Werkplein.listing)], measure: measure) }
        store.send(.keyPressed(.up))
        // And a shorter measure pulls the offset back
        store.send(.keyPressed(.end)) { $0.route = self.page([.shown(Werkplein.listing, offset: 30)], measure: measure) }
        let shorter = PageMeasure(lines: 20, height: 10, targets: measure.targets)
        store.send(.pageMeasured(shorter)) { $0.route = self.page([.shown(Werkplein.listing, offset: 10)], measure: shorter) }
    }

    func testTabMovesThroughLinksAndFieldsAndTheViewFollows() {
        // Given the listing at its top
        var store = onListing()
        let measure = store.state.reader?.measure ?? PageMeasure()
        XCTAssertEqual(Werkplein.listingDocument.targets, Werkplein.listingTargets)
        // When Tab is pressed, the first link is selected, then the next
        store.send(.keyPressed(.tab)) { $0.route = self.page([.shown(Werkplein.listing)], measure: measure, focus: .link(0)) }
        store.send(.keyPressed(.tab)) { $0.route = self.page([.shown(Werkplein.listing)], measure: measure, focus: .link(1)) }
        // Then Shift-Tab from the first wraps to the last, on line 30: the view moves to show it
        store.send(.keyPressed(.backTab)) { $0.route = self.page([.shown(Werkplein.listing)], measure: measure, focus: .link(0)) }
        store.send(.keyPressed(.backTab)) {
            $0.route = self.page([.shown(Werkplein.listing, offset: 27)], measure: measure, focus: .link(2))
        }
        // And with nothing selected, Tab starts from the first link or field in view (the fourth
        // field stands on line 8), Shift-Tab from the last in view
        var scrolled = TestStore(.reading([.shown(Werkplein.listing, offset: 8)], measure: measure))
        scrolled.send(.keyPressed(.tab)) {
            $0.route = self.page([.shown(Werkplein.listing, offset: 8)], measure: measure,
                                 focus: .field(Document.FieldAddress(form: 0, field: 3)))
        }
        var upwards = TestStore(.reading([.shown(Werkplein.listing, offset: 8)], measure: measure))
        upwards.send(.keyPressed(.backTab)) {
            $0.route = self.page([.shown(Werkplein.listing, offset: 8)], measure: measure,
                                 focus: .field(Document.FieldAddress(form: 0, field: 8)))
        }
    }

    func testEnterFollowsTheSelectedLinkAndBackAndForwardShowThePagesAsLeft() {
        // Given the listing scrolled to line 5 with its first link selected
        var store = TestStore(.reading([.shown(Werkplein.listing, offset: 5)], measure: PageMeasure(lines: 40, height: 10)))
        store.state.stack[2] = page([.shown(Werkplein.listing, offset: 5)], measure: PageMeasure(lines: 40, height: 10), focus: .link(0))
        // When Enter is pressed, the link's page is asked for
        let jobRequest = PageRequest(url: Werkplein.jobURL)
        store.send(.keyPressed(.enter), effects: [.load(jobRequest)]) {
            $0.route = self.page([.shown(Werkplein.listing, offset: 5), WebHistoryEntry(request: jobRequest)])
        }
        store.send(.pageLoaded(jobRequest, .page(Werkplein.job)), effects: [.audit("web.visit", Werkplein.jobURL, "link")]) {
            $0.route = self.page([.shown(Werkplein.listing, offset: 5), .shown(Werkplein.job)])
        }
        // Then Backspace shows the listing where it was left, without asking the site
        let both: [WebHistoryEntry] = [.shown(Werkplein.listing, offset: 5), .shown(Werkplein.job)]
        store.send(.keyPressed(.backspace)) { $0.route = self.page(both, position: 0) }
        // And → goes forward again, ← back
        store.send(.keyPressed(.right)) { $0.route = self.page(both, position: 1) }
        store.send(.keyPressed(.right))
        store.send(.keyPressed(.left)) { $0.route = self.page(both, position: 0) }
        // And following another link from there forgets the page ahead
        store.send(.pageMeasured(PageMeasure(lines: 40, height: 10))) {
            $0.route = self.page(both, position: 0, measure: PageMeasure(lines: 40, height: 10))
        }
        store.type("2")
        let nextRequest = PageRequest(url: Werkplein.nextURL)
        store.send(.keyPressed(.enter), effects: [.load(nextRequest)]) {
            $0.route = self.page([.shown(Werkplein.listing, offset: 5), WebHistoryEntry(request: nextRequest)])
        }
        // And back from the first page of the visit returns to the start page
        var first = TestStore(.reading([.shown(Werkplein.listing)]))
        first.send(.keyPressed(.left)) { $0.stack.removeLast() }
    }

    func testTypingALinkNumberThenEnterFollowsIt() {
        var store = onListing()
        let measure = store.state.reader?.measure ?? PageMeasure()
        // When 1 then 2 are typed, the number shows; Backspace takes one back
        store.send(.keyPressed(.character("1"))) {
            $0.route = .webPage(WebPageState(history: [.shown(Werkplein.listing)], position: 0, measure: measure, typedNumber: "1"))
        }
        store.send(.keyPressed(.character("2"))) {
            $0.route = .webPage(WebPageState(history: [.shown(Werkplein.listing)], position: 0, measure: measure, typedNumber: "12"))
        }
        // Then Enter on a number no link has says so
        store.send(.keyPressed(.enter)) {
            var reader = WebPageState(history: [.shown(Werkplein.listing)], position: 0, measure: measure)
            reader.notice = .noSuchLink(12)
            $0.route = .webPage(reader)
        }
        // And 3 then Enter follows link 3
        store.type("3")
        let request = PageRequest(url: Werkplein.root)
        store.send(.keyPressed(.enter), effects: [.load(request)]) {
            $0.route = self.page([.shown(Werkplein.listing), WebHistoryEntry(request: request)])
        }
    }

    func testGAsksForATypedAddressAndItsRefusalIsAPageOfTheVisit() {
        var store = onListing()
        store.type("g")
        store.type("http://evil.example/x")
        let request = PageRequest(url: "http://evil.example/x")
        store.send(.keyPressed(.enter), effects: [.load(request)]) {
            $0.route = self.page([.shown(Werkplein.listing), WebHistoryEntry(request: request)])
        }
        let refused = PageLoad.refused(url: "http://evil.example/x", hop: 0, .notListed(host: "evil.example", path: "/x"))
        store.send(.pageLoaded(request, refused), effects: [.audit("web.refused", "http://evil.example/x", "no rule allows evil.example/x")]) {
            $0.route = self.page([.shown(Werkplein.listing), WebHistoryEntry(request: request, load: refused)])
        }
        // And back returns to the listing
        store.send(.keyPressed(.backspace)) {
            $0.route = self.page([.shown(Werkplein.listing), WebHistoryEntry(request: request, load: refused)], position: 0)
        }
    }

    func testReloadAsksAgainButNeverSendsAFormAgain() {
        // Given the listing on screen
        var store = onListing()
        // When r is pressed, the same request is asked again in its place
        store.send(.keyPressed(.character("r")), effects: [.load(listingRequest)]) {
            $0.route = self.page([WebHistoryEntry(request: self.listingRequest)])
        }
        // And the answer to a POST is reloaded from its address with GET
        let post = PageRequest(url: Werkplein.applyURL, method: .post, form: [FormPair("name", "Jan")])
        let sent = WebPage(url: "http://werkplein.localhost/apply/sent.html", title: "Verzonden", document: Document())
        var posted = TestStore(.reading([WebHistoryEntry(request: post, load: .page(sent))]))
        posted.send(.keyPressed(.function(5)), effects: [.load(PageRequest(url: sent.url))]) {
            $0.route = self.page([WebHistoryEntry(request: PageRequest(url: sent.url))])
        }
        // And a POST that failed is not sent again
        var failed = TestStore(.reading([WebHistoryEntry(request: post, load: .failed(url: Werkplein.applyURL, .timeout(seconds: 15)))]))
        failed.send(.keyPressed(.character("r")))
    }

    func testTheHistoryKeepsTheLastThirtyPages() throws {
        // Given a visit of thirty pages
        let entries = (1...30).map { WebHistoryEntry.shown(WebPage(url: "http://werkplein.localhost/\($0)", document: Document())) }
        var state = AppState.reading(entries)
        // When a link is followed from the last
        var reader = try XCTUnwrap(state.reader)
        let effects = WebPageFeature.navigate(PageRequest(url: Werkplein.jobURL), &reader, &state)
        // Then the oldest is forgotten and the new page is the thirtieth
        XCTAssertEqual(effects, [.load(PageRequest(url: Werkplein.jobURL))])
        XCTAssertEqual(state.reader?.history.count, 30)
        XCTAssertEqual(state.reader?.history.first?.request.url, "http://werkplein.localhost/2")
        XCTAssertEqual(state.reader?.position, 29)
    }

    func testTheSectionClosingTakesThePagesAway() {
        // Given Marc reading a page, his job sites open until 22:00
        var state = AppState.reading([.shown(Werkplein.listing)])
        state.session?.account.access = AccessProfile(name: "pre-trial", hours: DailyHours("07:00-22:00"))
        let late = Date.morning.addingTimeInterval(13 * 3600 + 60)
        state.session?.lastActivity = late
        var store = TestStore(state)
        // When the clock passes 22:00, the start page and the reader go, the section says why
        store.send(.tick(late), effects: [.recordSectionUse(detainee: 1, section: .jobSites, day: "2026-03-02", seconds: 46_860)]) {
            $0.now = late
            $0.stack = [.home(HomeState(selection: 1)), .section(.jobSites)]
            $0.session?.visit = nil
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.jobSites: 46_860])
        }
    }
}
