@testable import KioskCore
import XCTest

extension PressSourceSummary {
    static let quartier = PressSourceSummary(url: "https://press.example/quartier.xml", name: "Le Journal du Quartier",
                                             language: .fr, articleCount: 2, unreadCount: 2, latest: .morning)
}

extension PressArticleSummary {
    static func line(_ id: Int64, read: Bool = false) -> PressArticleSummary {
        PressArticleSummary(id: id, sourceURL: PressSourceSummary.quartier.url, sourceName: "Le Journal du Quartier",
                            title: "Article \(id)", published: Date.morning.addingTimeInterval(-Double(id) * 3600), isRead: read)
    }
}

extension PressArticle {
    static func full(_ id: Int64) -> PressArticle {
        PressArticle(id: id, sourceURL: PressSourceSummary.quartier.url, sourceName: "Le Journal du Quartier", language: .fr,
                     title: "Article \(id)", link: nil, author: nil, published: Date.morning.addingTimeInterval(-Double(id) * 3600),
                     document: Document(title: "Article \(id)", blocks: [.paragraph([.text("Texte.")])]))
    }
}

final class PressFeatureTests: XCTestCase {
    private let visit = SectionVisit(section: .press, since: .morning)

    /// Jean on the press stand with its newspaper loaded.
    private func onStand(_ account: DetaineeAccount = .jean) -> TestStore {
        var state = AppState.loggedIn(account)
        state.stack = [.home(HomeState(selection: 2)), .press(PressState(sources: [.quartier]))]
        state.session?.visit = visit
        state.session?.summary = HomeSummary(unread: [.press: 2])
        return TestStore(state)
    }

    func testOpeningThePressShowsTheStandAndLoadsItsNewspapers() {
        // Given Jean on the home menu
        var store = TestStore(.loggedIn())
        // When 3 is typed, the stand opens empty and asks for the newspapers; its time starts counting
        store.send(.keyPressed(.character("3")), effects: [.loadPressSources(detainee: 1, allowed: nil)]) {
            $0.stack = [.home(HomeState(selection: 2)), .press(PressState())]
            $0.session?.visit = self.visit
        }
        // Then the newspapers arrive
        store.send(.pressSourcesLoaded([.quartier])) { $0.route = .press(PressState(sources: [.quartier])) }
    }

    func testTheStandAsksOnlyForTheNewspapersTheProfileAllows() {
        // Given Anna, whose profile opens one newspaper
        var anna = DetaineeAccount.anna
        anna.access = AccessProfile(name: "limited", pressSources: ["De Wijkkrant"])
        var store = TestStore(.loggedIn(anna))
        // When the press opens, the load carries the allowed names
        store.send(.keyPressed(.character("3")), effects: [.loadPressSources(detainee: 2, allowed: ["De Wijkkrant"])]) {
            $0.stack = [.home(HomeState(selection: 2)), .press(PressState())]
            $0.session?.visit = self.visit
        }
    }

    func testABarredDetaineeIsToldWhyAndNothingIsLoaded() {
        // Given Jean, whose profile has no press
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "pre-trial", sections: [.courses, .requests])
        var store = TestStore(.loggedIn(jean))
        // When the press is opened, the section screen (which says why) shows, nothing is loaded or counted
        store.send(.keyPressed(.character("3"))) {
            $0.stack = [.home(HomeState(selection: 2)), .section(.press)]
        }
        XCTAssertEqual(store.state.access(to: .press), .notInProfile)
    }

    func testANewspaperOpensWithItsArticlesAndTabShowsAllByDate() {
        var store = onStand()
        // When Enter is pressed on the newspaper, its articles load
        store.send(.keyPressed(.enter),
                   effects: [.loadPressArticles(detainee: 1, source: PressSourceSummary.quartier.url, allowed: nil)]) {
            $0.stack.append(.pressArticles(PressArticlesState(source: .quartier)))
        }
        store.send(.pressArticlesLoaded(source: PressSourceSummary.quartier.url, [.line(1), .line(2)])) {
            $0.route = .pressArticles(PressArticlesState(source: .quartier, articles: [.line(1), .line(2)]))
        }
        // And results for another newspaper are ignored
        store.send(.pressArticlesLoaded(source: "https://elsewhere.example/feed", [.line(9)]))
        // When Esc goes back and Tab is pressed, the stand shows every article by date, loaded once
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
        store.send(.keyPressed(.tab), effects: [.loadPressArticles(detainee: 1, source: nil, allowed: nil)]) {
            $0.route = .press(PressState(view: .byDate, sources: [.quartier]))
        }
        store.send(.pressArticlesLoaded(source: nil, [.line(1)])) {
            $0.route = .press(PressState(view: .byDate, sources: [.quartier], latest: [.line(1)]))
        }
        store.send(.keyPressed(.tab)) { $0.route = .press(PressState(view: .sources, sources: [.quartier], latest: [.line(1)])) }
        store.send(.keyPressed(.tab)) { $0.route = .press(PressState(view: .byDate, sources: [.quartier], latest: [.line(1)])) }
    }

    func testOpeningAnArticleMarksItReadEverywhereAndCountsItOnce() {
        // Given the newspaper's two unread articles on screen
        var store = onStand()
        store.state.stack.append(.pressArticles(PressArticlesState(source: .quartier, articles: [.line(1), .line(2)], selection: 1)))
        // When Enter is pressed on the second, the reader opens and asks for it
        store.send(.keyPressed(.enter),
                   effects: [.openArticle(id: 2, detainee: 1, allowed: nil, terminal: "kiosk")]) {
            $0.stack.append(.pressArticle(PressArticleState(id: 2)))
        }
        // Then when it arrives it shows, it is marked read below, and one fewer is unread
        store.send(.articleOpened(.full(2))) {
            $0.route = .pressArticle(PressArticleState(id: 2, article: .full(2)))
            $0.stack[2] = .pressArticles(PressArticlesState(source: .quartier, articles: [.line(1), .line(2, read: true)], selection: 1))
            var quartier = PressSourceSummary.quartier
            quartier.unreadCount = 1
            $0.stack[1] = .press(PressState(sources: [quartier]))
            $0.session?.summary.unread[.press] = 1
        }
        // And an article that arrives for another reader is ignored
        store.send(.articleOpened(.full(1)))
    }

    func testTheReaderScrollsWithinWhatTheScreenMeasured() {
        // Given an article of 50 lines in a view of 10
        var store = onStand()
        store.state.stack.append(.pressArticle(PressArticleState(id: 1, article: .full(1))))
        store.send(.pageMeasured(PageMeasure(lines: 50, height: 10))) {
            $0.route = .pressArticle(PressArticleState(id: 1, article: .full(1), measure: PageMeasure(lines: 50, height: 10)))
        }
        func reader(_ offset: Int) -> Route {
            .pressArticle(PressArticleState(id: 1, article: .full(1), offset: offset, measure: PageMeasure(lines: 50, height: 10)))
        }
        // When keys are pressed, the text scrolls a line, a page (less one line) or to the ends
        store.send(.keyPressed(.down)) { $0.route = reader(1) }
        store.send(.keyPressed(.pageDown)) { $0.route = reader(10) }
        store.send(.keyPressed(.character(" "))) { $0.route = reader(19) }
        store.send(.keyPressed(.end)) { $0.route = reader(40) }
        // Then it never goes past the last page, nor above the first line
        store.send(.keyPressed(.down))
        store.send(.keyPressed(.pageUp)) { $0.route = reader(31) }
        store.send(.keyPressed(.home)) { $0.route = reader(0) }
        store.send(.keyPressed(.up))
        // And a narrower screen that makes the text shorter pulls the offset back
        store.send(.keyPressed(.end)) { $0.route = reader(40) }
        store.send(.pageMeasured(PageMeasure(lines: 30, height: 10))) {
            $0.route = .pressArticle(PressArticleState(id: 1, article: .full(1), offset: 20, measure: PageMeasure(lines: 30, height: 10)))
        }
    }

    func testLeavingTheReaderReleasesTheArticle() {
        // Given Jean reading an article
        var store = onStand()
        store.state.stack.append(.pressArticle(PressArticleState(id: 1, article: .full(1))))
        // When Esc is pressed, the article is released on this terminal
        store.send(.keyPressed(.escape), effects: [.closeArticle(terminal: "kiosk")]) { $0.stack.removeLast() }
    }

    func testAReaderStillLoadingHoldsNothingToRelease() {
        var store = onStand()
        store.state.stack.append(.pressArticle(PressArticleState(id: 1)))
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
    }

    func testLoggingOutOrStoppingWhileReadingReleasesTheArticle() {
        // Given Jean reading an article
        var reading = onStand()
        reading.state.stack.append(.pressArticle(PressArticleState(id: 1, article: .full(1))))
        // When the kiosk stops, the time is recorded and the article released before the program exits
        var store = reading
        store.send(.stopRequested, effects: [.closeArticle(terminal: "kiosk"), .exit]) {
            $0.isStopping = true
            $0.session?.visit = nil
        }
        // And an idle logout releases it too
        var idle = reading
        let late = Date.morning.addingTimeInterval(600)
        let effects = reduce(&idle.state, .tick(late))
        XCTAssertEqual(effects.last, .closeArticle(terminal: "kiosk"))
        XCTAssertTrue(effects.contains(.recordSectionUse(detainee: 1, section: .press, day: "2026-03-02", seconds: 600)))
    }

    func testThePressClosesAroundTheReaderWhenItsHoursEnd() {
        // Given Jean, whose press closes at 10:00, reading at 09:59
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "day", hours: DailyHours(start: 7 * 60, end: 10 * 60))
        var store = onStand(jean)
        store.state.stack.append(.pressArticles(PressArticlesState(source: .quartier)))
        store.state.stack.append(.pressArticle(PressArticleState(id: 1, article: .full(1))))
        let ten = Date.morning.addingTimeInterval(3600)
        store.state.session?.lastActivity = ten.addingTimeInterval(-30)
        // When 10:00 comes, every press screen leaves for the section screen (which says until when),
        // the time is recorded and the article released
        store.send(.tick(ten), effects: [
            .recordSectionUse(detainee: 1, section: .press, day: "2026-03-02", seconds: 3600),
            .closeArticle(terminal: "kiosk"),
        ]) {
            $0.now = ten
            $0.stack = [.home(HomeState(selection: 2)), .section(.press)]
            $0.session?.visit = nil
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.press: 3600])
        }
        XCTAssertEqual(store.state.access(to: .press), .outsideHours(opensAt: Date.morning.addingTimeInterval(22 * 3600)))
    }

    func testSearchRunsOnEnterAndDropsStaleResults() {
        // Given the stand
        var store = onStand()
        // When / is pressed, the search opens
        store.send(.keyPressed(.character("/"))) { $0.stack.append(.pressSearch(PressSearchState())) }
        // And words typed, then Enter: the search runs for the trimmed words
        store.type("ecole ")
        store.send(.keyPressed(.enter), effects: [.searchPress("ecole", detainee: 1, allowed: nil)]) {
            $0.route = .pressSearch(PressSearchState(query: "ecole ", searchedFor: "ecole"))
        }
        // Then results of an older query are dropped, the right ones shown
        store.send(.pressSearched(query: "eco", [.line(5)]))
        store.send(.pressSearched(query: "ecole", [.line(1), .line(2)])) {
            $0.route = .pressSearch(PressSearchState(query: "ecole ", searchedFor: "ecole", results: [.line(1), .line(2)]))
        }
        // And Enter again, with nothing new typed, opens the selected result
        store.send(.keyPressed(.down)) {
            $0.route = .pressSearch(PressSearchState(query: "ecole ", searchedFor: "ecole", results: [.line(1), .line(2)], selection: 1))
        }
        store.send(.keyPressed(.enter), effects: [.openArticle(id: 2, detainee: 1, allowed: nil, terminal: "kiosk")]) {
            $0.stack.append(.pressArticle(PressArticleState(id: 2)))
        }
    }

    func testAStoreFailureStopsTheWaitAndAMissingArticleIsSaid() {
        // Given the stand waiting for its newspapers
        var store = onStand()
        store.state.route = .press(PressState())
        // When the store fails, the stand says so instead of waiting
        store.send(.storeFailed(.unavailable)) {
            var stand = PressState()
            stand.failure = .unavailable
            $0.route = .press(stand)
        }
        // And a reader whose article is gone says so
        store.state.stack.append(.pressArticle(PressArticleState(id: 4)))
        store.send(.articleMissing(id: 4)) { $0.route = .pressArticle(PressArticleState(id: 4, isMissing: true)) }
    }
}

final class SectionGateTests: XCTestCase {
    func testAClosedPressOnScreenOpensAsTheStandWhenItsHoursBegin() {
        // Given Jean, whose press opens at 10:00, on the press section at 09:59 (told when it opens)
        var jean = DetaineeAccount.jean
        jean.access = AccessProfile(name: "late", hours: DailyHours(start: 10 * 60, end: 22 * 60))
        var state = AppState.loggedIn(jean)
        state.stack = [.home(HomeState(selection: 2)), .section(.press)]
        let ten = Date.morning.addingTimeInterval(3600)
        state.session?.lastActivity = ten.addingTimeInterval(-30)
        var store = TestStore(state)
        // When 10:00 comes, the stand replaces the notice and loads, and its time starts counting
        store.send(.tick(ten), effects: [.loadPressSources(detainee: 1, allowed: nil)]) {
            $0.now = ten
            $0.stack = [.home(HomeState(selection: 2)), .press(PressState())]
            $0.session?.visit = SectionVisit(section: .press, since: ten)
        }
    }
}
