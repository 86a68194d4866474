import XCTest
@testable import KioskWeb

final class MetaRefreshTests: XCTestCase {
    func testTheWaysPagesWriteARefresh() {
        let cases: [(String, MetaRefresh?)] = [
            ("0; url=https://elsewhere.example/", MetaRefresh(delay: 0, target: "https://elsewhere.example/")),
            ("5;URL='next.html'", MetaRefresh(delay: 5, target: "next.html")),
            ("3, url=\"/a b\"", MetaRefresh(delay: 3, target: "/a b")),
            ("  10 ; Url = /x  ", MetaRefresh(delay: 10, target: "/x")),
            ("0;/plain", MetaRefresh(delay: 0, target: "/plain")),
            ("1.5; url=/dot", MetaRefresh(delay: 1, target: "/dot")),
            ("0; url='/unclosed", MetaRefresh(delay: 0, target: "/unclosed")),
            ("0; urlish.html", MetaRefresh(delay: 0, target: "urlish.html")),
            ("99999999999999; url=/far", MetaRefresh(delay: 999_999_999, target: "/far")),
            ("0", nil),
            ("30;", nil),
            ("; url=/x", nil),
            ("soon; url=/x", nil),
            ("", nil),
        ]
        for (content, expected) in cases {
            XCTAssertEqual(MetaRefresh(content: content), expected, content)
        }
    }
}
