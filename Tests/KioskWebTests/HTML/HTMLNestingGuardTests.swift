@testable import KioskWeb
import XCTest

final class HTMLNestingGuardTests: XCTestCase {
    private func limited(_ html: String, depth: Int = 4) -> String {
        String(decoding: HTMLNestingGuard(maxDepth: depth).limit(Array(html.utf8)), as: UTF8.self)
    }

    func testStartTagsPastTheLimitAndTheirEndTagsAreDroppedButNotTheirText() {
        // Given six nested divs and a guard of depth 4
        let html = "<div>1<div>2<div>3<div>4<div>5<DIV class='x'>6</DIV>7</div>8</div>9</div></div></div>"
        // Then the fifth and sixth start tags and the first two end tags are removed; all text stays
        XCTAssertEqual(limited(html), "<div>1<div>2<div>3<div>45678</div>9</div></div></div>")
    }

    func testImpliedEndTagsDoNotCountAsNesting() {
        // Given many unclosed paragraphs, items, cells and options
        let html = String(repeating: "<p>p", count: 50) + "<ul>" + String(repeating: "<li>i", count: 50) + "</ul>"
            + "<table>" + String(repeating: "<tr><td>c<td><span>d", count: 50) + "</table>"
            + "<table><tbody>" + String(repeating: "<tr><td><b>e<tbody>", count: 50) + "</table>"
            + "<select>" + String(repeating: "<option>o", count: 50) + "</select><div>kept</div>"
        // Then nothing is dropped at a depth of 6 (table, tbody, tr, td, b at most)
        XCTAssertEqual(limited(html, depth: 6), html)
    }

    func testMarkupInCommentsScriptsAndQuotedAttributesIsNotCounted() {
        // Given tags inside a comment, a script, a title and a quoted attribute
        let html = "<!-- <div><div><div><div><div> --><script>s='<div><div><div><div><div>'</script>"
            + "<title><div><div><div><div><div></title><a title='<div><div><div><div><div>'>x</a><div><div>y</div></div>"
        // Then the real divs are not over the limit, so nothing changes
        XCTAssertEqual(limited(html), html)
    }

    func testEndTagsCloseEverythingOpenedInside() {
        // Given unclosed spans inside divs that are closed, many times over
        let html = String(repeating: "<div><span><span><span>t</div>", count: 100) + "<div><div>end</div></div>"
        // Then the stack never fills up, and nothing is dropped
        XCTAssertEqual(limited(html), html)
    }

    func testSelfClosingTagsOnlyCloseInForeignContent() {
        // Given self-closing divs (which HTML ignores) and self-closing SVG shapes
        let svg = "<svg>" + String(repeating: "<g/>", count: 10) + "</svg>"
        // Then the SVG shapes are all kept, while the HTML "self-closing" divs nest and are limited
        XCTAssertEqual(limited(svg), svg)
        XCTAssertEqual(limited(String(repeating: "<div/>", count: 6)), String(repeating: "<div/>", count: 4))
    }

    func testTruncatedAndOddMarkupDoesNotTrapTheScanner() {
        // Given markup cut in the middle of tags, comments, attributes and raw text
        for html in ["<", "<div", "<div class='x", "<!--", "<!-- x", "</", "</div", "<script>x", "< div>", "<3 <?php", "<!DOCTYPE"] {
            // Then the text comes back unchanged
            XCTAssertEqual(limited(html), html)
        }
    }
}
