import KioskCore
@testable import Widgets
import XCTest

/// The detainee's press screens, drawn at 80x24 and at every size.
final class PressScreensTests: XCTestCase {
    static let quartier = PressSourceSummary(url: "https://press.example/quartier.xml", name: "Le Journal du Quartier",
                                             language: .fr, articleCount: 12, unreadCount: 3, latest: .morning)
    static let lines = [
        PressArticleSummary(id: 1, sourceURL: quartier.url, sourceName: quartier.name, title: "La bibliothèque rouvre",
                            published: .morning, isRead: false),
        PressArticleSummary(id: 2, sourceURL: quartier.url, sourceName: quartier.name, title: "Marché de l'emploi",
                            published: Date.morning.addingTimeInterval(-86_400), isRead: true),
    ]
    static let article = PressArticle(
        id: 1, sourceURL: quartier.url, sourceName: quartier.name, language: .fr, title: "La bibliothèque rouvre",
        link: "https://press.example/a/1", author: "Claire Dumont", published: .morning,
        document: Document(title: "La bibliothèque rouvre", blocks: [
            .heading(level: 2, [.text("Horaires")]),
            .paragraph([.text("Ouverte le "), .link([.text("samedi")], target: "https://press.example/h"), .text(".")]),
        ]))

    private func detainee(_ routes: [Route], size: TerminalSize = .standard, access: AccessProfile = .unrestricted) -> AppState {
        var state = AppState(settings: KioskSettings(terminalName: "A-117"), now: .morning, size: size)
        var account = DetaineeAccount(id: 1, number: "1001", name: "Jean", language: .en, cell: "A-101")
        account.access = access
        state.session = DetaineeSession(account: account, lastActivity: .morning)
        state.language = .en
        state.stack = [.home(HomeState(selection: 2))] + routes
        return state
    }

    private func screen(_ routes: [Route], access: AccessProfile = .unrestricted) -> String {
        ScreenRenderer.render(detainee(routes, access: access)).buffer.lines.joined(separator: "\n")
    }

    func testTheStandListsNewspapersWithUnreadCountsInWordsAndItsKeys() {
        let text = screen([.press(PressState(sources: [Self.quartier]))])
        XCTAssertTrue(text.contains("> Le Journal du Quartier (fr) · 12 articles · Mon 2 Mar"), text)
        XCTAssertTrue(text.contains("3 new"), text)
        XCTAssertTrue(text.contains("[Newspapers]"), text)
        for hint in ["Enter open", "Tab change view", "/ search", "Esc back"] { XCTAssertTrue(text.contains(hint), hint + "\n" + text) }
    }

    func testByDateMarksUnreadArticlesWithAWord() {
        let text = screen([.press(PressState(view: .byDate, sources: [Self.quartier], latest: Self.lines))])
        let rows = text.split(separator: "\n")
        XCTAssertTrue(rows.contains { $0.contains("La bibliothèque rouvre · Le Journal du Quartier") && $0.hasSuffix(" new") }, text)
        XCTAssertTrue(rows.contains { $0.contains("Marché de l'emploi") && !$0.contains("new") }, text)
        XCTAssertTrue(text.contains("[By date]"), text)
    }

    func testAnEmptyStandSaysWhyAndALoadingOneSaysSo() {
        XCTAssertTrue(screen([.press(PressState(sources: []))]).contains("No articles yet."))
        XCTAssertTrue(screen([.press(PressState())]).contains("Loading…"))
        var failed = PressState()
        failed.failure = .unavailable
        XCTAssertTrue(screen([.press(failed)]).contains("! "))
    }

    func testABarredDetaineeIsToldThePressIsNotInTheirProfile() {
        let text = screen([.section(.press)], access: AccessProfile(name: "pre-trial", sections: [.courses]))
        XCTAssertTrue(text.contains("Press"), text)
        XCTAssertTrue(text.contains("This section is not open to you."), text)
    }

    func testTheReaderShowsTitleSourceDateAuthorAndTheTextWithoutLinkNumbers() {
        let text = screen([.press(PressState()), .pressArticle(PressArticleState(id: 1, article: Self.article))])
        XCTAssertTrue(text.contains("La bibliothèque rouvre"), text)
        XCTAssertTrue(text.contains("Le Journal du Quartier · Mon 2 Mar 09:00 · by Claire Dumont"), text)
        XCTAssertTrue(text.contains("Horaires"), text)
        XCTAssertTrue(text.contains("Ouverte le samedi."), text)
        XCTAssertFalse(text.contains("[1]"), text)
        XCTAssertTrue(text.contains("Original: https://press.example/a/1"), text)
        XCTAssertTrue(text.contains("End of the article."), text)
    }

    func testTheReaderMeasuresItsTextForTheCore() {
        // Given the article on a 40x12 screen
        let state = detainee([.pressArticle(PressArticleState(id: 1, article: Self.article))], size: TerminalSize(cols: 40, rows: 12))
        // Then the measure counts the laid-out lines and the rows under the title and facts
        let measure = ScreenRenderer.measure(state)
        XCTAssertEqual(measure?.height, 12 - 1 - 1 - 1 - 3)
        XCTAssertGreaterThan(measure?.lines ?? 0, 5)
        // And screens that scroll no text measure nothing
        XCTAssertNil(ScreenRenderer.measure(detainee([.press(PressState())])))
    }

    func testSearchShowsTheFieldTheCountAndNoMatchPlainly() {
        let found = screen([.pressSearch(PressSearchState(query: "biblio", searchedFor: "biblio", results: Array(Self.lines.prefix(1))))])
        XCTAssertTrue(found.contains("Words [biblio"), found)
        XCTAssertTrue(found.contains("1 article for “biblio”"), found)
        let none = screen([.pressSearch(PressSearchState(query: "zzz", searchedFor: "zzz", results: []))])
        XCTAssertTrue(none.contains("No article contains “zzz”."), none)
        let fresh = screen([.pressSearch(PressSearchState())])
        XCTAssertTrue(fresh.contains("Accents and capitals do not matter."), fresh)
    }

    func testEveryPressScreenAtEverySizeFitsAndKeepsTheCursorOnScreen() {
        var failed = PressArticleState(id: 3)
        failed.failure = .notWritable
        let routes: [Route] = [
            .press(PressState(sources: [Self.quartier])),
            .press(PressState(view: .byDate, latest: Self.lines)),
            .press(PressState()),
            .pressArticles(PressArticlesState(source: Self.quartier, articles: Self.lines, selection: 1)),
            .pressArticles(PressArticlesState(source: Self.quartier, articles: [])),
            .pressSearch(PressSearchState(query: String(repeating: "é", count: 80), searchedFor: "x", results: Self.lines)),
            .pressArticle(PressArticleState(id: 1, article: Self.article, offset: 500)),
            .pressArticle(PressArticleState(id: 2, isMissing: true)),
            .pressArticle(failed),
        ]
        for route in routes {
            assertFitsEverySize("\(route)") { detainee([route], size: $0) }
        }
    }
}
