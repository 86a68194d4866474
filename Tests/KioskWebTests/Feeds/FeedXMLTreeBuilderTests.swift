import KioskCore
import XCTest
@testable import KioskWeb

final class FeedXMLTreeBuilderTests: XCTestCase {
    private func tree(_ text: String, base: String? = nil) throws -> FeedXMLElement {
        let url = try base.map { try StrictURL.parse($0).get() }
        return try FeedXMLTreeBuilder.tree(Array(text.utf8), documentBase: url)
    }

    func testElementsAndAttributesMatchOnNamespaceNotPrefix() throws {
        // Given the same vocabulary under two different prefixes
        let root = try tree("""
            <x:RDF xmlns:x="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:y="http://purl.org/rss/1.0/">
              <y:item x:about="https://a.example/1"/>
            </x:RDF>
            """)
        // Then names resolve to URIs
        XCTAssertEqual(root.namespace, FeedNamespace.rdf)
        let item = try XCTUnwrap(root.first(FeedNamespace.rss1, "item"))
        XCTAssertEqual(item.attribute("about", namespace: FeedNamespace.rdf), "https://a.example/1")
    }

    func testUndeclaredConventionalPrefixIsUnderstood() throws {
        let root = try tree("<rss><channel><dc:creator>Anne</dc:creator></channel></rss>")
        XCTAssertEqual(root.first("", "channel")?.first(FeedNamespace.dublinCore, "creator")?.text, "Anne")
    }

    func testXMLBaseChainsAndLanguageIsInherited() throws {
        let root = try tree("""
            <feed xml:base="/blog/" xml:lang="fr"><entry xml:base="2025/"><link/></entry><other xml:base="javascript:x"/></feed>
            """, base: "https://example.org/feeds/atom.xml")
        let entry = try XCTUnwrap(root.first("", "entry"))
        XCTAssertEqual(root.base?.string, "https://example.org/blog/")
        XCTAssertEqual(entry.base?.string, "https://example.org/blog/2025/")
        XCTAssertEqual(entry.first("", "link")?.language, "fr")
        XCTAssertEqual(root.first("", "other")?.base?.string, "https://example.org/blog/", "an unsafe base is ignored")
    }

    func testTextAndCDATAAreMerged() throws {
        let root = try tree("<t>a &amp; <![CDATA[<b>]]> c</t>")
        XCTAssertEqual(root.text, "a & <b> c")
    }

    func testTextInManyPiecesStaysOneRunOnEachSideOfAnElement() throws {
        // Given text cut by entity references around a child element, as an escaped HTML body is
        let body = String(repeating: "&lt;p&gt;x &amp; y&lt;/p&gt;", count: 200)
        // When parsed
        let root = try tree("<t>\(body)<e>inner</e>after &#233;t&#233;<![CDATA[ <raw> ]]>end</t>")
        // Then each side of the element is one run of text, in order
        let runs = root.nodes.map { node -> String in
            switch node {
            case .text(let text): "text:" + text
            case .element(let element): "element:" + element.name
            }
        }
        XCTAssertEqual(runs, [
            "text:" + String(repeating: "<p>x & y</p>", count: 200), "element:e", "text:after été <raw> end",
        ])
        XCTAssertEqual(root.first("", "e")?.text, "inner")
    }

    func testDeepNestingIsRefused() {
        let depth = FeedXMLTreeBuilder.maximumDepth + 5
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        XCTAssertThrowsError(try tree(text)) {
            XCTAssertEqual($0 as? FeedParseError, .tooComplex(limit: FeedXMLTreeBuilder.maximumDepth))
        }
    }
}
