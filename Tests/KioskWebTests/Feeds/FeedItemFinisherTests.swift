import Foundation
import XCTest
@testable import KioskWeb

final class FeedItemFinisherTests: FeedTestCase {
    func testDuplicatesByGuidThenLinkThenTitleAndDateAreDropped() throws {
        // Given the French feed: a guid repeated, and two items with neither guid, link nor date
        // When it is parsed
        let feed = try parse(FeedFixtures.rss2French)
        // Then the first of each is kept, and the duplicates are counted
        XCTAssertEqual(feed.items.map(\.title), [
            "Bibliothèque : horaires d’été", "Concert de jazz samedi", "Sans date ni identifiant",
        ])
        XCTAssertEqual(feed.duplicateCount, 2)
        XCTAssertEqual(feed.items[2].summaryHTML, "Un article sans date.")
    }

    func testAFeedOfMoreEntriesThanABatchIsFinishedInItsOrderWithDuplicatesAndOverflowCounted() throws {
        // Given more entries than one batch: 1,100 distinct ones, then the first 100 again, and
        // some entries that are empty
        let count = FeedItemFinisher.batchLength * 2 + 76
        let distinct = (0..<count).map { "<item><guid>g\($0)</guid><title>Item \($0)</title></item>" }
        let repeated = (0..<100).map { "<item><guid>g\($0)</guid><title>Again \($0)</title></item>" }
        let empty = Array(repeating: "<item></item>", count: 30)
        // When it is parsed, with the usual cap of 500 items
        let feed = try parse(FeedFixtures.rss(items: (distinct + empty + repeated).joined(separator: "\n")))
        // Then the first 500 are kept in the feed's order, the repeats counted as duplicates,
        // the empty entries dropped, and the distinct ones past the cap counted as overflow
        XCTAssertEqual(feed.items.map(\.title), (0..<500).map { "Item \($0)" })
        XCTAssertEqual(feed.duplicateCount, 100)
        XCTAssertEqual(feed.overflowCount, count - 500)
    }

    func testDuplicateLinksWithoutGuidAreDropped() throws {
        let feed = try parse(FeedFixtures.rss(items: """
            <item><title>One</title><link>https://feeds.example.org/a</link></item>
            <item><title>One again</title><link>https://feeds.example.org/a</link></item>
            <item><title>Same title, other date</title><pubDate>Mon, 09 Jun 2025 10:00:00 GMT</pubDate></item>
            <item><title>Same title, other date</title><pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate></item>
            """))
        XCTAssertEqual(feed.items.map(\.title), ["One", "Same title, other date", "Same title, other date"])
        XCTAssertEqual(feed.duplicateCount, 1)
        XCTAssertTrue(feed.items[1].id.hasPrefix("digest:"))
        XCTAssertNotEqual(feed.items[1].id, feed.items[2].id)
    }

    func testMissingDateFallsBackToFetchTimeAndIsMarked() throws {
        // Given items without a date, with an unreadable one, and with one far in the future
        let feed = try parse(FeedFixtures.rss(items: """
            <item><guid>a</guid><title>No date</title></item>
            <item><guid>b</guid><title>Bad date</title><pubDate>sometime last week</pubDate></item>
            <item><guid>c</guid><title>Future</title><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
            <item><guid>d</guid><title>Fine</title><pubDate>Sat, 14 Jun 2025 12:00:00 GMT</pubDate></item>
            """))
        // Then the first three carry the fetch time and say so
        XCTAssertEqual(feed.items.map(\.dateWasMissing), [true, true, true, false])
        XCTAssertEqual(feed.items.prefix(3).map(\.published), [fetchedAt, fetchedAt, fetchedAt])
        XCTAssertEqual(feed.items[3].published, try iso("2025-06-14T12:00:00Z"))
    }

    func testHostileTextIsRemovedFromTitlesAuthorsAndBodies() throws {
        // Given titles with ESC[2J, OSC 52, U+202E and C1 controls, raw and as references
        // When parsed
        let feed = try parse(FeedFixtures.hostileTitles)
        // Then no control, C1 or bidi character survives anywhere
        let texts = [feed.title] + feed.items.flatMap { [$0.title, $0.author ?? "", $0.summaryHTML ?? ""] }
        for text in texts {
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, text)
            XCTAssertFalse(text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) }, text)
        }
        XCTAssertEqual(feed.items[0].title, "Clear[2J screen ]52;c;SGVsbG8= clip txt.exe 31m red end")
        XCTAssertEqual(feed.items[0].author, "Eve]0;owned")
        XCTAssertEqual(feed.items[1].title, "Escaped [2J and 31m and rtl")
    }

    func testLongFieldsAreCapped() throws {
        // Given a 5,000-character title and a 1,000-character guid
        let longTitle = String(repeating: "Ab ", count: 1_700)
        let longGuid = String(repeating: "g", count: 1_000)
        let feed = try parse(FeedFixtures.rss(items: "<item><guid>\(longGuid)</guid><title>\(longTitle)</title></item>"))
        // Then the title is cut to one line of 200 and the guid replaced by a digest
        let item = try XCTUnwrap(feed.items.first)
        XCTAssertEqual(item.title.count, 200)
        XCTAssertEqual(item.id, "digest:" + FeedDigest.hex(longGuid))
    }

    func testItemWithoutTitleTakesTheStartOfItsDescription() throws {
        let feed = try parse(FeedFixtures.rss(items: """
            <item><guid>x</guid><description>&lt;p&gt;Short note from the &lt;b&gt;library&lt;/b&gt;.&lt;/p&gt;</description></item>
            <item><guid>y</guid></item>
            """))
        XCTAssertEqual(feed.items.map(\.title), ["Short note from the library.", ""])
    }

    func testInvalidLanguageTagIsDropped() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>t</title><language>fr; DROP TABLE</language></channel></rss>
            """)
        XCTAssertNil(feed.language)
        XCTAssertEqual(try parse("<rss><channel><language> en_GB </language></channel></rss>").language, "en-GB")
    }
}
