import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class SiteBrowserPageTests: BrowserTestCase {
    func testStartPageRendersWithItsTitleHeadingsAndLinks() throws {
        // Given the job site's start page
        // When it is loaded
        let page = try page(load("/"))
        // Then it carries its URL, its <title> and its headings
        XCTAssertEqual(page.url, url("/"))
        XCTAssertEqual(page.title, "Werkplein · Emploi-Plus")
        XCTAssertEqual(page.document.blocks.first, .heading(level: 1, [.text("Werkplein · Emploi-Plus")]))
        XCTAssertTrue(page.document.plainText.contains("Offres d'emploi dans la région"))
        // And every link is resolved against the page, in order
        XCTAssertEqual(page.document.links, [
            "/jobs/page-1.html", "/search.html", "/contact.html", "/jobs/job-104.html", "/jobs/page-2.html",
            "/docs/brochure.pdf", "/moved.html", "/old-listing.html", "/go/good", "/go/bad", "/account/login",
            "/hostile.html",
        ].map { url($0) })
        // And the request said who was asking and what it accepts
        let request = try XCTUnwrap(site.requests.first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.header("User-Agent"), PolicyFetcher.userAgent)
        XCTAssertEqual(request.header("Accept"), PageVisit.accept)
        XCTAssertNil(request.header("Cookie"))
    }

    func testPaginationIsFollowedPageByPage() throws {
        // Given the listing's first page
        let browser = browser()
        var current = try page(load("/jobs/page-1.html", browser: browser))
        var seen: [String] = []
        // When "next" is followed until there is none
        while true {
            seen.append(current.title)
            let next = current.document.links.first { $0.hasSuffix("page-\(seen.count + 1).html") }
            guard let next else { break }
            current = try page(browser.load(PageRequest(url: next), session: session, categories: [.jobs]))
        }
        // Then pages 1, 2 and 3 were read, each with its own rows
        XCTAssertEqual(seen, (1...3).map { "Vacatures – pagina \($0) · Werkplein" })
        XCTAssertEqual(current.url, url("/jobs/page-3.html"))
        XCTAssertTrue(current.document.plainText.contains("Kassamedewerker"))
        XCTAssertEqual(targets, ["/jobs/page-1.html", "/jobs/page-2.html", "/jobs/page-3.html"])
        // And the last page links back but not forward
        XCTAssertTrue(current.document.links.contains(url("/jobs/page-2.html")))
        XCTAssertFalse(current.document.links.contains { $0.hasSuffix("page-4.html") })
    }

    func testPDFIsRefusedAsUnsupported() throws {
        // Given the brochure, served as application/pdf
        // When its link is followed
        let load = load("/docs/brochure.pdf")
        // Then nothing is shown: the type is named
        XCTAssertEqual(load, .failed(url: url("/docs/brochure.pdf"), .unsupportedType("application/pdf")))
    }

    func testMissingContentTypeIsShownOnlyWhenTheBodyIsHTML() throws {
        // Given an HTML page and a binary file, both served without a Content-Type
        site.route("/untyped.html", LoopbackRoute(body: Array("  <!doctype HTML><title>Old page</title><p>Hello".utf8)))
        site.route("/untyped.bin", LoopbackRoute(body: Array("PK\u{3}\u{4} archive".utf8)))
        // When both are loaded
        let html = try page(load("/untyped.html"))
        let binary = load("/untyped.bin")
        // Then the page is read as HTML and the other is refused as having no type
        XCTAssertEqual(html.title, "Old page")
        XCTAssertEqual(html.document.blocks, [.paragraph([.text("Hello")])])
        XCTAssertEqual(binary, .failed(url: url("/untyped.bin"), .unsupportedType(PageContentType.missing)))
    }

    func testPlainTextBecomesParagraphsAndPreformattedBlocksInItsCharset() throws {
        // Given a Latin-1 notice with running text and a column table
        let text = "Caf\u{E9} du march\u{E9}\nzoekt hulp.\n\nDag     Uren\nMaandag 8-16\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        site.route("/notice.txt", LoopbackRoute(headers: [("Content-Type", "text/plain; charset=ISO-8859-1")], body: bytes))
        // When it is loaded
        let page = try page(load("/notice.txt"))
        // Then the text is decoded, joined into a paragraph, and the columns kept line by line
        XCTAssertEqual(page.title, "")
        XCTAssertEqual(page.document.blocks, [
            .paragraph([.text("Café du marché zoekt hulp.")]),
            .preformatted("Dag     Uren\nMaandag 8-16"),
        ])
    }

    func testMetaCharsetIsHonouredWhenTheHeaderNamesNone() throws {
        // Given a Windows-1252 page whose header names no charset
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Offre</title></head><body><p>".utf8)
        bytes += [0x80, 0x20, 0x31, 0x32, 0x20, 0x93, 0x43, 0x44, 0x49, 0x94]  // "€ 12 “CDI”"
        bytes += Array("</p></body></html>".utf8)
        site.route("/cp1252.html", LoopbackRoute(headers: [("Content-Type", "text/html")], body: bytes))
        // When it is loaded
        let page = try page(load("/cp1252.html"))
        // Then the euro sign and the quotes come out right
        XCTAssertEqual(page.document.blocks, [.paragraph([.text("€ 12 “CDI”")])])
    }

    func testErrorStatusIsAFailureWithTheStatus() throws {
        XCTAssertEqual(load("/missing.html"), .failed(url: url("/missing.html"), .httpStatus(404)))
    }

    func testBodyLargerThanTheCapFails() throws {
        // Given a page larger than the size cap
        site.route("/big.html", .large(20_000))
        // When it is loaded with a 10 kB cap
        let load = load("/big.html", browser: browser(limits: FetchLimits(totalTime: 10, maximumBodyBytes: 10_000)))
        // Then it fails for its size
        XCTAssertEqual(load, .failed(url: url("/big.html"), .tooLarge(limit: 10_000)))
    }

    func testServerThatNeverAnswersTimesOutAtTheCap() throws {
        // Given a page whose server reads the request and never answers
        site.route("/slow.html", LoopbackRoute(neverAnswers: true))
        // When it is loaded with a one-second cap
        let load = load("/slow.html", browser: browser(limits: FetchLimits(totalTime: 1)))
        // Then the load fails for time, in whole seconds
        XCTAssertEqual(load, .failed(url: url("/slow.html"), .timeout(seconds: 1)))
    }

    func testHostilePageComesOutHarmless() throws {
        // Given the guestbook full of escapes, controls, bidi overrides and scripts
        // When it is loaded
        let page = try page(load("/hostile.html"))
        let texts = [page.title, page.url] + allText(page.document)
        // Then no piece of text holds a control, a C1 control or a bidi override
        for text in texts {
            let bad = text.unicodeScalars.filter { scalar in
                (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            }
            XCTAssertTrue(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) }) in \(text.prefix(80))")
        }
        // And nothing from scripts, styles, frames, SVG or hidden elements is shown
        let all = texts.joined(separator: "\n")
        for marker in ["SCRIPT-TEXT", "STYLE-TEXT", "IFRAME-TEXT", "NOSCRIPT-TEXT", "SVG-TEXT", "HIDDEN-TEXT", "alert("] {
            XCTAssertFalse(all.contains(marker), marker)
        }
        // And no link leads to a script or inline data, the combining marks are capped, the end is there
        XCTAssertFalse(page.document.links.contains { $0.lowercased().contains("script") || $0.hasPrefix("data:") })
        XCTAssertFalse(all.unicodeScalars.map(\.value).containsRun(of: 0x301, longerThan: 4))
        XCTAssertTrue(page.document.plainText.contains("The end."))
        XCTAssertTrue(page.title.hasPrefix("Guestbook"))
    }

    /// Every text a reader could see or a field could carry.
    private func allText(_ document: Document) -> [String] {
        HTMLTest.allText(document)
    }
}

private extension Array where Element == UInt32 {
    func containsRun(of value: UInt32, longerThan limit: Int) -> Bool {
        var run = 0
        for element in self {
            run = element == value ? run + 1 : 0
            if run > limit { return true }
        }
        return false
    }
}
