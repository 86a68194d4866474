@testable import KioskCore
import XCTest

final class FeedSourcesFeatureTests: XCTestCase {
    static let soir = FeedSourceEntry(url: "https://news.example.be/rss", name: "Le Journal", language: .fr, enabled: true,
                                      createdAt: .morning, createdBy: "staff:admin")
    let author = ChangeAuthor(actor: "staff:admin", terminal: "kiosk", at: .morning)

    private func listed() -> TestStore {
        var state = SupervisorFeatureTests.staffState(.admin)
        state.stack.append(.feedSources(FeedSourcesState(items: [Self.soir])))
        return TestStore(state)
    }

    func testEnterDisablesAnEnabledSourceAndTheFreshListIsShownSaved() {
        var store = listed()
        store.send(.keyPressed(.enter), effects: [.setFeedSourceEnabled(url: Self.soir.url, false, by: author)])
        var disabled = Self.soir
        disabled.enabled = false
        store.send(.feedSourcesChanged([disabled])) { $0.route = .feedSources(FeedSourcesState(items: [disabled], outcome: .saved)) }
    }

    func testTheFormStartsInTheStaffLanguageAndChecksURLAndNameBeforeSending() {
        var store = listed()
        store.send(.keyPressed(.insert)) { $0.stack.append(.feedSourceForm(FeedSourceFormState(language: .en))) }
        // When a URL with userinfo is sent, the URL parser's reason is shown and nothing is sent
        store.type("https://me@x.be/rss")
        guard case .failure(let refusal) = StrictURL.parse("https://me@x.be/rss") else { return XCTFail("should not parse") }
        store.send(.keyPressed(.enter)) {
            $0.route = .feedSourceForm(FeedSourceFormState(url: "https://me@x.be/rss", language: .en, outcome: .refused(refusal.description)))
        }
        // And a good URL without a name asks for the name
        var form = FeedSourceFormState(url: "https://news.example.nl/feed", language: .en, focus: .language)
        store.state.route = .feedSourceForm(form)
        store.send(.keyPressed(.enter)) {
            form.outcome = .invalid(.feedNameMissing)
            $0.route = .feedSourceForm(form)
        }
        // When ← changes the language and the name is typed, Enter sends the source
        store.send(.keyPressed(.left)) {
            form.language = .de
            $0.route = .feedSourceForm(form)
        }
        store.send(.keyPressed(.backTab)) {
            form.focus = .name
            $0.route = .feedSourceForm(form)
        }
        store.type("Het Blad")
        store.send(.keyPressed(.enter),
                   effects: [.addFeedSource(FeedSourceDraft(url: "https://news.example.nl/feed", name: "Het Blad", language: .de), by: author)]) {
            form.name = "Het Blad"
            form.outcome = nil
            $0.route = .feedSourceForm(form)
        }
    }

    func testRemovalIsConfirmedAndARefusalShowsUnderTheList() {
        var store = listed()
        store.send(.keyPressed(.function(8))) { $0.route = .feedSources(FeedSourcesState(items: [Self.soir], isConfirmingRemoval: true)) }
        store.send(.keyPressed(.enter), effects: [.removeFeedSource(url: Self.soir.url, by: author)]) {
            $0.route = .feedSources(FeedSourcesState(items: [Self.soir]))
        }
        store.send(.changeRefused("No feed https://news.example.be/rss")) {
            $0.route = .feedSources(FeedSourcesState(items: [Self.soir], outcome: .refused("No feed https://news.example.be/rss")))
        }
        // And a store failure is shown the same way
        store.send(.storeFailed(.notWritable)) {
            $0.route = .feedSources(FeedSourcesState(items: [Self.soir], outcome: .failed(.notWritable)))
        }
    }
}
