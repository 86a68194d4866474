import Foundation
import GRDB
import KioskHarness
@testable import KioskStore
import XCTest

/// The stored text of a date, worked out by arithmetic, against GRDB's own `DateFormatter`.
final class StorageDateTextTests: XCTestCase {
    func testEdgeDatesAreStoredAsGRDBStoresThem() {
        // Given dates at the edges of days, months, leap years, centuries and milliseconds
        let edges: [TimeInterval] = [
            0, 0.0005, 0.0009999, 0.001, 0.9995, 0.999, 0.9999999, 59.9999, 86_399.999, 86_400,
            951_782_400, 951_868_799.999, 951_868_800, // 2000-02-29, the day after
            1_709_164_800, 1_709_251_199.9995, // 2024-02-29
            4_107_542_399.999, 4_107_542_400, // 2100-02-28 → 2100-03-01, not a leap year
            1_780_000_000, 1_780_000_000.123, 1_780_000_000.1235, 946_684_799.9999, 253_402_300_799.999,
            0.0015, 0.0025, 1.0025, 1_780_000_000.0005, 1_780_000_000.0025, // halves of a millisecond
        ]
        // When each is stored both ways
        // Then the texts are the same
        for seconds in edges {
            let date = Date(timeIntervalSince1970: seconds)
            XCTAssertEqual(StorageDateText.value(date), date.databaseValue, "\(seconds)")
        }
    }

    func testGeneratedDatesAreStoredAsGRDBStoresThem() {
        // Given 20,000 dates between 1970 and 2200, half of them with a fraction of a second
        var random = SeededRandom(seed: 58)
        for index in 0..<20_000 {
            let whole = TimeInterval(random.next() % 7_258_118_400)
            let fraction = index.isMultiple(of: 2) ? 0 : TimeInterval(random.next() % 1_000_000) / 1_000_000
            let date = Date(timeIntervalSince1970: whole + fraction)
            // When it is stored both ways
            // Then the texts are the same
            XCTAssertEqual(StorageDateText.value(date), date.databaseValue, "\(whole + fraction)")
        }
    }

    func testDatesOutsideTheCoveredYearsAreLeftToGRDB() {
        // Given a date before 1970
        let date = Date(timeIntervalSince1970: -86_400.5)
        // When it is stored
        // Then it is GRDB's text
        XCTAssertEqual(StorageDateText.value(date), date.databaseValue)
    }
}
