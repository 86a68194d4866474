import KioskCore
@testable import Widgets
import XCTest

final class DocumentLayoutTests: XCTestCase {
    private func texts(_ blocks: [Document.Block], width: Int) -> [String] {
        DocumentLayout(Document(blocks: blocks), width: width).lines.map(\.text)
    }

    func testParagraphWrapsAtWordsByDisplayWidth() {
        // Given a sentence and a 20-column layout
        let blocks: [Document.Block] = [.paragraph([.text("The kitchen needs a cook for the morning shift.")])]
        // Then it wraps between words, never past 20 columns
        XCTAssertEqual(texts(blocks, width: 20), ["The kitchen needs a", "cook for the morning", "shift."])
    }

    func testWordsLongerThanTheLineAreCut() {
        let blocks: [Document.Block] = [.paragraph([.text("a supercalifragilistic word")])]
        XCTAssertEqual(texts(blocks, width: 8), ["a", "supercal", "ifragili", "stic", "word"])
    }

    func testWideCharactersTakeTwoColumnsAndAreNeverSplit() {
        // Given Japanese text (two columns a character) in 5 columns
        let blocks: [Document.Block] = [.paragraph([.text("日本語のテキスト ok")])]
        let layout = DocumentLayout(Document(blocks: blocks), width: 5)
        // Then two characters fit a line, the fifth column stays free
        XCTAssertEqual(layout.lines.map(\.text), ["日本", "語の", "テキ", "スト", "ok"])
        XCTAssertEqual(layout.lines.map(\.width), [4, 4, 4, 4, 2])
    }

    func testCombiningMarksStayWithTheirBase() {
        // Given a word whose first letter carries two combining marks, and a 3-column layout
        let blocks: [Document.Block] = [.paragraph([.text("x\u{301}\u{323}yzw")])]
        let lines = texts(blocks, width: 3)
        // Then the marks take no column and never start a line
        XCTAssertEqual(lines, ["x\u{301}\u{323}yz", "w"])
    }

    func testHeadingsAreTitlesAndTheFirstTwoLevelsAreUnderlined() {
        // Given headings of level 1, 2 and 3
        let layout = DocumentLayout(Document(blocks: [
            .heading(level: 1, [.text("Jobs")]), .heading(level: 2, [.text("Kitchen")]), .heading(level: 3, [.text("Cook")]),
        ]), width: 40)
        // Then level 1 is underlined with ═, level 2 with ─, level 3 is not; all in the title role
        XCTAssertEqual(layout.lines.map(\.text), ["Jobs", "════", "", "Kitchen", "───────", "", "Cook"])
        XCTAssertEqual(Set(layout.lines.flatMap(\.spans).map(\.role)), [.title])
    }

    func testStrongTextIsDrawnAsTitleAndImagesByTheirDescription() {
        // Given a paragraph with strong text and an image, and German labels
        let document = Document(blocks: [.paragraph([.text("Read "), .text("this", .strong), .text(": "), .image(alt: "a map")])])
        let layout = DocumentLayout(document, width: 40, labels: DocumentLayout.Labels(image: "Bild", submit: "Senden"))
        // Then the strong word is in the title role and the image reads "[Bild: a map]" in the muted role
        XCTAssertEqual(layout.lines.map(\.text), ["Read this: [Bild: a map]"])
        XCTAssertEqual(layout.lines[0].spans.map(\.role), [.body, .title, .body, .muted])
    }

    func testBulletsNumbersAndNestedListsAreIndented() {
        // Given an unordered list whose second item wraps and holds an ordered list of ten items
        let numbered: [[Document.Block]] = (1...10).map { [.paragraph([.text("step \($0)")])] }
        let blocks: [Document.Block] = [.list(ordered: false, items: [
            [.paragraph([.text("Cook")])],
            [.paragraph([.text("Kitchen helper in the morning")]), .list(ordered: true, items: numbered)],
        ])]
        let lines = texts(blocks, width: 20)
        // Then continuation lines align under the text and numbers are right-aligned
        XCTAssertEqual(Array(lines.prefix(6)), ["• Cook", "• Kitchen helper in", "  the morning", "", "   1. step 1", "   2. step 2"])
        XCTAssertEqual(lines.last, "  10. step 10")
    }

    func testQuotesAreMarkedWithABarOnEveryLine() {
        // Given a quote of two paragraphs
        let blocks: [Document.Block] = [.quote([.paragraph([.text("First words of the quote")]), .paragraph([.text("Second")])])]
        let layout = DocumentLayout(Document(blocks: blocks), width: 14)
        // Then every line, the blank one between paragraphs too, starts with the bar in the border role
        XCTAssertEqual(layout.lines.map(\.text), ["│ First words", "│ of the quote", "│ ", "│ Second"])
        XCTAssertTrue(layout.lines.allSatisfy { $0.spans.first == DocumentSpan("│ ", .border) })
    }

    func testPreformattedTextIsClippedNotWrappedWithTabsExpanded() {
        // Given preformatted text with a long line and a tab
        let blocks: [Document.Block] = [.preformatted("name\tplace\nx = aVeryLongIdentifierThatDoesNotFit\n")]
        // Then lines keep their spaces, are cut with … and never wrap
        XCTAssertEqual(texts(blocks, width: 16), ["name    place", "x = aVeryLongId…"])
    }

    func testLinksAreFollowedByTheirNumberGluedToTheLastWord() {
        // Given a paragraph with two links, one followed by a full stop
        let document = Document(blocks: [.paragraph([
            .text("See the "), .link([.text("job list")], target: "https://a.example/1"), .text(" or "),
            .link([.text("apply")], target: "https://a.example/2"), .text("."),
        ])])
        let layout = DocumentLayout(document, width: 17)
        // Then each link reads text[n], the number never separated from its last word
        XCTAssertEqual(layout.lines.map(\.text), ["See the job", "list[1] or", "apply[2]."])
        XCTAssertEqual(layout.lines.map(\.links), [[0], [0], [1]])
        XCTAssertEqual(layout.linkCount, 2)
        // And the numbers are in the key role, marked as numbers of their link
        XCTAssertEqual(layout.lines[1].spans.first { $0.isLinkNumber }, DocumentSpan("[1]", .key, link: 0, isLinkNumber: true))
    }

    func testLinkNumbersFollowTheModelsOrderAcrossBlocks() {
        // Given links in a heading, a nested list, a quote and a table
        let document = Document(blocks: [
            .heading(level: 2, [.link([.text("Top")], target: "t")]),
            .list(ordered: false, items: [[.paragraph([.text("x")]), .list(ordered: true, items: [[.paragraph([.link([.text("In")], target: "i")])]])]]),
            .quote([.paragraph([.link([.text("Q")], target: "q")])]),
            .table(rows: [[[.link([.text("Cell")], target: "c")], [.text("b")]]]),
        ])
        let layout = DocumentLayout(document, width: 40)
        // Then the numbers shown are the positions in Document.links, in order
        let shown = layout.lines.flatMap(\.spans).filter(\.isLinkNumber).map(\.text)
        XCTAssertEqual(shown, ["[1]", "[2]", "[3]", "[4]"])
        XCTAssertEqual(layout.linkCount, document.links.count)
        XCTAssertEqual(layout.firstLine(ofLink: 3), layout.lines.count - 1)
        XCTAssertNil(layout.firstLine(ofLink: 4))
    }

    func testTablesAlignWhenTheyFitAndBecomeRowsOfTextWhenNot() {
        // Given a table of jobs
        let rows: [[Document.TableCell]] = [[[.text("Job")], [.text("Place")], [.text("Hours")]],
                                            [[.text("Cook")], [.text("Gent")], [.text("6-14")]],
                                            [[.text("Kitchen helper")], [.text("Brussels")]]]
        // When it fits in 40 columns, columns align, separated by │
        XCTAssertEqual(texts([.table(rows: rows)], width: 40), [
            "Job            │ Place    │ Hours",
            "Cook           │ Gent     │ 6-14",
            "Kitchen helper │ Brussels",
        ])
        // When it does not fit in 20, each row wraps as text with │ between cells
        XCTAssertEqual(texts([.table(rows: rows)], width: 20), [
            "Job │ Place │ Hours", "Cook │ Gent │ 6-14", "Kitchen helper │", "Brussels",
        ])
    }

    func testFormFieldsShowLabelsBoxesAndMaskedPasswords() {
        // Given a form with each kind of field
        let form = Document.Form(method: .post, action: "https://a.example/send", fields: [
            Document.FormField(kind: .text, name: "n", value: "Jean", label: "Name"),
            Document.FormField(kind: .password, name: "p", value: "1234", label: "PIN"),
            Document.FormField(kind: .hidden, name: "token", value: "x"),
            Document.FormField(kind: .checkbox, name: "ok", value: "on", label: "I agree", isChecked: true),
            Document.FormField(kind: .radio, name: "r", value: "a", label: "Morning"),
            Document.FormField(kind: .select, name: "c", value: "b", label: "City",
                               options: [.init(value: "a", label: "Gent"), .init(value: "b", label: "Brussels")]),
            Document.FormField(kind: .submit, name: "", value: ""),
        ])
        let layout = DocumentLayout(Document(blocks: [.form(form)]), width: 40)
        // Then each visible field has a line; the password never shows; hidden fields are not drawn
        XCTAssertEqual(layout.lines.map(\.text), [
            "Name [Jean        ]", "PIN [****        ]", "[x] I agree", "( ) Morning", "City [Brussels    ▾]", "[ Submit ]",
        ])
        XCTAssertFalse(layout.lines.map(\.text).joined().contains("1234"))
        XCTAssertEqual(layout.lines[0].spans.map(\.role), [.body, .input])
    }

    func testBlocksAreSeparatedByOneBlankLineAndEmptyBlocksLeaveNone() {
        let blocks: [Document.Block] = [.paragraph([.text("a")]), .paragraph([]), .paragraph([.text("b")]), .rule]
        XCTAssertEqual(texts(blocks, width: 5), ["a", "", "b", "", "─────"])
    }

    func testEveryWidthKeepsLinesWithinTheWidthAndEveryLinkVisible() {
        // Given a document with every kind of block, CJK, combining marks and links
        let document = Document(blocks: [
            .heading(level: 1, [.text("Offres d'emploi 日本語")]),
            .paragraph([.text("Ca\u{301}fe\u{301} "), .link([.text("cuisinier à Gent")], target: "1"), .lineBreak,
                        .text("suite "), .image(alt: "carte"), .text(" 中文字 mot"), .link([], target: "2")]),
            .list(ordered: true, items: [[.quote([.paragraph([.link([.text("Lien cité")], target: "3")])])], [.rule]]),
            .preformatted("\tcode 漢字 ok"),
            .table(rows: [[[.text("Métier")], [.link([.text("Où")], target: "4")]]]),
            .form(Document.Form(action: "x", fields: [Document.FormField(kind: .text, name: "q", label: "Chercher")])),
        ])
        for width in [1, 2, 10, 40, 80] {
            // When it is laid out at that width
            let layout = DocumentLayout(document, width: width)
            // Then no line is wider and every link number appears
            XCTAssertTrue(layout.lines.allSatisfy { $0.width <= width }, "width \(width)")
            XCTAssertEqual(Set(layout.lines.flatMap(\.links)), [0, 1, 2, 3], "width \(width)")
            XCTAssertEqual(layout.linkCount, document.links.count)
        }
        // And a zero width gives no lines at all
        XCTAssertEqual(DocumentLayout(document, width: 0).lines, [])
    }

    func testASCIITextIsCutIntoTheWordsHTMLWhitespaceGives() {
        // Given ASCII text with every kind of HTML whitespace, runs of it, and at both ends
        let samples = ["plain words here", "  lead and trail  ", "tab\tnew\nline\r\nCRLF\rCR\u{0C}FF", "a\r\n\r\nb", "one", "", " ", "x  \t y"]
        for text in samples {
            // When added to a flow
            var flow = DocumentFlow()
            flow.append(text: text, role: .body)
            let words = flow.words()
            // Then its words are the pieces HTMLWhitespace cuts, each after a gap but the first
            XCTAssertEqual(words.map { $0.spans.map(\.text).joined() }, HTMLWhitespace.split(text).map(String.init), text.debugDescription)
            XCTAssertEqual(words.map { $0.gap != nil }, words.indices.map { $0 > 0 }, text.debugDescription)
        }
    }
}
