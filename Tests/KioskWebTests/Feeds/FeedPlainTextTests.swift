import XCTest
@testable import KioskWeb

final class FeedPlainTextTests: XCTestCase {
    func testTagsAreDroppedAndBlocksSeparateWords() {
        XCTAssertEqual(FeedPlainText.fromHTML("<b>Bold</b> and <a href=\"x\">link</a>."), "Bold and link.")
        XCTAssertEqual(FeedPlainText.fromHTML("<p>One</p><p>Two</p>line<br/>break"), "One Two line break")
    }

    func testScriptStyleAndCommentsDisappearWithTheirContent() {
        XCTAssertEqual(FeedPlainText.fromHTML("a<script>alert('<b>x</b>')</script>b<style>p{}</style>c<!-- <b>d</b> -->e"), "a b ce")
    }

    func testLessThanThatIsNoTagIsKept() {
        XCTAssertEqual(FeedPlainText.fromHTML("5 < 6 and 7 <= 8"), "5 < 6 and 7 <= 8")
    }

    func testReferencesAreDecodedOnce() {
        XCTAssertEqual(FeedPlainText.fromHTML("Tom &amp; Jerry &amp;amp; &#233;t&#xE9; &eacute; &unknown; &#0;"),
                       "Tom & Jerry &amp; été é &unknown; \u{FFFD}")
    }

    func testWhitespaceIsCollapsed() {
        XCTAssertEqual(FeedPlainText.collapsed("  a \n\t b\u{A0}\u{A0}c  "), "a b c")
    }

    func testPlainTextIsEscapedIntoHTML() {
        XCTAssertEqual(FeedPlainText.escapedHTML("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d")
    }
}
