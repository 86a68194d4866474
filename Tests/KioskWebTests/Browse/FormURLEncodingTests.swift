import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class FormURLEncodingTests: XCTestCase {
    func testHTMLFormEncodingRules() {
        // Given fields with spaces, reserved characters, accents, emoji and line breaks
        let pairs = [
            FormPair("q", "kok & hulp"), FormPair("safe", "aZ09*-._"), FormPair("reserved", "a+b=c/d?e#f%g~"),
            FormPair("accent", "été"), FormPair("emoji", "👩‍🍳"), FormPair("letter", "a\nb\r\nc\rd"), FormPair("empty", ""),
            FormPair("naam met spatie", "x"),
        ]
        // When they are encoded
        let encoded = FormURLEncoding.encode(pairs)
        // Then spaces are +, the safe set stays, everything else is %XX of UTF-8, line breaks CR LF
        XCTAssertEqual(encoded, [
            "q=kok+%26+hulp", "safe=aZ09*-._", "reserved=a%2Bb%3Dc%2Fd%3Fe%23f%25g%7E", "accent=%C3%A9t%C3%A9",
            "emoji=%F0%9F%91%A9%E2%80%8D%F0%9F%8D%B3", "letter=a%0D%0Ab%0D%0Ac%0D%0Ad", "empty=", "naam+met+spatie=x",
        ].joined(separator: "&"))
    }

    func testNoFieldsIsAnEmptyString() {
        XCTAssertEqual(FormURLEncoding.encode([]), "")
    }

    func testEncodedQueryParsesToItselfAsAStrictURL() throws {
        // Given an encoded form with every kind of byte
        let query = FormURLEncoding.encode([FormPair("all", String((1...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }))])
        // When it is made a URL's query
        let url = try StrictURL.parse("https://werkplein.example/search?" + query).get()
        // Then the strict parser keeps it as it is, but for `~`, unreserved, which it decodes
        XCTAssertEqual(url.query, query.replacingOccurrences(of: "%7E", with: "~"))
        XCTAssertTrue(query.hasSuffix("%7E"))
    }
}
