import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Keeping a feed body: only items the archive does not keep yet are converted, on every core,
/// in the feed's order.
final class PressFeedKeeperTests: XCTestCase {
    /// Monday 2 March 2026, 09:00 in Brussels.
    private let now = Date(timeIntervalSince1970: 1_772_438_400)
    private let quartier = PressSyncSource(url: DemoFeed.quartier.demoURL, name: DemoFeed.quartier.name, language: .fr)

    private func keep(_ data: Data, in archive: InMemoryPressArchive, source: PressSyncSource? = nil)
        -> Result<PressSourceReport.Outcome, PressFeedKeeper.Failure> {
        let source = source ?? quartier
        let feedURL: StrictURL? = if case .success(let url) = StrictURL.parse(source.url) { url } else { nil }
        return PressFeedKeeper(
            archive: archive, parser: FeedParser(), converter: HTMLDocumentConverter(), defaultRetentionDays: 30, now: now
        ).keep(data, feedURL: feedURL, source: source, validators: .none)
    }

    func testItemsAlreadyKeptAreNotConvertedAgain() throws {
        // Given the French demo feed kept once
        let archive = InMemoryPressArchive(sources: [quartier])
        let data = try DemoFeed.quartier.data()
        _ = keep(data, in: archive)
        // When the same body is kept again
        let outcome = keep(data, in: archive)
        // Then no item is converted, and all six count as known
        XCTAssertEqual(outcome, .success(.stored(PressStoreResult(known: 6), duplicatesInFeed: 0, format: .rss2)))
        let call = try XCTUnwrap(archive.storeCalls.last)
        XCTAssertEqual(call.drafts, [])
        XCTAssertEqual(call.alreadyKept, 6)
    }

    func testOnlyTheItemsNotYetKeptAreConverted() throws {
        // Given one of the feed's items kept before, with a body of its own
        let archive = InMemoryPressArchive(sources: [quartier])
        let earlier = PressArticleDraft(
            key: "quartier-2026-breve-collecte", title: "Kept before", link: nil, author: nil, published: now,
            dateWasMissing: false, document: Document(title: "Kept before", blocks: [.paragraph([.text("Earlier")])]))
        _ = try archive.storeArticles([earlier], source: quartier.url, etag: nil, lastModified: nil,
                                      keepAfter: .distantPast, at: now)
        // When the feed is kept
        let outcome = keep(try DemoFeed.quartier.data(), in: archive)
        // Then the other five are converted and added, in the feed's order, and the kept one is known
        XCTAssertEqual(outcome, .success(.stored(PressStoreResult(added: 5, known: 1), duplicatesInFeed: 0, format: .rss2)))
        let call = try XCTUnwrap(archive.storeCalls.last)
        XCTAssertEqual(call.alreadyKept, 1)
        XCTAssertFalse(call.drafts.map(\.key).contains(earlier.key))
        XCTAssertEqual(call.drafts.map(\.key), archive.articles(of: quartier.url).dropFirst().map(\.key))
        // And the article kept before is left as it was
        XCTAssertEqual(archive.article(earlier.key, of: quartier.url), earlier)
    }

    func testWhenTheLookUpFailsEveryItemIsConvertedAndTheArchiveDecides() throws {
        // Given the feed kept once, and an archive whose look-up of kept keys now fails
        let archive = InMemoryPressArchive(sources: [quartier])
        let data = try DemoFeed.quartier.data()
        _ = keep(data, in: archive)
        archive.keptKeysFailure = .unavailable
        // When the same body is kept again
        let outcome = keep(data, in: archive)
        // Then every item is converted and handed over, and the archive counts them known
        XCTAssertEqual(outcome, .success(.stored(PressStoreResult(known: 6), duplicatesInFeed: 0, format: .rss2)))
        let call = try XCTUnwrap(archive.storeCalls.last)
        XCTAssertEqual(call.drafts.count, 6)
        XCTAssertEqual(call.alreadyKept, 0)
    }

    func testAFeedOfManyItemsBecomesArticlesInItsOrderEachWithItsOwnBody() throws {
        // Given a feed of 100 items, more than one run of the map, each body naming its item
        let archive = InMemoryPressArchive(sources: [quartier])
        let items = (0..<100).map { index in
            "<item><title>Item \(index)</title><guid>item-\(index)</guid>"
                + "<description>&lt;p&gt;Body of item \(index) &amp;eacute;t&amp;eacute;&lt;/p&gt;</description></item>"
        }
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>"
            + items.joined() + "</channel></rss>"
        // When it is kept
        let outcome = keep(Data(feed.utf8), in: archive)
        // Then the drafts come in the feed's order, each converted from its own item
        XCTAssertEqual(outcome, .success(.stored(PressStoreResult(added: 100), duplicatesInFeed: 0, format: .rss2)))
        let drafts = try XCTUnwrap(archive.storeCalls.last).drafts
        XCTAssertEqual(drafts.map(\.key), (0..<100).map { "item-\($0)" })
        for (index, draft) in drafts.enumerated() {
            XCTAssertEqual(draft.title, "Item \(index)")
            XCTAssertEqual(draft.document.plainText, "Body of item \(index) été")
        }
    }
}
