import KioskCore
import XCTest

final class AccessPolicyTests: XCTestCase {
    let brussels = TimeZone(identifier: "Europe/Brussels")!
    let preTrial = AccessProfile(name: "pre-trial", sections: [.courses, .requests], hours: DailyHours("07:00-22:00"))

    /// 2 March 2026 at the given Brussels time.
    func at(_ hour: Int, _ minute: Int = 0) -> Date {
        Date.morning.addingTimeInterval(TimeInterval((hour - 9) * 3600 + minute * 60))
    }

    func testASectionOutsideTheProfileIsClosedWhateverTheTime() {
        XCTAssertEqual(AccessPolicy.access(to: .press, profile: preTrial, now: at(10), timeZone: brussels), .notInProfile)
    }

    func testHoursOpenAtTheStartAndCloseAtTheEnd() {
        XCTAssertEqual(AccessPolicy.access(to: .courses, profile: preTrial, now: at(7), timeZone: brussels), .open)
        XCTAssertEqual(AccessPolicy.access(to: .courses, profile: preTrial, now: at(21, 59), timeZone: brussels), .open)
        // Then at 22:00 it closes until 07:00 the next morning
        XCTAssertEqual(AccessPolicy.access(to: .courses, profile: preTrial, now: at(22), timeZone: brussels),
                       .outsideHours(opensAt: at(31)))
        // And at 06:30 it opens again the same morning
        XCTAssertEqual(AccessPolicy.access(to: .courses, profile: preTrial, now: at(6, 30), timeZone: brussels),
                       .outsideHours(opensAt: at(7)))
    }

    func testHoursCanRunOverMidnight() {
        let night = AccessProfile(name: "night", hours: DailyHours("20:00-02:00"))
        XCTAssertEqual(AccessPolicy.access(to: .press, profile: night, now: at(23), timeZone: brussels), .open)
        XCTAssertEqual(AccessPolicy.access(to: .press, profile: night, now: at(25), timeZone: brussels), .open)
        XCTAssertEqual(AccessPolicy.access(to: .press, profile: night, now: at(12), timeZone: brussels), .outsideHours(opensAt: at(20)))
    }

    func testNoProfileMeansEverySectionAtAnyTime() {
        for section in Section.allCases {
            XCTAssertEqual(AccessPolicy.access(to: section, profile: .unrestricted, now: at(3), timeZone: brussels), .open)
        }
    }

    func testHoursParsing() {
        XCTAssertEqual(DailyHours("07:00-22:00")?.description, "07:00-22:00")
        XCTAssertEqual(DailyHours("00:00-24:00")?.end, 1440)
        for bad in ["7:00-22:00", "07:00", "07:00-07:00", "25:00-26:00", "07:60-08:00", "a-b", "07:00-22:00-23:00"] {
            XCTAssertNil(DailyHours(bad), bad)
        }
    }

    func testTheLoggedInDetaineesProfileDecides() {
        var state = AppState.loggedIn()
        state.session?.account.access = preTrial
        XCTAssertEqual(state.access(to: .press), .notInProfile)
        XCTAssertEqual(state.access(to: .courses), .open)
        XCTAssertEqual(AppState(now: .morning).access(to: .press), .open)
    }

    func testCategoriesAndPressSourcesAreOpenUnlessTheProfileListsThem() {
        let open = AccessProfile(name: "open")
        XCTAssertTrue(AccessPolicy.allows(jobCategory: .government, profile: open))
        XCTAssertTrue(AccessPolicy.allows(pressSource: "Le Journal", profile: open))
        let listed = AccessProfile(name: "listed", jobCategories: ["jobs", "training"], pressSources: ["De Krant"])
        XCTAssertTrue(AccessPolicy.allows(jobCategory: .training, profile: listed))
        XCTAssertFalse(AccessPolicy.allows(jobCategory: .government, profile: listed))
        XCTAssertTrue(AccessPolicy.allows(pressSource: "De Krant", profile: listed))
        XCTAssertFalse(AccessPolicy.allows(pressSource: "Le Journal", profile: listed))
        // An empty list opens nothing
        XCTAssertFalse(AccessPolicy.allows(pressSource: "De Krant", profile: AccessProfile(name: "none", pressSources: [])))
    }

    func testAQuotaClosesTheSectionUntilMidnightAndCountsDownTheSecondsLeft() {
        let profile = AccessProfile(name: "q", dailyMinutes: [.press: 10])
        let brussels = TimeZone(identifier: "Europe/Brussels")!
        XCTAssertEqual(AccessPolicy.access(to: .press, profile: profile, now: .morning, timeZone: brussels, secondsUsedToday: 599), .open)
        XCTAssertEqual(AccessPolicy.access(to: .press, profile: profile, now: .morning, timeZone: brussels, secondsUsedToday: 600),
                       .dailyTimeUsed(minutes: 10, opensAt: Date.morning.addingTimeInterval(15 * 3600)))
        XCTAssertEqual(AccessPolicy.secondsLeft(in: .press, profile: profile, secondsUsedToday: 550), 50)
        XCTAssertNil(AccessPolicy.secondsLeft(in: .courses, profile: profile, secondsUsedToday: 550))
        XCTAssertEqual(AccessPolicy.day(of: Date.morning.addingTimeInterval(15 * 3600), timeZone: brussels), "2026-03-03")
    }
}
