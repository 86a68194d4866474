@testable import KioskCore
import XCTest

final class WebBookmarkTests: XCTestCase {
    private func reader(_ entry: WebHistoryEntry = .shown(Werkplein.job), notice: JobSitesNotice?) -> Route {
        var page = WebPageState(history: [entry], position: 0)
        page.notice = notice
        return .webPage(page)
    }

    func testBKeepsThePageAndTheStartPageListsIt() {
        // Given the job's page on screen, no bookmark kept
        var store = TestStore(.reading([.shown(Werkplein.job)]))
        // When b is pressed, the page is kept with its title
        store.send(.keyPressed(.character("b")), effects: [.addBookmark(url: Werkplein.jobURL, title: "Kok (m/v/x)", detainee: 1)]) {
            $0.route = self.reader(notice: .bookmarkAdded)
        }
        // Then the fresh list reaches the start page under the reader
        store.send(.bookmarksLoaded([Werkplein.saved])) {
            $0.stack[1] = .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: [Werkplein.saved]))
        }
        // And b again forgets it
        store.send(.keyPressed(.character("b")), effects: [.removeBookmark(url: Werkplein.jobURL, detainee: 1)]) {
            $0.route = self.reader(notice: .bookmarkRemoved)
        }
    }

    func testAPageWithoutATitleIsKeptUnderItsAddress() {
        let untitled = WebPage(url: Werkplein.nextURL, document: Document())
        var store = TestStore(.reading([.shown(untitled)]))
        store.send(.keyPressed(.character("b")), effects: [.addBookmark(url: Werkplein.nextURL, title: Werkplein.nextURL, detainee: 1)]) {
            $0.route = self.reader(.shown(untitled), notice: .bookmarkAdded)
        }
    }

    func testFiftyBookmarksAreTheMost() {
        // Given fifty bookmarks kept
        let kept = (1...50).map { Bookmark(url: "http://werkplein.localhost/\($0)", title: "\($0)", createdAt: .morning) }
        var store = TestStore(.reading([.shown(Werkplein.job)], bookmarks: kept))
        // When b is pressed on a new page, nothing is asked and the reader says why
        store.send(.keyPressed(.character("b"))) { $0.route = self.reader(notice: .bookmarksFull) }
        // And when the store refuses one, the reader says it too
        store.send(.keyPressed(.down)) { $0.route = self.reader(notice: nil) }
        store.send(.bookmarksFull) { $0.route = self.reader(notice: .bookmarksFull) }
    }

    func testOnlyAPageCanBeKeptAndAStoreFailureIsSaid() {
        let refused = WebHistoryEntry(request: PageRequest(url: "https://evil.example/"),
                                      load: .refused(url: "https://evil.example/", hop: 0, .notListed(host: "evil.example", path: "/")))
        var store = TestStore(.reading([refused]))
        store.send(.keyPressed(.character("b"))) { $0.route = self.reader(refused, notice: .nothingToBookmark) }
        store.send(.storeFailed(.notWritable)) { $0.route = self.reader(refused, notice: .storeFailed(.notWritable)) }
    }
}
