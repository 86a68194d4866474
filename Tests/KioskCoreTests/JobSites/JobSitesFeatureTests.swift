@testable import KioskCore
import XCTest

final class JobSitesFeatureTests: XCTestCase {
    func testOpeningTheSectionShowsTheStartPageAndLoadsItsSitesAndBookmarks() {
        // Given Jean on the home menu
        var store = TestStore(.loggedIn())
        // When 2 is typed, the start page opens empty and asks for the sites and his bookmarks
        store.send(.keyPressed(.character("2")), effects: [.loadStartSites(categories: nil), .loadBookmarks(detainee: 1)]) {
            $0.stack = [.home(HomeState(selection: 1)), .jobSites(JobSitesState())]
            $0.session?.visit = SectionVisit(section: .jobSites, since: .morning)
        }
        // Then the sites and bookmarks arrive, bookmarks listed first
        store.send(.startSitesLoaded([Werkplein.site])) { $0.route = .jobSites(JobSitesState(sites: [Werkplein.site])) }
        store.send(.bookmarksLoaded([Werkplein.saved])) {
            $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [Werkplein.saved]))
        }
        XCTAssertEqual(JobSitesState(sites: [Werkplein.site], bookmarks: [Werkplein.saved]).entries,
                       [.bookmark(Werkplein.saved), .site(Werkplein.site)])
    }

    func testTheStartPageAsksOnlyForTheCategoriesTheProfileOpensAndNeverThePress() {
        // Given Anna, whose profile opens jobs, the library and (wrongly) the press
        var anna = DetaineeAccount.anna
        anna.access = AccessProfile(name: "limited", jobCategories: ["jobs", "library", "press", "unknown"])
        var store = TestStore(.loggedIn(anna))
        // When the section opens, the sites asked for are of jobs and library only
        store.send(.keyPressed(.character("2")), effects: [.loadStartSites(categories: [.jobs, .library]), .loadBookmarks(detainee: 2)]) {
            $0.stack = [.home(HomeState(selection: 1)), .jobSites(JobSitesState())]
            $0.session?.visit = SectionVisit(section: .jobSites, since: .morning)
        }
    }

    func testABarredDetaineeIsToldWhyAndNothingIsLoaded() {
        // Given Jean, whose profile has no job sites
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "pre-trial", sections: [.courses])
        var store = TestStore(.loggedIn(jean))
        // When the section is opened, the section screen (which says why) shows and nothing is loaded
        store.send(.keyPressed(.character("2"))) { $0.stack = [.home(HomeState(selection: 1)), .section(.jobSites)] }
    }

    func testEnterOpensTheSelectedLineInTheReaderAndNamesTheBrowserSession() {
        // Given the start page with a bookmark above the site
        var store = TestStore(.onStartPage(bookmarks: [Werkplein.saved]))
        store.send(.keyPressed(.down)) {
            $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [Werkplein.saved], selection: 1))
        }
        // When Enter is pressed on the site, the reader opens loading its address
        let request = PageRequest(url: Werkplein.root)
        store.send(.keyPressed(.enter), effects: [.load(request)]) {
            $0.stack.append(.webPage(WebPageState(request: request)))
            $0.session?.webSession = AppState.jeanSession
        }
        // Then Esc comes back to the start page, and the next page keeps the same session
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
        store.send(.keyPressed(.up)) {
            $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [Werkplein.saved], selection: 0))
        }
        store.send(.keyPressed(.enter), effects: [.load(PageRequest(url: Werkplein.jobURL))]) {
            $0.stack.append(.webPage(WebPageState(request: PageRequest(url: Werkplein.jobURL))))
        }
    }

    func testGTypesAnAddressThatTheBrowserDecides() {
        // Given the start page
        var store = TestStore(.onStartPage())
        // When g is pressed and an address without a scheme is typed
        store.send(.keyPressed(.character("g"))) {
            $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [],
                                               address: TextEditorState(limit: 500, allowsNewlines: false)))
        }
        store.type(" werkplein.example/jobs")
        // Then Enter asks for it over https, as a rule without a scheme reads
        let request = PageRequest(url: "https://werkplein.example/jobs")
        store.send(.keyPressed(.enter), effects: [.load(request)]) {
            $0.stack[1] = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: []))
            $0.stack.append(.webPage(WebPageState(request: request)))
            $0.session?.webSession = AppState.jeanSession
        }
        // And Esc closes the field without asking anything; an empty field asks nothing either
        var closing = TestStore(.onStartPage())
        closing.type("g")
        closing.type("abc")
        closing.send(.keyPressed(.escape)) { $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [])) }
        closing.type("g")
        closing.send(.keyPressed(.enter)) { $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [])) }
    }

    func testBOnABookmarkForgetsIt() {
        // Given a bookmark selected on the start page
        var store = TestStore(.onStartPage(bookmarks: [Werkplein.saved]))
        // When b is pressed, it is removed and the page says so
        store.send(.keyPressed(.character("b")), effects: [.removeBookmark(url: Werkplein.jobURL, detainee: 1)]) {
            var start = JobSitesState(sites: [Werkplein.site], bookmarks: [Werkplein.saved])
            start.notice = .bookmarkRemoved
            $0.route = .jobSites(start)
        }
        // Then the fresh list arrives, and b on a site does nothing
        store.send(.bookmarksLoaded([])) {
            var start = JobSitesState(sites: [Werkplein.site], bookmarks: [])
            start.notice = .bookmarkRemoved
            $0.route = .jobSites(start)
        }
        store.send(.keyPressed(.character("b"))) { $0.route = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [])) }
    }

    func testAStoreFailureIsSaidOnTheStartPage() {
        var store = TestStore(.onStartPage())
        store.send(.storeFailed(.unavailable)) {
            var start = JobSitesState(sites: [Werkplein.site], bookmarks: [])
            start.failure = .unavailable
            $0.route = .jobSites(start)
        }
    }

    func testResultsWithoutASessionAreDropped() {
        // Given no one logged in
        var store = TestStore(AppState(now: .morning))
        // When job-site results arrive, nothing changes
        store.send(.startSitesLoaded([Werkplein.site]))
        store.send(.bookmarksLoaded([Werkplein.saved]))
        store.send(.pageLoaded(PageRequest(url: Werkplein.root), .page(Werkplein.listing)))
    }

    func testStartSitesAreNamedByTheirRuleAndOpenWhereItPoints() throws {
        let plain = try XCTUnwrap(StartSite(rule: try SiteRule("werkplein.example/vacatures", category: .jobs)))
        XCTAssertEqual(plain.url, "https://werkplein.example/vacatures")
        XCTAssertEqual(plain.name, "werkplein.example/vacatures")
        let http = try XCTUnwrap(StartSite(rule: try SiteRule("http://.opleiding.example:8080", category: .training)))
        XCTAssertEqual(http.url, "http://opleiding.example:8080/")
        XCTAssertEqual(http.name, "opleiding.example:8080")
        XCTAssertNil(StartSite(rule: try SiteRule("press.example", category: .press)))
    }
}
