import KioskCore
import XCTest

final class DocumentTests: XCTestCase {
    /// An article with links in a paragraph, a nested list, a quote and a table.
    private let article = Document(title: "Kitchen jobs", blocks: [
        .heading(level: 1, [.text("Kitchen jobs")]),
        .paragraph([.text("See "), .link([.text("the list")], target: "https://a.example/list"),
                    .text(" and "), .link([.text("how", .strong), .text(" to apply")], target: "https://a.example/apply")]),
        .list(ordered: false, items: [
            [.paragraph([.text("Cook")])],
            [.paragraph([.text("Helper")]),
             .list(ordered: true, items: [[.paragraph([.link([.text("Gent")], target: "https://a.example/gent")])]])],
        ]),
        .quote([.paragraph([.text("Quoted "), .link([.text("source")], target: "https://b.example/")])]),
        .table(rows: [[[.text("Job")], [.text("Place")]],
                      [[.link([.text("Cook")], target: "https://a.example/cook")], [.text("Gent")]]]),
        .preformatted("a  b\n  c"),
        .rule,
        .form(Document.Form(method: .post, action: "https://a.example/send", fields: [
            Document.FormField(kind: .text, name: "name", label: "Your name"),
            Document.FormField(kind: .hidden, name: "token", value: "x", label: "secret label"),
        ])),
    ])

    func testLinksAreNumberedInDocumentOrderThroughListsQuotesAndTables() {
        // Given an article with links in a paragraph, a nested list, a quote and a table
        // When its links are listed
        let links = article.links
        // Then they come in reading order, so link number n is links[n - 1]
        XCTAssertEqual(links, ["https://a.example/list", "https://a.example/apply", "https://a.example/gent",
                               "https://b.example/", "https://a.example/cook"])
    }

    func testALinkInsideALinkComesAfterIt() {
        // Given a link whose content holds another link (HTML forbids it; other sources may not)
        let document = Document(blocks: [.paragraph([
            .link([.text("outer "), .link([.text("inner")], target: "inner")], target: "outer"),
        ])])
        // Then the outer link is numbered first
        XCTAssertEqual(document.links, ["outer", "inner"])
    }

    func testPlainTextHasOneLinePerParagraphItemAndRowWithoutMarkup() {
        // Given the article
        // When it is flattened for search
        let lines = article.plainText.components(separatedBy: "\n")
        // Then headings, paragraphs, items, rows and preformatted lines are there, link targets and hidden fields are not
        XCTAssertEqual(lines, ["Kitchen jobs", "See the list and how to apply", "Cook", "Helper", "Gent",
                               "Quoted source", "Job\tPlace", "Cook\tGent", "a  b", "  c", "Your name"])
        XCTAssertFalse(article.plainText.contains("https://"))
        XCTAssertFalse(article.plainText.contains("secret"))
    }

    func testLineBreaksAndImagesInPlainText() {
        // Given a paragraph with a line break and an image
        let inlines: [Document.Inline] = [.text("one"), .lineBreak, .text("two "), .image(alt: "a map")]
        // Then the break is a newline and the image gives its description
        XCTAssertEqual(Document.Inline.plainText(inlines), "one\ntwo a map")
    }

    func testFormMethodTellsWhichPolicyPermissionIsNeeded() {
        // Given a GET and a POST form
        let get = Document.Form(method: .get, action: "https://a.example/search")
        let post = Document.Form(method: .post, action: "https://a.example/send")
        // Then GET needs the form permission and POST the post permission of the URL policy
        XCTAssertEqual(get.urlMethod, .getForm)
        XCTAssertEqual(post.urlMethod, .post)
    }

    func testEmptyDocumentHasNoLinksAndNoText() {
        let document = Document()
        XCTAssertEqual(document.links, [])
        XCTAssertEqual(document.plainText, "")
        XCTAssertEqual(document.title, "")
    }

    func testTextStyleCombines() {
        // Given text that is both strong and emphasised
        let style: Document.TextStyle = [.strong, .emphasis]
        // Then both flags are set and code is not
        XCTAssertTrue(style.contains(.strong) && style.contains(.emphasis))
        XCTAssertFalse(style.contains(.code))
        XCTAssertNotEqual(Document.Inline.text("a", style), .text("a"))
    }

    func testHasTargetsSaysWhetherTargetsIsEmpty() {
        // Given documents with a link deep in a list, a link in a table, a visible field, a hidden field only, and none
        let link = Document.Inline.link([.text("go")], target: "https://x.example/")
        let documents = [
            Document(blocks: [.list(ordered: false, items: [[.quote([.paragraph([.text("a"), link])])]])]),
            Document(blocks: [.table(rows: [[[.text("cell")], [link]]])]),
            Document(blocks: [.form(.init(action: "/s", fields: [.init(kind: .text, name: "q")]))]),
            Document(blocks: [.form(.init(action: "/s", fields: [.init(kind: .hidden, name: "t")]))]),
            Document(blocks: [.paragraph([.text("plain")]), .preformatted("x"), .rule]),
        ]
        // When each is asked, Then the answer is that of the full list of targets
        XCTAssertEqual(documents.map(\.hasTargets), [true, true, true, false, false])
        XCTAssertEqual(documents.map(\.hasTargets), documents.map { !$0.targets.isEmpty })
    }
}
