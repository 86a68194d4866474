import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class DocumentJSONWriterTests: XCTestCase {
    /// Every kind of block and inline, nested, with text that needs escaping.
    static let rich = Document(title: "Titre \"cité\" \\ / \u{1}\u{8}\u{C}\n\r\t\u{1F}\u{7F} é € 😀 \u{2028}", blocks: [
        .heading(level: 2, [.text("Le titre")]),
        .paragraph([.text("Gras", .strong), .text(" et "), .text("italique", [.emphasis, .code]),
                    .link([.text("lien "), .image(alt: "logo")], target: "https://news.example.be/x?a=1&b=%20"),
                    .lineBreak, .image(alt: "photo")]),
        .list(ordered: true, items: [[.paragraph([.text("un")])], [.list(ordered: false, items: [[.rule]])], []]),
        .quote([.paragraph([.text("« Citation »")]), .quote([])]),
        .preformatted("  code\n\tindenté  "),
        .rule,
        .table(rows: [[[.text("a")], [.text("b")]], [[], [.lineBreak]]]),
        .form(Document.Form(method: .post, action: "https://jobs.example.org/apply", fields: [
            Document.FormField(kind: .text, name: "name", value: "Jo", label: "Nom"),
            Document.FormField(kind: .checkbox, name: "cv", isChecked: true),
            Document.FormField(kind: .select, name: "city", value: "2", label: "Ville",
                               options: [.init(value: "1", label: "Liège"), .init(value: "2", label: "Gent")]),
        ])),
        .paragraph([]),
    ])

    func testWhatIsWrittenDecodesToTheSameDocument() throws {
        // Given documents, empty and rich
        for document in [Document(), Self.rich] {
            // When written and read back with the decoder rows are read with
            let json = DocumentJSONWriter.json(document)
            let decoded = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
            // Then nothing is lost or changed
            XCTAssertEqual(decoded, document)
        }
    }

    func testTheEncoderAndTheWriterAgreeOnEverythingButTheOrderOfKeys() throws {
        // Given the rich document as JSONEncoder writes it and as the writer writes it
        let encoded = try JSONEncoder().encode(Self.rich)
        let written = Data(DocumentJSONWriter.json(Self.rich).utf8)
        // When both are read as plain JSON values
        let fromEncoder = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        let fromWriter = try JSONSerialization.jsonObject(with: written) as? NSDictionary
        // Then they are the same value, of the same length
        XCTAssertNotNil(fromWriter)
        XCTAssertEqual(fromWriter, fromEncoder)
        XCTAssertEqual(written.count, encoded.count)
    }

    func testTheOutputIsStableAndEscapedLikeTheEncoders() {
        // Given a small document with a quote, a slash and a control in its text
        let document = Document(title: "a/\"b\"\u{1}", blocks: [.paragraph([.text("x", .strong)]), .rule])
        // When written twice
        // Then the text is the same each time, keys in a fixed order
        let json = DocumentJSONWriter.json(document)
        XCTAssertEqual(json, DocumentJSONWriter.json(document))
        XCTAssertEqual(json, #"{"title":"a\/\"b\"\u0001","blocks":[{"paragraph":{"_0":[{"text":{"_0":"x","_1":2}}]}},{"rule":{}}]}"#)
    }
}
