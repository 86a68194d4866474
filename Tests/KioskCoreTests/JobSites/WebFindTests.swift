@testable import KioskCore
import XCTest

final class WebFindTests: XCTestCase {
    private let measure = PageMeasure(lines: 60, height: 10)

    /// The listing on screen, measured, scrolled to `offset`, with `find` and `matches`.
    private func reader(offset: Int = 0, find: WebFind? = nil, matches: [Int]? = nil, mode: WebPageState.Mode = .reading,
                        notice: JobSitesNotice? = nil) -> Route {
        var measure = measure
        measure.matches = matches
        var page = WebPageState(history: [.shown(Werkplein.listing, offset: offset)], position: 0, measure: measure, mode: mode,
                                find: find)
        page.notice = notice
        return .webPage(page)
    }

    func testSlashFindsTheTextFromTheViewAndNWalksThroughTheMatches() {
        // Given the listing scrolled to line 20
        var store = TestStore(.reading([.shown(Werkplein.listing, offset: 20)], measure: measure))
        // When / is pressed and "kok" typed
        store.send(.keyPressed(.character("/"))) {
            $0.route = self.reader(offset: 20, mode: .find(TextEditorState(limit: 80, allowsNewlines: false)))
        }
        store.type("kok")
        // Then Enter asks the screen for the lines holding it
        store.send(.keyPressed(.enter)) { $0.route = self.reader(offset: 20, find: WebFind(query: "kok", isPending: true)) }
        // And once measured, the view goes to the first match below the view's top
        var found = measure
        found.matches = [3, 25, 58]
        store.send(.pageMeasured(found)) { $0.route = self.reader(offset: 25, find: WebFind(query: "kok", current: 1), matches: [3, 25, 58]) }
        // And n goes to the next (held at the last page), then wraps to the first; N goes back
        store.send(.keyPressed(.character("n"))) {
            $0.route = self.reader(offset: 50, find: WebFind(query: "kok", current: 2), matches: [3, 25, 58])
        }
        store.send(.keyPressed(.character("n"))) {
            $0.route = self.reader(offset: 3, find: WebFind(query: "kok", current: 0), matches: [3, 25, 58])
        }
        store.send(.keyPressed(.character("N"))) {
            $0.route = self.reader(offset: 50, find: WebFind(query: "kok", current: 2), matches: [3, 25, 58])
        }
        // And / then Enter on the same text goes to the next match at once
        store.send(.keyPressed(.character("/"))) {
            $0.route = self.reader(offset: 50, find: WebFind(query: "kok", current: 2), matches: [3, 25, 58],
                                   mode: .find(TextEditorState(text: "kok", limit: 80, allowsNewlines: false)))
        }
        store.send(.keyPressed(.enter)) {
            $0.route = self.reader(offset: 3, find: WebFind(query: "kok", current: 0), matches: [3, 25, 58])
        }
    }

    func testATextNowhereOnThePageIsSaidOnce() {
        var store = TestStore(.reading([.shown(Werkplein.listing)], measure: measure))
        store.type("/")
        store.type("bakker")
        store.send(.keyPressed(.enter)) { $0.route = self.reader(find: WebFind(query: "bakker", isPending: true)) }
        var none = measure
        none.matches = []
        store.send(.pageMeasured(none)) {
            $0.route = self.reader(find: WebFind(query: "bakker"), matches: [], notice: .noMatch("bakker"))
        }
        store.send(.keyPressed(.down)) { $0.route = self.reader(offset: 1, find: WebFind(query: "bakker"), matches: []) }
    }

    func testEnterOnAnEmptyFindLineForgetsTheSearchAndEscClosesIt() {
        var store = TestStore(.reading([.shown(Werkplein.listing)], measure: measure))
        store.state.stack[2] = reader(find: WebFind(query: "kok", current: 0), matches: [3])
        store.type("/")
        for _ in 0..<3 { _ = reduce(&store.state, .keyPressed(.backspace)) }
        store.send(.keyPressed(.enter)) { $0.route = self.reader() }
        store.type("/")
        store.send(.keyPressed(.escape)) { $0.route = self.reader() }
    }
}
