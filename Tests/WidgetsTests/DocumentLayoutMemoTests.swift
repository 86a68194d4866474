import KioskCore
@testable import Widgets
import XCTest

final class DocumentLayoutMemoTests: XCTestCase {
    private func source(_ text: String, width: Int = 20) -> DocumentLayoutSource {
        DocumentLayoutSource(title: "T", body: Document(blocks: [.paragraph([.text(text)])]),
                             appended: [.paragraph([.text("End.")])], width: width, labels: .english)
    }

    func testTheLayoutIsTheOneOfTheWholeDocument() {
        // Given a body with a block appended after it
        let source = source("Some words to wrap across lines at twenty columns")
        // When it is laid out through the memo
        let layout = DocumentLayoutMemo(capacity: 2).layout(for: source)
        // Then it is the layout of the body followed by the appended block
        let direct = DocumentLayout(Document(title: "T", blocks: source.body.blocks + source.appended), width: 20)
        XCTAssertEqual(layout, direct)
        XCTAssertEqual(layout.lines.last?.text, "End.")
    }

    func testTheSameSourceIsLaidOutOnceAndAnotherWidthAgain() {
        // Given a memo that laid out a source
        let memo = DocumentLayoutMemo(capacity: 2)
        let first = memo.layout(for: source("alpha beta gamma"))
        // When the same source comes again, then at another width
        let again = memo.layout(for: source("alpha beta gamma"))
        let narrow = memo.layout(for: source("alpha beta gamma", width: 6))
        // Then the first is reused and the second is laid out for its width
        XCTAssertEqual(again, first)
        XCTAssertEqual(memo.count, 2)
        XCTAssertEqual(narrow.width, 6)
        XCTAssertGreaterThan(narrow.lines.count, first.lines.count)
    }

    func testTheLeastRecentlyUsedLayoutIsDroppedPastTheCapacity() {
        // Given a memo of two that holds a and b, a used last
        let memo = DocumentLayoutMemo(capacity: 2)
        _ = memo.layout(for: source("a"))
        _ = memo.layout(for: source("b"))
        _ = memo.layout(for: source("a"))
        // When a third source is laid out
        _ = memo.layout(for: source("c"))
        // Then two are kept, and a is still there (b was dropped): a changed text is never served stale
        XCTAssertEqual(memo.count, 2)
        XCTAssertEqual(memo.layout(for: source("a")).lines.first?.text, "a")
        XCTAssertEqual(memo.layout(for: source("c")).lines.first?.text, "c")
    }

    func testLinksAreDroppedWhenTheSourceSaysSo() {
        // Given a body with a link
        let body = Document(blocks: [.paragraph([.link([.text("here")], target: "https://x.example/")])])
        // When it is laid out unlinked
        let layout = DocumentLayoutSource(title: "", body: body, unlinked: true, width: 20, labels: .english).layout
        // Then no link is numbered
        XCTAssertEqual(layout.linkCount, 0)
        XCTAssertEqual(layout.lines.first?.text, "here")
    }

    func testTargetLinesAreTheLinesOfTheBodysLinksInTheLayout() {
        // Given a body with a link on its third block
        let body = Document(blocks: [.paragraph([.text("one")]), .paragraph([.text("two")]),
                                     .paragraph([.link([.text("three")], target: "https://x.example/")])])
        let source = DocumentLayoutSource(title: "", body: body, appended: [.paragraph([.text("End.")])], width: 20,
                                          labels: .english)
        // When the memo is asked where the targets stand, twice
        let memo = DocumentLayoutMemo(capacity: 2)
        let lines = memo.targetLines(for: source)
        // Then it is where the layout puts them (blocks are separated by a blank line), the same again
        XCTAssertEqual(lines, [4])
        XCTAssertEqual(lines, memo.layout(for: source).lines(of: body.targets))
        XCTAssertEqual(memo.targetLines(for: source), lines)
        XCTAssertEqual(memo.count, 1)
    }
}
