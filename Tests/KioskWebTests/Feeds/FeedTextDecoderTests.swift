import Foundation
import XCTest
@testable import KioskWeb

final class FeedTextDecoderTests: FeedTestCase {
    private let accented = "Café crème à 2 € – « déjà vu »"

    /// An RSS document with `title`, declared in `declaration`, encoded with `encoding`.
    private func document(declaration: String?, encoding: String.Encoding) throws -> Data {
        let head = declaration.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        let text = head + "<rss version=\"2.0\"><channel><title>\(accented)</title></channel></rss>"
        return try XCTUnwrap(text.data(using: encoding))
    }

    func testWindows1252BytesDeclaredUTF8AreTranscoded() throws {
        // Given Windows-1252 bytes (é = E9, € = 80, « = AB) in a document declared UTF-8
        let data = try document(declaration: "UTF-8", encoding: .windowsCP1252)
        XCTAssertNil(String(data: data, encoding: .utf8), "the fixture must be invalid UTF-8")
        // When parsed, then the title reads as written
        XCTAssertEqual(try parse(data).title, accented)
    }

    func testWindows1252BytesWithoutDeclarationAreTranscoded() throws {
        XCTAssertEqual(try parse(document(declaration: nil, encoding: .windowsCP1252)).title, accented)
    }

    func testDeclaredISO88591IsHonoured() throws {
        // Given Latin-1 text declared ISO-8859-1 (the euro sign is not in Latin-1, so leave it out)
        let title = "Été à l'école, 20 °C"
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>\(title)</title></channel></rss>"
        let data = try XCTUnwrap(text.data(using: .isoLatin1))
        // When parsed, then the title is right
        XCTAssertEqual(try parse(data).title, title)
    }

    func testDeclaredWindows1252IsHonoured() throws {
        XCTAssertEqual(try parse(document(declaration: "windows-1252", encoding: .windowsCP1252)).title, accented)
    }

    func testUTF8DeclaredLatin1IsReadAsUTF8() throws {
        // Given valid UTF-8 mislabelled ISO-8859-1 (the opposite mistake)
        let data = try document(declaration: "ISO-8859-1", encoding: .utf8)
        // Then it is not turned into mojibake
        XCTAssertEqual(try parse(data).title, accented)
    }

    func testByteOrderMarkIsSkipped() throws {
        // Given UTF-8 with a BOM, declared as Latin-1 (the BOM wins)
        let data = Data([0xEF, 0xBB, 0xBF]) + (try document(declaration: "ISO-8859-1", encoding: .utf8))
        XCTAssertEqual(try parse(data).title, accented)
    }

    func testUTF16WithByteOrderMark() throws {
        let data = try document(declaration: "UTF-16", encoding: .utf16)  // Foundation writes a BOM
        XCTAssertEqual(try parse(data).title, accented)
    }

    func testMixedValidAndStrayBytesKeepBoth() {
        // Given valid UTF-8 "é" followed by a stray Windows-1252 "é" and a curly quote
        let bytes: [UInt8] = Array("a".utf8) + [0xC3, 0xA9, 0xE9, 0x93, 0x62]
        // When repaired
        let repaired = FeedTextDecoder.repairedUTF8(bytes[...])
        // Then each is read as meant
        XCTAssertEqual(String(decoding: repaired, as: UTF8.self), "aéé“b")
    }

    func testValidUTF8IsKeptByteForByteAndAStrayByteAnywhereIsStillRepaired() {
        // Given valid UTF-8 of one to four bytes a character, with controls the XML preparer drops later
        let valid = Array("a é € 😀 \u{1B}[2J \u{202E} \u{85} e\u{301}".utf8)
        // When repaired, Then it is unchanged
        XCTAssertEqual(FeedTextDecoder.repairedUTF8(valid[...]), valid)
        // And with a stray byte at the end or a cut sequence, those alone are read as Windows-1252
        XCTAssertEqual(FeedTextDecoder.repairedUTF8((valid + [0x93])[...]), valid + Array("“".utf8))
        XCTAssertEqual(FeedTextDecoder.repairedUTF8(([0x61, 0xE2, 0x82] as [UInt8])[...]), Array("aâ‚".utf8))
    }

    func testOverlongAndSurrogateSequencesAreNotTakenForUTF8() {
        let bytes: [UInt8] = [0xC0, 0xAF, 0xED, 0xA0, 0x80]
        let repaired = String(decoding: FeedTextDecoder.repairedUTF8(bytes[...]), as: UTF8.self)
        XCTAssertEqual(repaired, "À¯í\u{A0}€")
    }

    func testDeclarationIsRewrittenToUTF8() throws {
        let bytes = Array("<?xml version='1.0' encoding = 'iso-8859-1' ?><rss/>".utf8)
        XCTAssertEqual(FeedTextDecoder.declaredEncoding(bytes), "iso-8859-1")
        let decoded = try FeedTextDecoder.utf8(bytes)
        XCTAssertEqual(FeedTextDecoder.declaredEncoding(decoded), "UTF-8")
    }
}
