@testable import KioskWeb
import XCTest

final class HTMLDocumentBuilderTests: XCTestCase {
    static let styles = [
        "", "color: red", "display: none", "DISPLAY :\tNONE", "display:\n none !important", "Visibility: Hidden",
        "visibility:visible", "display:block; /* display: none */", "display:\u{0B}none", "display\u{1C}:none",
        "font-family: \"Liège\"; display: none", "display:\u{A0}none", "dısplay:none", "DİSPLAY:NONE",
        "display\u{2003}:none", "display:non\u{301}e",
    ]

    func testAnASCIIStyleIsReadOnItsBytesAsAnyStyleIsReadByCharacters() {
        // Given ordinary, hidden, oddly spaced and non-ASCII styles
        for style in Self.styles {
            // When judged
            // Then the byte reading, where it applies, agrees with the character reading
            if let hides = HTMLDocumentBuilder.asciiStyleHides(style) {
                XCTAssertEqual(hides, HTMLDocumentBuilder.unicodeStyleHides(style), style.debugDescription)
            } else {
                XCTAssertFalse(style.allSatisfy(\.isASCII), style.debugDescription)
            }
        }
    }

    func testHiddenElementsAreRecognisedByAttributeAndStyle() {
        // Given elements hidden in each way and one that is not
        let hidden = [["hidden": ""], ["aria-hidden": "TRUE"], ["style": "Display : None"], ["style": "visibility:hidden"]]
        // When checked, Then only the hidden ones are
        for attributes in hidden {
            XCTAssertTrue(HTMLDocumentBuilder.isHidden(HTMLElement(name: "div", attributes: attributes)), "\(attributes)")
        }
        XCTAssertFalse(HTMLDocumentBuilder.isHidden(HTMLElement(name: "div", attributes: ["style": "display: block"])))
    }
}
