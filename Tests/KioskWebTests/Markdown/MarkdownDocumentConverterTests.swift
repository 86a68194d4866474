import KioskCore
@testable import KioskWeb
import XCTest

final class MarkdownDocumentConverterTests: XCTestCase {
    private func convert(_ markdown: String) -> Document {
        MarkdownDocumentConverter.convert(markdown: markdown)
    }

    private func item(_ text: String) -> [Document.Block] {
        [.paragraph([.text(text)])]
    }

    func testHeadingsParagraphsAndEmphasisBecomeBlocksAndStyledText() {
        // Given headings of two kinds and a paragraph over two lines with every inline style
        let markdown = """
        # The keyboard

        Press *Shift* and **a** together, or `_` and ***both***;
        _under_ and __strong__ work too.

        Setext heading
        --------------
        """
        // When it is converted
        let document = convert(markdown)
        // Then the heading, the styled paragraph (its soft break a space) and the setext heading are there
        XCTAssertEqual(document.blocks, [
            .heading(level: 1, [.text("The keyboard")]),
            .paragraph([
                .text("Press "), .text("Shift", .emphasis), .text(" and "), .text("a", .strong), .text(" together, or "),
                .text("_", .code), .text(" and "), .text("both", [.emphasis, .strong]), .text("; "),
                .text("under", .emphasis), .text(" and "), .text("strong", .strong), .text(" work too."),
            ]),
            .heading(level: 2, [.text("Setext heading")]),
        ])
    }

    func testTitleIsTheFirstLevelOneHeadingOrNothing() {
        // Given a text whose first heading is level 2, then a level 1 with emphasis
        let titled = convert("## Intro\n\n# Your *first*   week\n\n# Later")
        let untitled = convert("## Only a level two\n\nText.")
        // Then the first level 1 heading names the document, as plain text
        XCTAssertEqual(titled.title, "Your first week")
        XCTAssertEqual(untitled.title, "")
    }

    func testNestedListsKeepTheirKindNestingAndTheItemsAfterThem() {
        // Given a bulleted list with a nested list and a numbered list inside it, and items after them
        let markdown = """
        - one
        - two
          - nested a
          - nested b
            1. deep
        - three

        3. third
        4. fourth
        """
        // When it is converted
        let blocks = convert(markdown).blocks
        // Then items after a nested list return to their own level
        XCTAssertEqual(blocks, [
            .list(ordered: false, items: [
                item("one"),
                item("two") + [.list(ordered: false, items: [
                    item("nested a"),
                    item("nested b") + [.list(ordered: true, items: [item("deep")])],
                ])],
                item("three"),
            ]),
            .list(ordered: true, items: [item("third"), item("fourth")]),
        ])
    }

    func testListItemsHoldSeveralParagraphs() {
        // Given a loose list whose second item has two paragraphs
        let blocks = convert("- first\n- second\n\n  more about it\n").blocks
        XCTAssertEqual(blocks, [.list(ordered: false, items: [item("first"), item("second") + item("more about it")])])
    }

    func testQuotesNestAndHoldBlocks() {
        // Given a quote with a paragraph, a nested quote and a list
        let markdown = """
        > Asking for help
        > is not a weakness.
        >
        > > Said twice.
        >
        > - a list inside
        """
        // Then the quote holds them in order
        XCTAssertEqual(convert(markdown).blocks, [.quote([
            .paragraph([.text("Asking for help is not a weakness.")]),
            .quote([.paragraph([.text("Said twice.")])]),
            .list(ordered: false, items: [item("a list inside")]),
        ])])
    }

    func testFencedAndIndentedCodeArePreformattedAsWritten() {
        // Given a fenced block with markup characters and an indented block
        let markdown = "```\nlet total = a < b && c > d\n  *not emphasis*\n```\n\n    indented   code\n"
        // Then both keep their text exactly, the first with its indentation
        XCTAssertEqual(convert(markdown).blocks, [
            .preformatted("let total = a < b && c > d\n  *not emphasis*"),
            .preformatted("indented   code"),
        ])
    }

    func testRulesAndHardBreaks() {
        // Given a rule between two paragraphs, the second with a backslash break and a two-space break
        let blocks = convert("Before\n\n---\n\nLine one\\\nLine two  \nLine three").blocks
        XCTAssertEqual(blocks, [
            .paragraph([.text("Before")]),
            .rule,
            .paragraph([.text("Line one"), .lineBreak, .text("Line two"), .lineBreak, .text("Line three")]),
        ])
    }

    func testTableBecomesRowsOfInlineCells() {
        // Given a table with an alignment row, an empty header cell and styled cells
        let markdown = """
        | | Per month |
        |---|---:|
        | Rent | 650 € |
        | **Left** | `0 €` |
        """
        // Then it is a table of rows, the header first
        XCTAssertEqual(convert(markdown).blocks, [.table(rows: [
            [[], [.text("Per month")]],
            [[.text("Rent")], [.text("650 €")]],
            [[.text("Left", .strong)], [.text("0 €", .code)]],
        ])])
    }

    func testLinksToLessonFilesBecomeLessonTargetsAndWebLinksStay() {
        // Given links to lesson files (plain, with ./ and a fragment), web links, and a reference link
        let markdown = """
        See [the budget](02-budget.md), [debts](./03-debts.md#start) and
        [a site](https://Example.ORG/jobs?q=cook&x=1), <https://example.org/a>, [old](http://example.org/b)
        or [ref][r].

        [r]: 01-intro.md
        """
        // When it is converted
        let document = convert(markdown)
        // Then lesson files become `lesson:ID`, web addresses are kept (normalised)
        XCTAssertEqual(document.links, [
            "lesson:02-budget", "lesson:03-debts", "https://example.org/jobs?q=cook&x=1", "https://example.org/a",
            "http://example.org/b", "lesson:01-intro",
        ])
        XCTAssertEqual(document.blocks.first, .paragraph([
            .text("See "), .link([.text("the budget")], target: "lesson:02-budget"), .text(", "),
            .link([.text("debts")], target: "lesson:03-debts"), .text(" and "),
            .link([.text("a site")], target: "https://example.org/jobs?q=cook&x=1"), .text(", "),
            .link([.text("https://example.org/a")], target: "https://example.org/a"), .text(", "),
            .link([.text("old")], target: "http://example.org/b"), .text(" or "),
            .link([.text("ref")], target: "lesson:01-intro"), .text("."),
        ]))
    }

    func testOtherLinksBecomeTheirText() {
        // Given links to mail, a path, another folder, a file that is not a lesson, a fragment,
        // a hand-written lesson target and a lesson name that breaks the id rule
        let markdown = """
        [mail](mailto:help@example.org) [path](/etc/passwd) [up](../other/01-x.md) [pdf](form.pdf)
        [top](#top) [fake](lesson:02-budget) [caps](Intro.md) [ftp](ftp://example.org/f)
        """
        // When it is converted
        let document = convert(markdown)
        // Then no link is left, and the words are one run of text
        XCTAssertEqual(document.links, [])
        XCTAssertEqual(document.blocks, [.paragraph([.text("mail path up pdf top fake caps ftp")])])
    }

    func testImagesShowTheirDescription() {
        XCTAssertEqual(convert("A key: ![the Enter key](enter.png).").blocks,
                       [.paragraph([.text("A key: "), .image(alt: "the Enter key"), .text(".")])])
    }

    func testAccentsAndWideCharactersAreKept() {
        // Given French, Dutch and Japanese text
        let blocks = convert("# Écrire\n\nÀ l'été, één ideeën — 日本語.").blocks
        XCTAssertEqual(blocks, [.heading(level: 1, [.text("Écrire")]), .paragraph([.text("À l'été, één ideeën — 日本語.")])])
    }

    func testEmptyTextGivesAnEmptyDocument() {
        XCTAssertEqual(convert(""), Document())
        XCTAssertEqual(convert("\n \n\t\n"), Document())
    }
}
