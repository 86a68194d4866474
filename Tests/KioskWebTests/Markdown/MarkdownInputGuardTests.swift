@testable import KioskWeb
import XCTest

final class MarkdownInputGuardTests: XCTestCase {
    private func limit(_ text: String, _ guardian: MarkdownInputGuard = MarkdownInputGuard()) -> String {
        String(decoding: guardian.limit(Array(text.utf8)), as: UTF8.self)
    }

    func testOrdinaryLessonPassesUnchanged() {
        // Given a lesson using every construct a course does, with raw HTML and CRLF line ends
        let lesson = """
        # Budget\r
        \r
        > - quoted item\r
        > > nested quote\r
        \r
        1. first\r
           - nested [link](02-next.md) ![icon](a.png)\r
        10) tenth\r
        \r
        | a | b \\| c | `x|y` |\r
        |---|---|---|\r
        \r
        <!-- a comment --> <kbd>Enter</kbd> a<b and 3 > 2 ! [not an image]\r
        ```\r
        <?xml version="1.0"?>\r
        ```\r
        """
        // Then the guard gives it back byte for byte
        XCTAssertEqual(limit(lesson), lesson)
    }

    func testLineMarkersPastTheCapAreEscaped() {
        // Given lines opening more quotes and lists than the cap
        var guardian = MarkdownInputGuard()
        guardian.maxLineMarkers = 3
        // Then the marker past the cap is escaped and the rest of the line is text
        XCTAssertEqual(limit(">>>>> deep", guardian), ">>>\\>> deep")
        XCTAssertEqual(limit("> - > 1. - x", guardian), "> - > 1\\. - x")
        XCTAssertEqual(limit("  -  *  + - y\n> > > > z", guardian), "  -  *  + \\- y\n> > > \\> z")
        XCTAssertEqual(limit("- - -", guardian), "- - -")
    }

    func testPipesPastTheCapAreEscapedAndEscapedPipesDoNotCount() {
        var guardian = MarkdownInputGuard()
        guardian.maxPipesPerLine = 3
        // Given rows with more pipes than the cap, some escaped, one after an escaped backslash
        XCTAssertEqual(limit("|a|b|c|d|\n|e|", guardian), "|a|b|c\\|d\\|\n|e|")
        XCTAssertEqual(limit("|a\\|b|c|d|e", guardian), "|a\\|b|c|d\\|e")
        XCTAssertEqual(limit("\\\\|a|b|c|d", guardian), "\\\\|a|b|c\\|d")
    }

    func testRawHTMLOpenersPastTheCapAreEscapedInTheWholeText() {
        var guardian = MarkdownInputGuard()
        guardian.maxRawHTMLOpeners = 2
        // Given processing instructions, declarations and CDATA over two lines, and openers that are not raw HTML
        let text = "a <? b <!DOCTYPE\nc <![CDATA[ d <?x <!-- e <!1 <b>"
        // Then the third and later openers are escaped, comments, tags and other text are not
        XCTAssertEqual(limit(text, guardian), "a <? b <!DOCTYPE\nc \\<![CDATA[ d \\<?x <!-- e <!1 <b>")
    }

    func testImageOpenersPastTheCapAreEscaped() {
        var guardian = MarkdownInputGuard()
        guardian.maxImageOpeners = 1
        XCTAssertEqual(limit("![a](x) ![b](y) \\![c] ![[]()", guardian), "![a](x) !\\[b](y) \\![c] !\\[[]()")
    }

    func testCarriageReturnsEndLinesForTheMarkers() {
        var guardian = MarkdownInputGuard()
        guardian.maxLineMarkers = 1
        XCTAssertEqual(limit("> > a\r> > b", guardian), "> \\> a\r> \\> b")
    }
}
