import KioskCore
@testable import KioskWeb
import XCTest

final class HTMLDocumentConverterTests: XCTestCase {
    func testArticleKeepsHeadingsParagraphsStylesAndResolvesLinksAgainstThePage() {
        // Given a job-site article with relative, absolute, script and in-page links
        let html = """
        <!DOCTYPE html><html><head><title>Kitchen jobs &ndash; Gent</title><meta charset="utf-8">
        <link rel="stylesheet" href="s.css"></head><body>
        <nav><a href="#main">Skip</a></nav>
        <h1>Kitchen   jobs</h1>
        <p>The <strong>city kitchen</strong> needs <em>two</em> cooks. See <a href="../apply.html?job=12&amp;lang=en">how
           to apply</a>, the <a href="/faq">FAQ</a> or <a href="HTTPS://Other.Example.NET/a/b#top">a partner</a>.</p>
        <h2>Contact</h2>
        <p><a href="javascript:alert(1)">Click me</a> or <a href="mailto:jobs@example.org">write</a>.</p>
        </body></html>
        """
        // When it is converted
        let document = HTMLTest.convert(html)
        // Then the title, headings and paragraphs are there, whitespace collapsed, styles kept
        XCTAssertEqual(document.title, "Kitchen jobs – Gent")
        XCTAssertEqual(document.blocks.first, .paragraph([.text("Skip")]))
        XCTAssertEqual(document.blocks[1], .heading(level: 1, [.text("Kitchen jobs")]))
        XCTAssertEqual(document.blocks[2], .paragraph([
            .text("The "), .text("city kitchen", .strong), .text(" needs "), .text("two", .emphasis), .text(" cooks. See "),
            .link([.text("how to apply")], target: "https://jobs.example.org/apply.html?job=12&lang=en"),
            .text(", the "), .link([.text("FAQ")], target: "https://jobs.example.org/faq"),
            .text(" or "), .link([.text("a partner")], target: "https://other.example.net/a/b"), .text("."),
        ]))
        XCTAssertEqual(document.blocks[3], .heading(level: 2, [.text("Contact")]))
        // And the script link is plain text, the mail link keeps its text for the policy to refuse
        XCTAssertEqual(document.blocks[4], .paragraph([
            .text("Click me or "), .link([.text("write")], target: "mailto:jobs@example.org"), .text("."),
        ]))
        XCTAssertEqual(document.links.count, 4)
    }

    func testListsNestAndKeepTheirKind() {
        // Given an unordered list with unclosed items and an ordered list inside the second
        let html = "<ul><li>Cook<li>Helper<ol><li>mornings</li><li>evenings</li></ol></ul>"
        // Then the items and the nesting are kept
        XCTAssertEqual(HTMLTest.convert(html).blocks, [.list(ordered: false, items: [
            [.paragraph([.text("Cook")])],
            [.paragraph([.text("Helper")]), .list(ordered: true, items: [[.paragraph([.text("mornings")])], [.paragraph([.text("evenings")])]])],
        ])])
    }

    func testDataTableBecomesRowsOfCellsAndLayoutTableBecomesItsBlocks() {
        // Given a data table with a header row and a link, and a layout table holding a heading and a list
        let data = """
        <table><caption>Offers</caption><thead><tr><th>Job</th><th>Place</th></tr></thead>
        <tbody><tr><td><a href="cook.html">Cook</a></td><td>Gent</td></tr><tr><td>Helper<td>Brussels</tr></tbody></table>
        """
        let layout = "<table><tr><td><h2>News</h2><ul><li>One</li></ul></td><td><p>Side</p></td></tr></table>"
        // Then the data table is a table of inline cells (the caption a row of its own)
        XCTAssertEqual(HTMLTest.convert(data).blocks, [.table(rows: [
            [[.text("Offers")]],
            [[.text("Job")], [.text("Place")]],
            [[.link([.text("Cook")], target: "https://jobs.example.org/offers/cook.html")], [.text("Gent")]],
            [[.text("Helper")], [.text("Brussels")]],
        ])])
        // And the layout table gives its content in reading order
        XCTAssertEqual(HTMLTest.convert(layout).blocks, [
            .heading(level: 2, [.text("News")]), .list(ordered: false, items: [[.paragraph([.text("One")])]]), .paragraph([.text("Side")]),
        ])
    }

    func testSearchFormWithGetKeepsFieldsLabelsAndResolvedAction() {
        // Given a search form as job sites write it: text before fields, a select, a submit button
        let html = """
        <form action="search" class="s">Keyword: <input type="search" name="q" value="cook" placeholder="e.g. cook">
        <select name="region"><option value="">All</option><option value="gent" selected>Gent</option></select>
        <input type="hidden" name="lang" value="en"><input type="submit" value="Search"></form>
        """
        // When it is converted
        let forms = HTMLTest.forms(HTMLTest.convert(html))
        // Then it is a GET form to the resolved action, and the text became the field's label
        XCTAssertEqual(forms, [Document.Form(method: .get, action: "https://jobs.example.org/offers/search", fields: [
            Document.FormField(kind: .text, name: "q", value: "cook", label: "Keyword:"),
            Document.FormField(kind: .select, name: "region", value: "gent", label: "region",
                               options: [.init(value: "", label: "All"), .init(value: "gent", label: "Gent")]),
            Document.FormField(kind: .hidden, name: "lang", value: "en", label: "lang"),
            Document.FormField(kind: .submit, name: "", value: "Search", label: "Search"),
        ])])
    }

    func testPostFormWithLabelsTextareaCheckboxesAndButtons() {
        // Given an application form posted to another host, with every kind of label
        let html = """
        <form method="POST" action="https://apply.example.com/send">
          <label for="name">Your name</label> <input id="name" name="name">
          <label>PIN <input type="password" name="pin" value="1234"></label>
          <input type="email" name="mail" aria-label="E-mail address">
          <textarea name="letter" placeholder="Why you">Dear
        sir</textarea>
          <label><input type="checkbox" name="terms" checked> I accept</label>
          <input type="radio" name="shift" value="am" id="am"><label for="am">Morning</label>
          <input type="file" name="cv"><button type="button">Preview</button><input type="reset">
          <button name="go" value="1">Send <b>now</b></button>
        </form>
        """
        // When it is converted
        let forms = HTMLTest.forms(HTMLTest.convert(html))
        // Then it is a POST form, labels come from label elements, aria-label and placeholder,
        // and uploads, script buttons and reset are left out
        XCTAssertEqual(forms.first?.method, .post)
        XCTAssertEqual(forms.first?.action, "https://apply.example.com/send")
        XCTAssertEqual(forms.first?.fields, [
            Document.FormField(kind: .text, name: "name", label: "Your name"),
            Document.FormField(kind: .password, name: "pin", value: "1234", label: "PIN"),
            Document.FormField(kind: .text, name: "mail", label: "E-mail address"),
            Document.FormField(kind: .textarea, name: "letter", value: "Dear\nsir", label: "Why you"),
            Document.FormField(kind: .checkbox, name: "terms", value: "on", label: "I accept", isChecked: true),
            Document.FormField(kind: .radio, name: "shift", value: "am", label: "Morning"),
            Document.FormField(kind: .submit, name: "go", value: "1", label: "Send now"),
        ])
        XCTAssertEqual(forms.first?.urlMethod, .post)
    }

    func testFormWithoutActionSubmitsToThePageAndFieldsOutsideFormsAreLeftOut() {
        // Given a form without action and an input outside any form
        let document = HTMLTest.convert("<input name=lost><form><input name=q></form>")
        // Then the form goes to the page itself; the lone input is not kept
        XCTAssertEqual(HTMLTest.forms(document).map(\.action), ["https://jobs.example.org/offers/list.html?page=2"])
        XCTAssertEqual(HTMLTest.forms(document).first?.fields.map(\.name), ["q"])
    }

    func testFormOpenedDirectlyInATableStillCollectsItsFields() {
        // Given an old-style form that starts between table rows (gumbo leaves it empty)
        let html = "<table><form action=go><tr><td>Name</td><td><input name=n></td></tr><tr><td><input type=submit></td></tr></form></table>"
        // Then the fields still belong to it, and the form follows the table
        let forms = HTMLTest.forms(HTMLTest.convert(html))
        XCTAssertEqual(forms.first?.action, "https://jobs.example.org/offers/go")
        XCTAssertEqual(forms.first?.fields.map(\.name), ["n", ""])
    }

    func testEntitiesAreDecoded() {
        let document = HTMLTest.convert("<p>Caf&eacute; &amp; bar &lt;b&gt; &#x263A; &#8364;5 a&nbsp;b &copy</p>")
        XCTAssertEqual(document.blocks, [.paragraph([.text("Café & bar <b> ☺ €5 a\u{A0}b ©")])])
    }

    func testWhitespaceCollapsesAsInABrowserExceptInPre() {
        // Given text with newlines, tabs and runs of spaces across inline elements, and a pre
        let html = "<p>\n  one\t two   <span> three </span>\n<b>four</b>five  </p><pre>\n  keep   this\n\tand this\n</pre>"
        // Then the paragraph has single spaces and no space at its ends; the pre keeps its spacing
        XCTAssertEqual(HTMLTest.convert(html).blocks, [
            .paragraph([.text("one two three "), .text("four", .strong), .text("five")]),
            .preformatted("  keep   this\n\tand this"),
        ])
    }

    func testLineBreaksImagesAndUnknownElements() {
        // Given a paragraph with line breaks, images with and without description, and a custom element
        let html = "<p>Line one<br>Line two<br><img src=x.png alt=' A   map '><img src=deco.png><my-widget>kept</my-widget></p>"
        XCTAssertEqual(HTMLTest.convert(html).blocks, [.paragraph([
            .text("Line one"), .lineBreak, .text("Line two"), .lineBreak, .image(alt: "A map"), .text("kept"),
        ])])
    }

    func testQuotesAndRulesAndPreformattedLinksAsText() {
        let html = "<blockquote><p>Said</p><p>twice</p></blockquote><hr><pre>see <a href=x>x</a></pre>"
        XCTAssertEqual(HTMLTest.convert(html).blocks, [
            .quote([.paragraph([.text("Said")]), .paragraph([.text("twice")])]), .rule, .preformatted("see x"),
        ])
    }

    func testBlocksInsideALinkDoNotSplitIt() {
        // Given a news teaser: one link around a heading and a paragraph
        let html = "<a href='/news/1'><h3>Big news</h3><p>Read it all.</p></a>"
        // Then it is one link, its parts separated by a space
        XCTAssertEqual(HTMLTest.convert(html).blocks, [.paragraph([
            .link([.text("Big news Read it all.")], target: "https://jobs.example.org/news/1"),
        ])])
    }

    func testBaseElementAndMissingBaseURL() {
        // Given a page with <base href>, and the same links without any base URL
        let html = "<head><base href='https://cdn.example.org/docs/'></head><a href='a.html'>A</a> <a href='https://x.example.org/b'>B</a>"
        // Then relative links resolve against the base element
        XCTAssertEqual(HTMLTest.convert(html).links, ["https://cdn.example.org/docs/a.html", "https://x.example.org/b"])
        // And without a base URL, relative targets stay as written (the policy refuses them) and absolute ones are normalised
        XCTAssertEqual(HTMLTest.convert("<a href='a.html'>A</a> <a href='HTTPS://X.Example.org/b#f'>B</a>", base: nil).links,
                       ["a.html", "https://x.example.org/b"])
    }

    func testLinksAreCleanedAsBrowsersDoBeforeTheyAreResolved() {
        // Given hrefs with outer spaces, a newline inside and a space in the file name
        let html = "<a href='  /jobs/\nlist.html '>a</a> <a href='my file.html'>b</a>"
        // Then the newline is removed and the space encoded, as a browser would request them
        XCTAssertEqual(HTMLTest.convert(html).links, ["https://jobs.example.org/jobs/list.html",
                                                      "https://jobs.example.org/offers/my%20file.html"])
    }

    func testTitleFallsBackToTheFirstHeading() {
        XCTAssertEqual(HTMLTest.convert("<p>intro</p><h2>Second <i>level</i></h2><h1>First</h1>").title, "Second level")
        XCTAssertEqual(HTMLTest.convert("").title, "")
        XCTAssertEqual(HTMLTest.convert("").blocks, [])
    }
}
