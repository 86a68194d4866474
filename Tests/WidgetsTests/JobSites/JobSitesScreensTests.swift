import KioskCore
@testable import Widgets
import XCTest

/// The job sites' start page and page reader, drawn at 80x24, at 40x12 and at every size.
final class JobSitesScreensTests: XCTestCase {
    static let werkplein = StartSite(rule: "http://werkplein.localhost", category: .jobs, url: "http://werkplein.localhost/")
    static let library = StartSite(rule: "bibliotheek.example", category: .library, url: "https://bibliotheek.example/")
    static let saved = Bookmark(url: "http://werkplein.localhost/jobs/job-104.html", title: "Kok (m/v/x) · Werkplein", createdAt: .morning)
    static let form = Document.Form(method: .get, action: "http://werkplein.localhost/search/results", fields: [
        Document.FormField(kind: .text, name: "q", value: "kok", label: "Trefwoord"),
        Document.FormField(kind: .select, name: "region", value: "wal", label: "Regio", options: [
            .init(value: "", label: "Overal"), .init(value: "wal", label: "Wallonie"),
        ]),
        Document.FormField(kind: .checkbox, name: "contract", value: "vast", label: "vast / CDI", isChecked: true),
        Document.FormField(kind: .radio, name: "lang", value: "fr", label: "Français", isChecked: true),
        Document.FormField(kind: .hidden, name: "from", value: "kiosk"),
        Document.FormField(kind: .submit, name: "", value: "Zoeken", label: "Zoeken"),
    ])
    static let listing = WebPage(url: "http://werkplein.localhost/jobs/page-1.html", title: "Vacatures · Werkplein", document: Document(blocks: [
        .heading(level: 1, [.text("Vacatures")]),
        .paragraph([.link([.text("Kok")], target: "http://werkplein.localhost/jobs/job-104.html"), .text(" in Namen, "),
                    .link([.text("volgende")], target: "http://werkplein.localhost/jobs/page-2.html"), .text(".")]),
        .form(form),
    ] + (1...30).map { .paragraph([.text("Regel \($0) van de lijst met vacatures.")]) }))

    private func detainee(_ routes: [Route], size: TerminalSize = .standard, language: Language = .en,
                          bookmarks: [Bookmark] = []) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        state.session = DetaineeSession(account: DetaineeAccount(id: 1, number: "1001", name: "Jean", language: language, cell: "A-101"),
                                        lastActivity: .morning)
        state.language = language
        state.stack = [.home(HomeState(selection: 1)), .jobSites(JobSitesState(sites: [Self.werkplein, Self.library], bookmarks: bookmarks))]
            + routes
        return state
    }

    private func reader(_ load: PageLoad?, request: String = listing.url, focus: Document.Target? = nil,
                        mode: WebPageState.Mode = .reading, find: WebFind? = nil, notice: JobSitesNotice? = nil) -> Route {
        var page = WebPageState(history: [WebHistoryEntry(request: PageRequest(url: request), load: load)], position: 0, focus: focus,
                                mode: mode, find: find)
        page.notice = notice
        return .webPage(page)
    }

    private func render(_ state: AppState) -> Frame { ScreenRenderer.render(state) }
    private func text(_ state: AppState) -> String { render(state).buffer.lines.joined(separator: "\n") }

    func testTheStartPageListsBookmarksThenSitesUnderTheirCategory() {
        let frame = render(detainee([], bookmarks: [Self.saved]))
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[2], " Job sites")
        XCTAssertEqual(lines[4], " Bookmarks")
        XCTAssertTrue(lines[5].hasPrefix(" > Kok (m/v/x) · Werkplein · http://werkplein.localhost/jobs/job-104.html"), lines[5])
        XCTAssertEqual(lines[6], " Jobs")
        XCTAssertEqual(lines[7], "   werkplein.localhost")
        XCTAssertEqual(lines[8], " Library")
        XCTAssertEqual(lines[9], "   bibliotheek.example")
        XCTAssertTrue(lines[22].contains("Enter opens a site; g lets you type an address."), lines[22])
        XCTAssertTrue(lines[23].contains("b remove"), lines[23])
        XCTAssertEqual(frame.buffer.cols(in: .selected, row: 5).count, 78)
        XCTAssertEqual(frame.buffer.cols(in: .title, row: 6).count, 4)
    }

    func testTheStartPageSaysWhenItIsLoadingEmptyOrFailed() {
        var state = detainee([])
        state.stack[1] = .jobSites(JobSitesState())
        XCTAssertTrue(text(state).contains("Loading…"))
        state.stack[1] = .jobSites(JobSitesState(sites: [], bookmarks: []))
        XCTAssertTrue(text(state).contains("No site is open to you yet."))
        var failed = JobSitesState(sites: [], bookmarks: [])
        failed.failure = .unavailable
        state.stack[1] = .jobSites(failed)
        XCTAssertTrue(text(state).contains("! "))
    }

    func testGOpensTheAddressLineWithTheCursorInIt() {
        var state = detainee([])
        state.stack[1] = .jobSites(JobSitesState(sites: [Self.werkplein], bookmarks: [],
                                                 address: TextEditorState(text: "werkplein.localhost", limit: 500, allowsNewlines: false)))
        let frame = render(state)
        XCTAssertEqual(frame.buffer.lines[22], " Address [werkplein.localhost" + String(repeating: " ", count: 49) + "]")
        XCTAssertEqual(frame.cursor, Position(row: 22, col: 29))
        XCTAssertTrue(frame.buffer.lines[23].contains("Enter go"), frame.buffer.lines[23])
    }

    func testALongAddressScrollsSidewaysSoTheCursorStaysInView() {
        // Given 200 characters typed, the cursor at the end, on a 40-column line
        var buffer = Buffer(size: TerminalSize(cols: 40, rows: 1))
        let text = String(repeating: "abcdefghij", count: 20)
        let cursor = EditorLine(label: "Address", text: text, cursor: 200).draw(in: &buffer, row: 0, col: 0, width: 40)
        // Then the end of the text shows, the cursor just after it, inside the brackets
        XCTAssertEqual(buffer.lines[0], "Address [" + String(text.suffix(29)) + " ]")
        XCTAssertEqual(cursor, Position(row: 0, col: 38))
        // And with the cursor moved to the start, the start shows
        var start = Buffer(size: TerminalSize(cols: 40, rows: 1))
        let home = EditorLine(label: "Address", text: text, cursor: 0).draw(in: &start, row: 0, col: 0, width: 40)
        XCTAssertEqual(start.lines[0], "Address [" + String(text.prefix(30)) + "]")
        XCTAssertEqual(home, Position(row: 0, col: 9))
        // And a new line typed in a text area shows as ↵
        var area = Buffer(size: TerminalSize(cols: 40, rows: 1))
        EditorLine(label: "Brief", text: "Hallo\nJan", cursor: 9).draw(in: &area, row: 0, col: 0, width: 40)
        XCTAssertTrue(area.lines[0].hasPrefix("Brief [Hallo↵Jan"), area.lines[0])
    }

    func testThePageShowsTitleAddressNumberedLinksAndFields() {
        let frame = render(detainee([reader(.page(Self.listing))]))
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[2], " Vacatures · Werkplein")
        XCTAssertEqual(lines[3], " http://werkplein.localhost/jobs/page-1.html")
        XCTAssertTrue(lines.contains(" Kok[1] in Namen, volgende[2]."), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains(" Trefwoord [kok         ]"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains(" [x] vast / CDI"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines[22].contains("Lines 1–17 of"), lines[22])
        for hint in ["↑↓ scroll", "Tab link", "← back", "Esc start page", "g address"] {
            XCTAssertTrue(lines[23].contains(hint), hint + "\n" + lines[23])
        }
    }

    func testTheSelectedLinkAndFieldAreMarkedWithoutColour() {
        let onLink = render(detainee([reader(.page(Self.listing), focus: .link(1))])).buffer.lines
        XCTAssertTrue(onLink.contains(" Kok[1] in Namen, volgende>2<."), onLink.joined(separator: "\n"))
        XCTAssertTrue(onLink[22].contains(">2< Link 2: http://werkplein.localhost/jobs/page-2.html"), onLink[22])
        XCTAssertTrue(onLink[23].contains("Enter follow"), onLink[23])
        let onSelect = render(detainee([reader(.page(Self.listing), focus: .field(Document.FieldAddress(form: 0, field: 1)))]))
        XCTAssertTrue(onSelect.buffer.lines.contains(" Regio >Wallonie    ▾<"), onSelect.buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(onSelect.buffer.lines[22].contains("Regio: ←→ to choose"), onSelect.buffer.lines[22])
        XCTAssertTrue(onSelect.buffer.lines[23].contains("←→ choose"), onSelect.buffer.lines[23])
        XCTAssertFalse(onSelect.buffer.lines[23].contains("← back"), onSelect.buffer.lines[23])
        let row = onSelect.buffer.lines.firstIndex(of: " Regio >Wallonie    ▾<") ?? 0
        XCTAssertEqual(onSelect.buffer.cols(in: .selected, row: row).count, 15)
    }

    func testTypingInAFieldShowsItOnTheLastLineWithTheCursorAndMasksAPassword() {
        let address = Document.FieldAddress(form: 0, field: 0)
        let editing = reader(.page(Self.listing), focus: .field(address),
                             mode: .editing(address, TextEditorState(text: "kok", limit: 500, allowsNewlines: false), original: ""))
        let frame = render(detainee([editing]))
        XCTAssertEqual(frame.buffer.lines[22], " Trefwoord [kok" + String(repeating: " ", count: 63) + "]")
        XCTAssertEqual(frame.cursor, Position(row: 22, col: 15))
        XCTAssertTrue(frame.buffer.lines[23].contains("Enter keep"), frame.buffer.lines[23])
        var secret = Self.listing
        secret.document = Document(blocks: [.form(Document.Form(method: .post, action: "http://werkplein.localhost/apply/send", fields: [
            Document.FormField(kind: .password, name: "pin", value: "1234", label: "PIN"),
        ]))])
        let hidden = reader(.page(secret), focus: .field(address),
                            mode: .editing(address, TextEditorState(text: "1234", limit: 500, allowsNewlines: false), original: ""))
        let masked = text(detainee([hidden]))
        XCTAssertFalse(masked.contains("1234"), masked)
        XCTAssertTrue(masked.contains("PIN [****"), masked)
    }

    func testARefusedPageSaysTheAddressIsNotAllowedAndWhy() {
        let refused = reader(.refused(url: "http://elsewhere.localhost/vacatures", hop: 2,
                                      .notListed(host: "elsewhere.localhost", path: "/vacatures")),
                             request: "http://werkplein.localhost/go/bad")
        let screen = text(detainee([refused]))
        XCTAssertTrue(screen.contains("This address is not allowed"), screen)
        XCTAssertTrue(screen.contains("http://elsewhere.localhost/vacatures"), screen)
        XCTAssertTrue(screen.contains("elsewhere.localhost/vacatures is not on the list of sites open to you."), screen)
        XCTAssertTrue(screen.contains("The page you asked for (http://werkplein.localhost/go/bad) sent you on to this"), screen)
        XCTAssertTrue(screen.contains("address (step 2); nothing was sent there."), screen)
        XCTAssertEqual(screen.components(separatedBy: "This address is not allowed").count, 2, "said once, as the title")
        let post = text(detainee([reader(.refused(url: "http://werkplein.localhost/contact/send", hop: 0,
                                                  .postNotAllowed(rule: "http://werkplein.localhost")))]))
        XCTAssertTrue(post.contains("it would send a message out"), post)
        XCTAssertFalse(post.contains("step"), post)
    }

    func testAFailedPageSaysWhyInWords() {
        let cases: [(PageFailure, String)] = [
            (.timeout(seconds: 15), "did not answer within 15 seconds"),
            (.tooLarge(limit: 2_097_152), "over 2048 KB"),
            (.httpStatus(404), "has no such page (HTTP 404)"),
            (.httpStatus(403), "refuses to show this page (HTTP 403)"),
            (.httpStatus(503), "has a problem (HTTP 503)"),
            (.httpStatus(418), "answered with an error (HTTP 418)"),
            (.unsupportedType("application/pdf"), "This is a file (application/pdf), not a page"),
            (.tooManyRedirects(limit: 5), "too many times (over 5)"),
            (.network("Could not connect to server"), "cannot be reached"),
        ]
        for (failure, words) in cases {
            let screen = text(detainee([reader(.failed(url: Self.listing.url, failure))]))
            XCTAssertTrue(screen.contains("This page cannot be shown"), screen)
            XCTAssertTrue(screen.contains(words), words + "\n" + screen)
        }
    }

    func testALoadingPageSaysSoAndOnlyEscWorks() {
        let frame = render(detainee([reader(nil)]))
        XCTAssertTrue(frame.buffer.lines.joined().contains("Loading http://werkplein.localhost/jobs/page-1.html…"))
        XCTAssertTrue(frame.buffer.lines[23].contains("Esc start page"))
        XCTAssertFalse(frame.buffer.lines[23].contains("Tab"))
    }

    func testFindMarksTheTextAndSaysWhichMatchIsShown() {
        var state = detainee([reader(.page(Self.listing), find: WebFind(query: "regel 1", current: 0))])
        let measure = ScreenRenderer.measure(state)
        XCTAssertEqual(measure?.matches?.count, 11, "Regel 1 and 10 to 19")
        if case .webPage(var page) = state.route {
            page.measure = measure ?? PageMeasure()
            state.route = .webPage(page)
        }
        let frame = render(state)
        XCTAssertTrue(frame.buffer.lines[22].contains("“regel 1”: 1 of 11"), frame.buffer.lines[22])
        let row = frame.buffer.lines.firstIndex { $0.contains("Regel 1 van") } ?? 0
        XCTAssertEqual(frame.buffer.cols(in: .selected, row: row), Array(1...7))
    }

    func testTheMeasureGivesTheLineOfEveryLinkAndField() {
        let state = detainee([reader(.page(Self.listing))])
        let measure = ScreenRenderer.measure(state)
        XCTAssertEqual(measure?.targets.count, Self.listing.document.targets.count)
        XCTAssertEqual(measure?.targets.prefix(3).map { $0 }, [3, 3, 5])
        XCTAssertEqual(measure?.height, 17)
        XCTAssertNil(measure?.matches)
    }

    func testFieldsInListsAndQuotesAreNumberedAsTheCoreNumbersThem() {
        // Given two forms, one in a list item and one in a quote, with a link between them
        let small = Document.Form(method: .get, action: "http://a.example/s", fields: [
            Document.FormField(kind: .hidden, name: "t", value: "1"), Document.FormField(kind: .text, name: "q", label: "Q"),
        ])
        let document = Document(blocks: [
            .list(ordered: false, items: [[.form(small)]]),
            .paragraph([.link([.text("a")], target: "http://a.example/")]),
            .quote([.form(small)]),
        ])
        // When it is laid out, each target's line is where its box or number stands
        let layout = DocumentLayout(document, width: 40)
        let targets = document.targets
        XCTAssertEqual(targets, [.field(Document.FieldAddress(form: 0, field: 1)), .link(0), .field(Document.FieldAddress(form: 1, field: 1))])
        XCTAssertEqual(layout.lines(of: targets), [0, 2, 4])
        XCTAssertEqual(layout.firstLine(ofField: Document.FieldAddress(form: 1, field: 1)), 4)
        // And selecting the second form's field marks that box only
        var buffer = Buffer(size: TerminalSize(cols: 40, rows: 5))
        DocumentView(layout: layout, selectedField: Document.FieldAddress(form: 1, field: 1))
            .draw(in: &buffer, area: Rect(row: 0, col: 0, cols: 40, rows: 5))
        XCTAssertEqual(buffer.lines[0], "• Q [            ]")
        XCTAssertEqual(buffer.lines[4], "│ Q >            <")
    }

    func testABookmarkedPageSaysSoInWords() {
        var state = detainee([reader(.page(Self.listing), notice: .bookmarkAdded)],
                             bookmarks: [Bookmark(url: Self.listing.url, title: "Vacatures", createdAt: .morning)])
        state.size = .standard
        let lines = render(state).buffer.lines
        XCTAssertTrue(lines[3].hasSuffix("[bookmarked]"), lines[3])
        XCTAssertTrue(lines[22].contains("Page added to your bookmarks."), lines[22])
    }

    func testEveryJobSitesScreenFitsEverySizeInEveryLanguage() {
        let address = Document.FieldAddress(form: 0, field: 0)
        let routes: [(String, [Route])] = [
            ("start", []),
            ("page", [reader(.page(Self.listing), focus: .link(0))]),
            ("field", [reader(.page(Self.listing), focus: .field(address),
                              mode: .editing(address, TextEditorState(text: String(repeating: "lang ", count: 30), limit: 500), original: ""))]),
            ("address", [reader(.page(Self.listing), mode: .address(TextEditorState(text: "werkplein.example/" + String(repeating: "x", count: 200),
                                                                                    limit: 500, allowsNewlines: false)))]),
            ("find", [reader(.page(Self.listing), find: WebFind(query: "kok", current: 0))]),
            ("refused", [reader(.refused(url: String(repeating: "http://a.example/", count: 20), hop: 3, .formNotAllowed(rule: "a.example")))]),
            ("failed", [reader(.failed(url: Self.listing.url, .network("refused")))]),
            ("loading", [reader(nil)]),
        ]
        for language in Language.allCases {
            for (label, stack) in routes {
                assertFitsEverySize("\(label) \(language)") { size in
                    detainee(stack, size: size, language: language, bookmarks: [Self.saved])
                }
            }
        }
    }

    func testAt40x12TheReaderKeepsTitleAddressTextAndItsLastLine() {
        let lines = render(detainee([reader(.page(Self.listing), focus: .link(0))], size: TerminalSize(cols: 40, rows: 12))).buffer.lines
        XCTAssertEqual(lines[2], " Vacatures · Werkplein")
        XCTAssertEqual(lines[3], " http://werkplein.localhost/jobs/page-…")
        XCTAssertTrue(lines[4].contains("Vacatures"), lines[4])
        XCTAssertTrue(lines[10].hasPrefix(" >1< Link 1"), lines[10])
        XCTAssertTrue(lines[11].contains("↑↓ scroll"), lines[11])
    }
}
