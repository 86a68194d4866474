import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class FeedParserTests: FeedTestCase {
    func testRSS2WithContentEncodedAndCDATA() throws {
        // Given a French RSS 2.0 feed using unusual prefixes for content: and dc:
        // When it is parsed
        let feed = try parse(FeedFixtures.rss2French)
        // Then channel and first item are read, whatever the prefixes
        XCTAssertEqual(feed.format, .rss2)
        XCTAssertEqual(feed.title, "Le Petit Journal & Cie")
        XCTAssertEqual(feed.link, "https://journal.example.fr/")
        XCTAssertEqual(feed.language, "fr-FR")
        let first = try XCTUnwrap(feed.items.first)
        XCTAssertEqual(first.id, "journal-1001")
        XCTAssertEqual(first.title, "Bibliothèque : horaires d’été")
        XCTAssertEqual(first.link, "https://journal.example.fr/articles/bibliotheque-ete")
        XCTAssertEqual(first.published, try iso("2025-06-10T04:00:00Z"))
        XCTAssertFalse(first.dateWasMissing)
        XCTAssertEqual(first.author, "Jeanne Dupont")
        XCTAssertEqual(first.summaryHTML, "<p>La bibliothèque ouvre <em>plus tôt</em> cet été.</p>")
        XCTAssertEqual(first.contentHTML, "<p>Du lundi au vendredi, de 8 h à 18 h.</p><script>alert(1)</script>")
    }

    func testRSS2SecondItemWithCDATATitleAndAuthorEmail() throws {
        let item = try XCTUnwrap(parse(FeedFixtures.rss2French).items.dropFirst().first)
        XCTAssertEqual(item.title, "Concert de jazz samedi")
        XCTAssertEqual(item.id, "https://journal.example.fr/articles/jazz")  // no guid: the link
        XCTAssertEqual(item.published, try iso("2025-06-11T18:30:00Z"))
        XCTAssertEqual(item.author, "La rédaction")
        XCTAssertEqual(item.summaryHTML, "Un concert <strong>gratuit</strong> dans la cour.")
        XCTAssertNil(item.contentHTML)
    }

    func testRSS1RDF() throws {
        // Given a Dutch RSS 1.0 feed
        // When it is parsed
        let feed = try parse(FeedFixtures.rdfDutch, url: "https://nieuws.example.nl/rss")
        // Then items (siblings of the channel) are read with Dublin Core dates and creators
        XCTAssertEqual(feed.format, .rss1)
        XCTAssertEqual(feed.title, "Het Dagblad")
        XCTAssertEqual(feed.language, "nl-BE")
        XCTAssertEqual(feed.items.map(\.id), ["https://nieuws.example.nl/a/1", "https://nieuws.example.nl/a/2"])
        XCTAssertEqual(feed.items[0].published, try iso("2025-06-09T05:15:00Z"))
        XCTAssertEqual(feed.items[0].author, "Pieter de Vries")
        XCTAssertEqual(feed.items[0].summaryHTML, "De sporthal is vanaf maandag weer open.")
        XCTAssertEqual(feed.items[1].published, try iso("2025-06-08T00:00:00Z"))
        XCTAssertFalse(feed.items[1].dateWasMissing)
    }

    func testAtomWithXMLBaseAndRelativeLinks() throws {
        // Given an Atom feed with xml:base on the feed and on one entry
        // When it is parsed
        let feed = try parse(FeedFixtures.atomEnglish, url: "https://news.example.org/feed.atom")
        // Then links resolve against the nearest xml:base, and text constructs follow their type
        XCTAssertEqual(feed.format, .atom)
        XCTAssertEqual(feed.title, "Workshop & Learning News")
        XCTAssertEqual(feed.link, "https://news.example.org/blog/")
        XCTAssertEqual(feed.language, "en-GB")
        let carpentry = feed.items[0]
        XCTAssertEqual(carpentry.link, "https://news.example.org/blog/2025/06/carpentry")
        XCTAssertEqual(carpentry.published.timeIntervalSince1970, try iso("2025-06-12T08:30:00.25Z").timeIntervalSince1970, accuracy: 0.001)
        XCTAssertEqual(carpentry.author, "Editorial team")
        XCTAssertEqual(carpentry.summaryHTML, "Places &lt; 10 left: sign up soon.")
        XCTAssertEqual(carpentry.contentHTML, "<p>Ten <b>new</b> places.</p>")
        let library = feed.items[1]
        XCTAssertEqual(library.title, "Library closed on Monday")
        XCTAssertEqual(library.link, "https://news.example.org/archive/library-closed")
        XCTAssertEqual(library.published, try iso("2025-06-11T08:00:00Z"))
        XCTAssertEqual(library.author, "Sam Reader")
        XCTAssertEqual(library.contentHTML, "<p>Closed for <a href=\"/stock\">stock-taking</a>.</p>")
    }

    func testNonHTTPLinksAreDropped() throws {
        let unsafe = try XCTUnwrap(parse(FeedFixtures.atomEnglish).items.last)
        XCTAssertEqual(unsafe.title, "Unsafe links are dropped")
        XCTAssertNil(unsafe.link)
        // And in RSS, javascript: and data: links are dropped too
        let feed = try parse(FeedFixtures.rss(items: """
            <item><title>a</title><link>javascript:alert(document.cookie)</link></item>
            <item><title>b</title><link>data:text/html,&lt;script&gt;x&lt;/script&gt;</link></item>
            <item><title>c</title><link> https://ok.example.org/c </link></item>
            """))
        XCTAssertEqual(feed.items.map(\.link), [nil, nil, "https://ok.example.org/c"])
    }

    func testMalformedXMLReportsTheLine() throws {
        // Given a document whose end tag on line 5 does not match
        // When it is parsed
        let error = try XCTUnwrap(parseError(FeedFixtures.malformed))
        // Then the error gives line 5 and says what is wrong
        guard case .malformed(let line, _, let reason) = error else { return XCTFail("got \(error)") }
        XCTAssertEqual(line, 5)
        XCTAssertEqual(reason, "an end tag that does not match its start tag")
        XCTAssertTrue(error.description.hasPrefix("line 5, column "))
    }

    func testTruncatedDocumentIsMalformed() throws {
        let error = parseError("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Cut")
        guard case .malformed(let line, _, _)? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(line, 4)
    }

    func testOtherDocumentsAreNotFeeds() throws {
        XCTAssertEqual(parseError("<html><body>Hello</body></html>"), .notAFeed(root: "html"))
        XCTAssertEqual(parseError(" \n "), .empty)
        XCTAssertEqual(parseError("<?xml version=\"1.0\" encoding=\"KOI8-U\"?><rss/>"), .unsupportedEncoding("koi8-u"))
    }

    func testDocumentsPastTheSizeCapAreRefused() throws {
        let parser = FeedParser(maximumBytes: 100)
        let text = FeedFixtures.rss(items: String(repeating: "<item><title>x</title></item>", count: 10))
        XCTAssertThrowsError(try parser.parse(Data(text.utf8), feedURL: nil, fetchedAt: fetchedAt)) {
            XCTAssertEqual($0 as? FeedParseError, .tooLarge(limit: 100))
        }
    }

    func testItemsAreCappedAndTheOverflowCounted() throws {
        // Given a feed of 12 distinct items and a cap of 10
        let items = (1...12).map { "<item><guid>id-\($0)</guid><title>Item \($0)</title></item>" }.joined()
        let text = FeedFixtures.rss(items: items)
        // When parsed
        let feed = try FeedParser(maximumItems: 10).parse(Data(text.utf8), feedURL: nil, fetchedAt: fetchedAt)
        // Then the first ten are kept, in order
        XCTAssertEqual(feed.items.map(\.id), (1...10).map { "id-\($0)" })
        XCTAssertEqual(feed.overflowCount, 2)
    }

    func testFetchedPageIsParsedAgainstItsFinalURL() throws {
        // Given a page fetched (after a redirect) from another directory
        let finalURL = try StrictURL.parse("https://feeds.example.org/moved/rss.xml").get()
        let page = FetchedPage(
            body: Data(FeedFixtures.rss(items: "<item><title>t</title><link>item/1</link></item>").utf8),
            finalURL: finalURL, contentType: "application/rss+xml", validators: .none, redirects: [finalURL])
        // When parsed, relative links resolve against the final URL
        let feed = try FeedParser().parse(page, fetchedAt: fetchedAt)
        XCTAssertEqual(feed.items.first?.link, "https://feeds.example.org/moved/item/1")
    }
}

extension FeedParserTests {
    func testPermalinkGuidIsTheLinkOnlyWhenAbsolute() throws {
        // Given items whose only link is their guid
        let feed = try parse(FeedFixtures.rss(items: """
            <item><title>a</title><guid>https://feeds.example.org/a</guid></item>
            <item><title>b</title><guid>b-1234</guid></item>
            <item><title>c</title><guid isPermaLink="false">https://feeds.example.org/c</guid></item>
            """))
        // Then only an absolute permalink guid becomes the link
        XCTAssertEqual(feed.items.map(\.link), ["https://feeds.example.org/a", nil, nil])
        XCTAssertEqual(feed.items.map(\.id), ["https://feeds.example.org/a", "b-1234", "https://feeds.example.org/c"])
    }

    func testItemsWithOnlyBodiesAreNotMergedByTheirEmptyTitles() throws {
        let feed = try parse(FeedFixtures.rss(items: """
            <item><description>&lt;img src="one.png"&gt;</description></item>
            <item><description>&lt;img src="two.png"&gt;</description></item>
            """))
        XCTAssertEqual(feed.items.count, 2)
        XCTAssertEqual(feed.duplicateCount, 0)
    }
}
