import Foundation
import XCTest
@testable import KioskWeb

final class FeedDateParserTests: FeedTestCase {
    func testRFC822Spellings() throws {
        // Given the spellings feeds use for 10 June 2025, 04:00 UTC
        let spellings = [
            "Tue, 10 Jun 2025 04:00:00 GMT",
            "Tue, 10 Jun 2025 04:00:00 +0000",
            "10 Jun 2025 04:00:00 GMT",
            "Tuesday, 10 June 2025 04:00 UT",
            "Tue, 10 Jun 25 04:00:00 Z",
            "Tue, 10 Jun 2025 06:00:00 +0200",
            "Tue, 10 Jun 2025 06:00:00 +02:00",
            "Tue, 10 Jun 2025 06:00:00 CEST",
            "Tue, 10 Jun 2025 00:00:00 EDT",
            "Mon, 09 Jun 2025 23:00:00 -0500",
            "Mon, 09 Jun 2025 21:00:00 PDT",
            "Tue, 10 Jun 2025 05:00:00 GMT+0100",
            "Tue, 10 Jun 2025 04:00:00",
            "Tue,10 Jun 2025 04:00:00 GMT",
            "Jun 10 2025 04:00:00 GMT",
            "Tue, 10 Jun 2025 04:00:00 XYZ",
            "Tue, 10 Jun 2025 04:00:00 GMT (Coordinated Universal Time)",
        ]
        // When each is parsed, then all give the same instant
        let expected = try iso("2025-06-10T04:00:00Z")
        for text in spellings {
            XCTAssertEqual(FeedDateParser.parse(text), expected, text)
        }
    }

    func testTwoDigitYearsFollowRFC2822() throws {
        XCTAssertEqual(FeedDateParser.parse("01 Jan 49 00:00 GMT"), try iso("2049-01-01T00:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("01 Jan 50 00:00 GMT"), try iso("1950-01-01T00:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("Thu, 01 Jan 98 12:00:00 EST"), try iso("1998-01-01T17:00:00Z"))
    }

    func testRFC3339AndW3CDTF() throws {
        XCTAssertEqual(FeedDateParser.parse("2025-06-10T04:00:00Z"), try iso("2025-06-10T04:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("2025-06-10t06:00:00+02:00"), try iso("2025-06-10T04:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("2025-06-10 06:00:00+0200"), try iso("2025-06-10T04:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("2025-06-10T04:00Z"), try iso("2025-06-10T04:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("2025-06-10T04:00:00"), try iso("2025-06-10T04:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("2025-06-10"), try iso("2025-06-10T00:00:00Z"))
        XCTAssertEqual(FeedDateParser.parse("2025-06"), try iso("2025-06-01T00:00:00Z"))
        let fractional = try XCTUnwrap(FeedDateParser.parse("2025-06-10T04:00:00.123456-01:30"))
        XCTAssertEqual(fractional.timeIntervalSince1970, try iso("2025-06-10T05:30:00Z").timeIntervalSince1970 + 0.123456,
                       accuracy: 0.000001)
    }

    func testLeapDaysAndImpossibleDates() throws {
        XCTAssertEqual(FeedDateParser.parse("2024-02-29T00:00:00Z"), try iso("2024-02-29T00:00:00Z"))
        XCTAssertNil(FeedDateParser.parse("2025-02-29T00:00:00Z"))
        XCTAssertNil(FeedDateParser.parse("31 Apr 2025 10:00:00 GMT"))
        XCTAssertNil(FeedDateParser.parse("2025-13-01"))
        XCTAssertNil(FeedDateParser.parse("Tue, 10 Jun 2025 25:00:00 GMT"))
    }

    func testTextThatIsNoDate() {
        for text in ["", "yesterday", "10/06/2025", "Tue, 10 Foo 2025 04:00:00 GMT", "2025-06-10T04:00:00+99:00",
                     String(repeating: "1", count: 500)] {
            XCTAssertNil(FeedDateParser.parse(text), text)
        }
    }
}
