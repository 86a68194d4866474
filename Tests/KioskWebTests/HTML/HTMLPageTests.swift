import KioskCore
@testable import KioskWeb
import XCTest

final class HTMLPageTests: XCTestCase {
    func testTitleAloneIsKeptApartFromTheFirstHeading() {
        // Given a page with a title and one without
        let titled = HTMLDocumentConverter().page(html: "<title> Jobs\u{1B}[2J\u{202E} </title><h1>Heading</h1>", baseURL: HTMLTest.base)
        let untitled = HTMLDocumentConverter().page(html: "<h1>Heading</h1>", baseURL: HTMLTest.base)
        // Then the page title is the <title> only, cleaned (gumbo shows the escape byte as U+FFFD,
        // the sanitiser drops the bidi override); the document still names itself
        XCTAssertEqual(titled.title, "Jobs\u{FFFD}[2J")
        XCTAssertEqual(untitled.title, "")
        XCTAssertEqual(untitled.document.title, "Heading")
        XCTAssertEqual(HTMLDocumentConverter().page(html: "<title>" + String(repeating: "t", count: 500), baseURL: nil).title.count, 200)
    }

    func testFirstRefreshIsKeptWhereverItStands() {
        let head = HTMLDocumentConverter().page(
            html: "<head><meta http-equiv=\"Refresh\" content=\"0; url=/a\"><meta http-equiv=refresh content='1;url=/b'></head>",
            baseURL: HTMLTest.base)
        let body = HTMLDocumentConverter().page(html: "<p>x</p><meta http-equiv=refresh content='2;url=/c'>", baseURL: HTMLTest.base)
        let none = HTMLDocumentConverter().page(html: "<meta name=refresh content='0;url=/d'><meta http-equiv=refresh>", baseURL: nil)
        XCTAssertEqual(head.refresh, "0; url=/a")
        XCTAssertEqual(body.refresh, "2;url=/c")
        XCTAssertEqual(body.document.blocks, [.paragraph([.text("x")])])
        XCTAssertNil(none.refresh)
    }

    func testFileUploadFieldsNeverBecomeFields() {
        // Given a form with upload fields however they are written
        let html = """
        <form method=post action=/apply><input type=FILE name=cv><input type=" file " name=cv2>
        <input type=file name=photo multiple accept=image/*><input name=name><input type=submit></form>
        """
        // Then none of them is a field of the form (a type padded with spaces is still a file upload)
        let fields = HTMLTest.forms(HTMLTest.convert(html)).first?.fields ?? []
        XCTAssertEqual(fields.map(\.name), ["name", ""])
        XCTAssertEqual(fields.map(\.kind), [.text, .submit])
    }
}
