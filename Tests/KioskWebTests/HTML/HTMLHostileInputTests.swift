import KioskCore
@testable import KioskWeb
import XCTest

final class HTMLHostileInputTests: XCTestCase {
    /// Scalars that must never reach the screen: controls (newline aside), DEL, C1, bidi overrides and isolates.
    private func forbidden(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }

    func testScriptsStylesAndEmbeddedContentAreNeverShown() {
        // Given a page whose scripts, styles, frames, objects, SVG and MathML all carry text
        let html = """
        <head><script>var secret = "S1";</script><style>body{content:"S2"}</style></head>
        <body><p>visible</p><script>document.write("S3")</script><noscript>S4</noscript>
        <template><p>S5</p></template><iframe src="x">S6</iframe><object>S7</object><embed src=y>
        <svg><text>S8</text><title>S9</title></svg><math><mi>S10</mi></math><noembed>S11</noembed>
        <div hidden>S12</div><span style="display: NONE">S13</span><p aria-hidden="true">S14</p></body>
        """
        // When it is converted
        let document = HTMLTest.convert(html)
        // Then only the visible paragraph is left, and the SVG title does not name the page
        XCTAssertEqual(document.blocks, [.paragraph([.text("visible")])])
        XCTAssertEqual(document.title, "")
    }

    func testTerminalEscapesBidiOverridesAndC1ControlsAreRemovedEverywhere() {
        // Given escape sequences, raw and as character references, in text, title, link, alt and form values
        let evil = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}P+q\u{1B}\\\u{9B}31m\u{85}\u{202E}\u{2066}x\r\u{8}"
        let html = """
        <title>T\(evil)</title><p>A\(evil)&#x1b;[2J&#x9b;&#x202e;&#x85;B</p>
        <a href="https://a.example.org/\(evil)">L\(evil)</a><img alt="I\(evil)">
        <form action="/f\(evil)"><input name="n\(evil)" value="v\(evil)" aria-label="l\(evil)">
        <textarea name=t>x\(evil)</textarea><select name=s><option value="o\(evil)">O\(evil)</option></select></form>
        <pre>P\(evil)</pre>
        """
        // When it is converted
        let document = HTMLTest.convert(html)
        // Then no text of the document holds anything that could drive the terminal
        let texts = HTMLTest.allText(document)
        XCTAssertGreaterThan(texts.count, 10)
        for text in texts { XCTAssertEqual(forbidden(text), [], text.debugDescription) }
        // And what remains is harmless text (gumbo already turns raw controls into U+FFFD)
        XCTAssertTrue(document.title.hasPrefix("T\u{FFFD}[2J\u{FFFD}]0;owned"), document.title.debugDescription)
        XCTAssertTrue(document.plainText.contains("]52;c;SGVsbG8="))
        XCTAssertTrue(document.plainText.contains("B"))
    }

    func testHostileLinkSchemesBecomePlainText() {
        // Given script and data links in the disguises browsers accept
        let html = """
        <a href="JaVaScRiPt:alert(1)">a</a> <a href=" javascript:alert(1)">b</a> <a href="java&#x09;script:alert(1)">c</a>
        <a href="&#106;avascript:alert(1)">d</a> <a href="data:text/html,<script>x</script>">e</a> <a href="vbscript:x">f</a>
        <a href="#top">g</a> <a href="">h</a> <a>i</a>
        """
        // Then none of them is a link
        let document = HTMLTest.convert(html)
        XCTAssertEqual(document.links, [])
        XCTAssertEqual(document.plainText, "a b c d e f g h i")
    }

    func testHundredThousandNestedDivsDoNotOverflowTheStack() {
        // Given 100,000 nested divs (and as many nested quotes and lists) around a last word
        let divs = String(repeating: "<div>", count: 100_000) + "deep text" + String(repeating: "</div>", count: 100_000)
        let quotes = String(repeating: "<blockquote><ul><li>", count: 30_000) + "quoted"
        // When they are converted
        let fromDivs = HTMLTest.convert(divs)
        let fromQuotes = HTMLTest.convert(quotes)
        // Then the text is there, and quotes and lists nest no deeper than the model allows
        XCTAssertEqual(fromDivs.blocks, [.paragraph([.text("deep text")])])
        XCTAssertTrue(fromQuotes.plainText.hasSuffix("quoted"))
        XCTAssertLessThanOrEqual(HTMLTest.nesting(fromQuotes.blocks), Document.maxNesting)
    }

    func testDeeplyNestedInlineElementsKeepTheirText() {
        // Given 50,000 unclosed <b><span><font> and a link at the bottom
        let html = String(repeating: "<b><span><font>x", count: 50_000) + "<a href=/end>end</a>"
        // When it is converted
        let document = HTMLTest.convert(html)
        // Then every x is kept and the link still works
        XCTAssertEqual(document.plainText.filter { $0 == "x" }.count, 50_000)
        XCTAssertEqual(document.links, ["https://jobs.example.org/end"])
    }

    func testUnclosedAndMisnestedTagsAreRepairedAsByABrowser() {
        // Given paragraphs, items and styles never closed or closed in the wrong order
        let html = "<p>one<p>two <b>bold <i>both</b> italic</i><ul><li>a<li>b</ul><div>rest"
        // Then the blocks are those a browser shows
        XCTAssertEqual(HTMLTest.convert(html).blocks, [
            .paragraph([.text("one")]),
            .paragraph([.text("two "), .text("bold ", .strong), .text("both", [.strong, .emphasis]), .text(" italic", .emphasis)]),
            .list(ordered: false, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]),
            .paragraph([.text("rest")]),
        ])
    }

    func testThousandsOfCombiningMarksAreCapped() {
        // Given a letter (with no precomposed accented form) carrying 5,000 combining marks
        let html = "<p>x" + String(repeating: "\u{301}", count: 5_000) + "b</p>"
        // Then at most four stay on the letter
        let text = HTMLTest.convert(html).plainText
        XCTAssertEqual(text.unicodeScalars.count, 6)
        XCTAssertTrue(text.hasSuffix("b"))
    }

    func testInputAndTextAreCappedInSize() {
        // Given a converter with small limits and a page past them
        var converter = HTMLDocumentConverter()
        converter.maxInputBytes = 10_000
        converter.maxTextLength = 1_000
        let long = "<p>" + String(repeating: "word ", count: 5_000) + "</p><p>END</p>"
        // When it is converted
        let document = converter.convert(html: long, baseURL: nil)
        // Then the text stops at the limit and what lies past the input limit is never read
        XCTAssertLessThanOrEqual(document.plainText.unicodeScalars.count, 1_000)
        XCTAssertGreaterThan(document.plainText.count, 900)
        XCTAssertFalse(document.plainText.contains("END"))
    }

    func testInputIsCutOnACharacterBoundary() {
        // Given text of two-byte characters cut at an odd byte count
        let bytes = HTMLDocumentConverter.prefix(of: "éééé", maxBytes: 5)
        // Then the half character is left out rather than turned into garbage
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "éé")
        XCTAssertEqual(HTMLDocumentConverter.prefix(of: "abc", maxBytes: 10), Array("abc".utf8))
    }

    func testHiddenHoneypotInputIsSubmittedButNotShown() {
        // Given a form whose spam trap is hidden with CSS
        let forms = HTMLTest.forms(HTMLTest.convert("<form><input name=q><input name=trap style='display:none'></form>"))
        // Then the trap is a hidden field, so nobody is asked to fill it
        XCTAssertEqual(forms.first?.fields.map(\.kind), [.text, .hidden])
    }
}
