@testable import KioskCore
import XCTest

final class UsageTrackingTests: XCTestCase {
    /// Jean with 30 minutes a day for service requests (a section without a feature yet).
    private func quota(minutes: Int = 30, used: Int = 0) -> TestStore {
        var account = DetaineeAccount.jean
        account.access = AccessProfile(name: "pre-release", dailyMinutes: [.requests: minutes])
        var state = AppState.loggedIn(account)
        state.session?.usage = SectionUsage(day: "2026-03-02", seconds: used == 0 ? [:] : [.requests: used])
        return TestStore(state)
    }

    private func record(_ seconds: Int, day: String = "2026-03-02", section: Section = .requests) -> Effect {
        .recordSectionUse(detainee: 1, section: section, day: day, seconds: seconds)
    }

    func testTimeInASectionIsRecordedEachMinuteAndWhenLeaving() {
        // Given Jean on service requests
        var store = quota()
        store.send(.keyPressed(.character("4")), effects: [.loadRequests(detainee: 1)]) {
            $0.stack.append(.requests(RequestsState()))
            $0.stack[0] = .home(HomeState(selection: 3))
            $0.session?.visit = SectionVisit(section: .requests, since: .morning)
        }
        // Then the run loop wakes a minute after the visit started, whatever the clock's minute
        store.state.session?.visit = SectionVisit(section: .requests, since: Date.morning.addingTimeInterval(-40))
        XCTAssertEqual(store.state.nextDeadline, Date.morning.addingTimeInterval(20))
        store.state.session?.visit = SectionVisit(section: .requests, since: .morning)
        // When a minute passes, that minute is recorded and counted
        let minute = Date.morning.addingTimeInterval(60)
        store.send(.tick(minute), effects: [record(60)]) {
            $0.now = minute
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.requests: 60])
            $0.session?.visit = SectionVisit(section: .requests, since: minute)
        }
        // And leaving 25 seconds later records those too
        let later = minute.addingTimeInterval(25)
        store.send(.tick(later)) { $0.now = later }
        store.send(.keyPressed(.escape), effects: [record(25)]) {
            $0.stack.removeLast()
            $0.session?.lastActivity = later
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.requests: 85])
            $0.session?.visit = nil
        }
    }

    func testTheSectionClosesWhenTodaysMinutesAreUsedAndSaysUntilWhen() {
        // Given Jean with 1 minute left, on service requests
        var store = quota(minutes: 30, used: 29 * 60)
        store.state.stack.append(.section(.requests))
        store.state.session?.visit = SectionVisit(section: .requests, since: .morning)
        // Then the run loop is told to wake when the minute is up
        XCTAssertEqual(store.state.nextDeadline, Date.morning.addingTimeInterval(60))
        // When it is up, the minute is recorded and counting stops: the section is closed until midnight
        let end = Date.morning.addingTimeInterval(60)
        store.send(.tick(end), effects: [record(60)]) {
            $0.now = end
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.requests: 30 * 60])
            $0.session?.visit = nil
        }
        let midnight = Date.morning.addingTimeInterval(15 * 3600)
        XCTAssertEqual(store.state.access(to: .requests), .dailyTimeUsed(minutes: 30, opensAt: midnight))
        // And opening it again from home starts no count
        store.send(.keyPressed(.escape)) {
            $0.stack.removeLast()
            $0.session?.lastActivity = end
        }
        store.send(.keyPressed(.character("4"))) {
            $0.stack = [.home(HomeState(selection: 3)), .section(.requests)]
        }
    }

    func testAVisitOverMidnightIsRecordedOnBothDays() {
        let visit = SectionVisit(section: .requests, since: Date.morning.addingTimeInterval(15 * 3600 - 90))
        let effects = UsageTracking.record(visit, until: Date.morning.addingTimeInterval(15 * 3600 + 30), detainee: 1,
                                           timeZone: TimeZone(identifier: "Europe/Brussels")!)
        XCTAssertEqual(effects, [record(90, section: .requests), record(30, day: "2026-03-03", section: .requests)])
    }

    func testIdleLogoutAndStopRecordTheVisitUnderWay() {
        var store = quota()
        store.state.stack.append(.section(.requests))
        store.state.session?.visit = SectionVisit(section: .requests, since: .morning)
        // When SIGTERM arrives 20 seconds in, the 20 seconds are recorded before the exit
        store.state.now = Date.morning.addingTimeInterval(20)
        store.send(.stopRequested, effects: [record(20), .exit]) {
            $0.isStopping = true
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.requests: 20])
            $0.session?.visit = nil
        }
        // And an idle logout records what was under way before the session is gone
        var idle = quota()
        idle.state.stack.append(.section(.requests))
        idle.state.session?.visit = SectionVisit(section: .requests, since: Date.morning.addingTimeInterval(540))
        let logout = Date.morning.addingTimeInterval(600)
        let effects = reduce(&idle.state, .tick(logout))
        XCTAssertEqual(effects.last, record(60))
        XCTAssertNil(idle.state.session)
    }

    func testLoadedUseCountsAgainstTheQuotaAndAClosedSectionIsBadgedAtHome() {
        var store = quota(minutes: 10)
        store.send(.sectionUseLoaded(SectionUsage(day: "2026-03-02", seconds: [.requests: 600]))) {
            $0.session?.usage = SectionUsage(day: "2026-03-02", seconds: [.requests: 600])
        }
        XCTAssertNotEqual(store.state.access(to: .requests), .open)
        XCTAssertEqual(store.state.access(to: .courses), .open)
    }
}
