import KioskCore
@testable import Widgets
import XCTest

final class DocumentViewTests: XCTestCase {
    /// Ten numbered paragraphs, blank lines between them: 19 lines.
    private let long = Document(blocks: (1...10).map { .paragraph([.text("Line \($0)")]) })

    /// A paragraph with two links, the second wrapping over two lines at width 16.
    private let linked = Document(blocks: [.paragraph([
        .text("See "), .link([.text("jobs")], target: "https://a.example/jobs"), .text(" and "),
        .link([.text("the training plan")], target: "https://a.example/plan"), .text("."),
    ])])

    func testDrawsTheWindowStartingAtTheOffsetInsideItsArea() {
        // Given a 19-line document scrolled to line 4, drawn in rows 1–3 from column 2 of a 12x5 buffer
        var buffer = Buffer(size: TerminalSize(cols: 12, rows: 5), fill: Cell(text: "x"))
        let view = DocumentView(layout: DocumentLayout(long, width: 10), offset: 4)
        view.draw(in: &buffer, area: Rect(row: 1, col: 2, cols: 10, rows: 3))
        // Then lines 4 to 6 show there, the area is cleared and nothing outside it changes
        assertLines(buffer, ["xxxxxxxxxxxx", "xxLine 3", "xx", "xxLine 4", "xxxxxxxxxxxx"])
    }

    func testOffsetIsClampedToTheLastFullPage() {
        // Given an offset past the end and a negative one
        let layout = DocumentLayout(long, width: 10)
        XCTAssertEqual(layout.lines.count, 19)
        XCTAssertEqual(layout.maxOffset(height: 4), 15)
        var buffer = Buffer(size: TerminalSize(cols: 10, rows: 4))
        DocumentView(layout: layout, offset: 99).draw(in: &buffer, area: buffer.area)
        // Then the last four lines show, and a negative offset shows the top
        assertLines(buffer, ["", "Line 9", "", "Line 10"])
        XCTAssertEqual(DocumentView(layout: layout, offset: -3).visibleOffset(height: 4), 0)
    }

    func testSelectedLinkIsHighlightedAndMarkedWithoutColour() {
        // Given two links and the second one selected
        let layout = DocumentLayout(linked, width: 16)
        var plain = Buffer(size: TerminalSize(cols: 16, rows: 3))
        DocumentView(layout: layout).draw(in: &plain, area: plain.area)
        var selected = Buffer(size: TerminalSize(cols: 16, rows: 3))
        DocumentView(layout: layout, selectedLink: 1).draw(in: &selected, area: selected.area)
        // Then unselected, numbers read [n] in the key role
        assertLines(plain, ["See jobs[1] and", "the training", "plan[2]."])
        XCTAssertEqual(plain.roleRuns, ["0 8 3 key", "2 4 3 key"])
        // And selected, the text differs (">2<"), so it shows on a terminal without colour,
        // and the link's words, the space between them and its number are in the selected role
        assertLines(selected, ["See jobs[1] and", "the training", "plan>2<."])
        XCTAssertEqual(selected.roleRuns, ["0 8 3 key", "1 0 12 selected", "2 0 7 selected"])
    }

    func testNarrowAreaClipsLinesFromAWiderLayout() {
        // Given a layout for 16 columns drawn into 6
        var buffer = Buffer(size: TerminalSize(cols: 8, rows: 1), fill: Cell(text: "x"))
        DocumentView(layout: DocumentLayout(linked, width: 16)).draw(in: &buffer, area: Rect(row: 0, col: 0, cols: 6, rows: 1))
        // Then nothing is written past the area
        assertLines(buffer, ["See joxx"])
    }

    func testWideCharacterThatDoesNotFitTheAreaIsNotHalfDrawn() {
        // Given a CJK line laid out wider than the area it is drawn in
        var buffer = Buffer(size: TerminalSize(cols: 3, rows: 1))
        let layout = DocumentLayout(Document(blocks: [.paragraph([.text("日本語")])]), width: 6)
        DocumentView(layout: layout).draw(in: &buffer, area: buffer.area)
        // Then the character that would straddle the edge becomes a space
        assertLines(buffer, ["日"])
        XCTAssertEqual(buffer[0, 2].text, " ")
    }

    func testTinyAndEmptyAreasDoNotCrash() {
        let layout = DocumentLayout(linked, width: 1)
        var buffer = Buffer(size: TerminalSize(cols: 1, rows: 1))
        DocumentView(layout: layout, offset: 3, selectedLink: 0).draw(in: &buffer, area: buffer.area)
        DocumentView(layout: layout).draw(in: &buffer, area: Rect(row: 0, col: 0, cols: 0, rows: 0))
        XCTAssertEqual(buffer.lines.count, 1)
        XCTAssertTrue(DocumentLayout(Document(), width: 10).lines.isEmpty)
    }

    func testFirstLineOfALinkTellsWhereToScrollToShowIt() {
        // Given a selected link low in a long document
        let document = Document(blocks: long.blocks + [.paragraph([.link([.text("next page")], target: "n")])])
        let layout = DocumentLayout(document, width: 20)
        // Then its line is known, so a screen can scroll it into view
        XCTAssertEqual(layout.firstLine(ofLink: 0), 20)
        XCTAssertEqual(layout.lines[20].text, "next page[1]")
    }
}
