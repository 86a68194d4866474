import KioskCore
import XCTest

final class DateTextTests: XCTestCase {
    let brussels = TimeZone(identifier: "Europe/Brussels")!

    func testClockSpeaksTheUserLanguage() {
        // Given Monday 2 March 2026, 09:00 in Brussels
        let date = Date.morning
        // When written for each language
        let french = DateText.clock(date, language: .fr, timeZone: brussels)
        let dutch = DateText.clock(date, language: .nl, timeZone: brussels)
        let german = DateText.clock(date, language: .de, timeZone: brussels)
        let english = DateText.clock(date, language: .en, timeZone: brussels)
        // Then each uses its own weekday and month names and a 24-hour time
        XCTAssertTrue(french.contains("lun") && french.contains("mars") && french.contains("09:00"), french)
        XCTAssertTrue(dutch.contains("ma") && dutch.contains("mrt") && dutch.contains("09:00"), dutch)
        XCTAssertTrue(german.contains("Mo") && german.contains("März") && german.contains("09:00"), german)
        XCTAssertTrue(english.contains("Mon") && english.contains("Mar") && english.contains("09:00"), english)
    }

    func testTimeFollowsTheTimeZone() {
        XCTAssertEqual(DateText.time(.morning, language: .en, timeZone: brussels), "09:00")
        XCTAssertEqual(DateText.time(.morning, language: .en, timeZone: TimeZone(identifier: "UTC")!), "08:00")
    }
}
