import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Content types, character encodings and plain text: how a body becomes a page.
final class PageReadingTests: XCTestCase {
    func testContentTypesShownAndRefused() {
        let html = Array("<!DOCTYPE html><p>x".utf8)
        XCTAssertEqual(PageContentType(header: "text/html", body: []), .html(charset: nil))
        XCTAssertEqual(PageContentType(header: "Text/HTML ; Charset=\"ISO-8859-1\"", body: []), .html(charset: "iso-8859-1"))
        XCTAssertEqual(PageContentType(header: "application/xhtml+xml; charset=utf-8", body: []), .html(charset: "utf-8"))
        XCTAssertEqual(PageContentType(header: "text/plain;format=flowed;charset=utf-8", body: []), .plainText(charset: "utf-8"))
        XCTAssertEqual(PageContentType(header: "application/pdf", body: html), .unsupported("application/pdf"))
        XCTAssertEqual(PageContentType(header: "image/svg+xml", body: []), .unsupported("image/svg+xml"))
        XCTAssertEqual(PageContentType(header: "text/javascript", body: []), .unsupported("text/javascript"))
        XCTAssertEqual(PageContentType(header: "; charset=utf-8", body: html), .unsupported(PageContentType.missing))
        XCTAssertEqual(PageContentType(header: nil, body: html), .html(charset: nil))
        XCTAssertEqual(PageContentType(header: " ", body: [0xEF, 0xBB, 0xBF] + Array("\n <HTML>".utf8)), .html(charset: nil))
        XCTAssertEqual(PageContentType(header: nil, body: Array("%PDF-1.4".utf8)), .unsupported(PageContentType.missing))
        XCTAssertEqual(PageContentType(header: nil, body: Array("plain words".utf8)), .unsupported(PageContentType.missing))
    }

    func testEncodingComesFromTheBOMThenTheHeaderThenMetaThenUTF8() {
        let latin = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9]
        // A BOM wins over everything
        XCTAssertEqual(PageTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("é".utf8), headerCharset: "iso-8859-1", isHTML: true), "é")
        XCTAssertEqual(PageTextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00], headerCharset: nil, isHTML: false), "Aé")
        // The header wins over <meta>
        XCTAssertEqual(PageTextDecoder.decode(latin, headerCharset: "iso-8859-1", isHTML: true), "<meta charset=utf-8><p>café")
        // <meta> is read for HTML only
        let declared = Array("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-15'>".utf8) + [0xA4]
        XCTAssertEqual(PageTextDecoder.decode(declared, headerCharset: nil, isHTML: true).last, "€")
        XCTAssertEqual(PageTextDecoder.decode(declared, headerCharset: nil, isHTML: false).last, "\u{FFFD}")
        // An unknown label is skipped; invalid UTF-8 shows the replacement character
        XCTAssertEqual(PageTextDecoder.decode(latin, headerCharset: "x-klingon", isHTML: true), "<meta charset=utf-8><p>caf\u{FFFD}")
    }

    func testCharsetPrescanFindsTheFirstMetaOutsideComments() {
        XCTAssertEqual(HTMLCharsetPrescan.charset(in: Array("<!-- <meta charset=koi8-r> --><META CHARSET='Windows-1252'>".utf8)), "windows-1252")
        XCTAssertEqual(HTMLCharsetPrescan.charset(in: Array("<meta name=x><meta/charset=utf-16le>".utf8)), "utf-8")
        XCTAssertEqual(HTMLCharsetPrescan.charset(in: Array("<metadata charset=x>".utf8)), nil)
        XCTAssertEqual(HTMLCharsetPrescan.charset(in: Array((String(repeating: " ", count: 1_100) + "<meta charset=latin1>").utf8)), nil)
        XCTAssertEqual(HTMLCharsetPrescan.charset(in: Array("<meta http-equiv=content-type content=\"text/html;charset = utf-8 \">".utf8)), "utf-8")
        XCTAssertEqual(HTMLCharsetPrescan.charset(in: Array("<meta charset".utf8)), nil)
    }

    func testPlainTextIsSanitisedAndSplitIntoBlocks() {
        let document = PlainTextDocument.convert("Title line\u{1B}[2J\nwrapped \u{202E}here\r\n\n\n\t indented\n  code()\n\nlast")
        XCTAssertEqual(document.blocks, [
            .paragraph([.text("Title line[2J wrapped here")]),
            .preformatted("\t indented\n  code()"),
            .paragraph([.text("last")]),
        ])
        XCTAssertEqual(PlainTextDocument.convert("\n \n").blocks, [])
        XCTAssertEqual(PlainTextDocument.convert(String(repeating: "a", count: 100), maxTextLength: 10).plainText, "aaaaaaaaaa")
    }
}
