import Foundation
import XCTest
@testable import KioskWeb

final class CookieDateTests: XCTestCase {
    private let expected = Date(timeIntervalSince1970: 1_445_412_480)  // 2015-10-21T07:28:00Z

    func testTheUsualSpellingsReadTheSameDate() {
        for text in ["Wed, 21 Oct 2015 07:28:00 GMT", "Wednesday, 21-Oct-15 07:28:00 GMT", "Wed Oct 21 07:28:00 2015",
                     "21 October 2015 7:28:0", "Wed, 21-Oct-2015 07:28:00 UTC", "2015 oct 21 07:28:00 +0200"] {
            XCTAssertEqual(CookieDate.parse(text), expected, text)
        }
    }

    func testTwoDigitYearsAreRead1970To2069() {
        XCTAssertEqual(CookieDate.parse("Thu, 01 Jan 70 00:00:00 GMT"), Date(timeIntervalSince1970: 0))
        XCTAssertEqual(CookieDate.parse("Fri, 01 Jan 38 00:00:00 GMT"), Date(timeIntervalSince1970: 2_145_916_800))
    }

    func testDatesMissingAPartOrImpossibleAreRefused() {
        for text in ["", "tomorrow", "Wed, 21 Oct 2015", "Wed, 21 2015 07:28:00", "Wed, 32 Oct 2015 07:28:00 GMT",
                     "Wed, 31 Feb 2015 07:28:00 GMT", "Wed, 21 Oct 2015 24:00:00 GMT", "Wed, 21 Oct 1600 07:28:00 GMT",
                     "0", "-1"] {
            XCTAssertNil(CookieDate.parse(text), text)
        }
    }
}
