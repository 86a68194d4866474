import KioskCore
import KioskHarness
@testable import KioskWeb
import XCTest

final class HTMLBlockAssemblerTests: XCTestCase {
    func testTextThatNeedsNoCollapsingIsTheJoinOfItsWords() {
        // Given fixed texts and many generated from spaces, letters, marks, joiners and wide characters
        var texts = ["word", "two words", "été à Liège", "a \u{301}b", " lead", "trail ", "a  b", "a\tb", "a\r\nb", "€ 20"]
        let alphabet: [String] = [" ", " ", "\t", "\n", "\r\n", "a", "é", "\u{A0}", "\u{301}", "\u{200D}", "\u{600}", "€", "日"]
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<2_000 {
            texts.append((0..<10).map { _ in random.pick(alphabet) }.joined())
        }
        var collapsed = 0
        for text in texts where HTMLBlockAssembler.isCollapsed(text) {
            collapsed += 1
            // When its words are joined as the assembler joins them
            let joined = HTMLWhitespace.split(text).joined(separator: " ")
            // Then that is the text itself, scalar for scalar
            XCTAssertEqual(Array(joined.unicodeScalars), Array(text.unicodeScalars), text.debugDescription)
        }
        XCTAssertGreaterThan(collapsed, 50)
        // And text with whitespace to collapse is never taken as collapsed
        for text in [" lead", "trail ", "a  b", "a\tb", "a\r\nb", "a\nb", "", " "] {
            XCTAssertFalse(HTMLBlockAssembler.isCollapsed(text), text.debugDescription)
        }
    }

    func testCollapsedTextIsKeptAndSpreadTextIsCollapsedBetweenWords() {
        // Given the same words arriving once collapsed and once with runs of whitespace
        var collapsed = HTMLBlockAssembler(budget: 1_000)
        var spread = HTMLBlockAssembler(budget: 1_000)
        // When each is added between other text and the paragraph ends
        for assembler in [0, 1] {
            let pieces = assembler == 0 ? ["Offre", " à Liège", "CDI 20 €"] : ["Offre", "  à \n Liège", " \t CDI  20 € "]
            for piece in pieces {
                if assembler == 0 { collapsed.text(piece) } else { spread.text(piece) }
            }
        }
        // Then runs become one space, and words are apart only where whitespace stood
        XCTAssertEqual(collapsed.finish(), [.paragraph([.text("Offre à LiègeCDI 20 €")])])
        XCTAssertEqual(spread.finish(), [.paragraph([.text("Offre à Liège CDI 20 €")])])
    }
}
