import Foundation
import KioskCore
import XCTest

final class LoginThrottleTests: XCTestCase {
    private let throttle = LoginThrottle.standard
    private let lastFailure = Date(timeIntervalSince1970: 1_800_000_000)

    func testNoFailuresIsOpen() {
        // Given an account that never failed
        // When someone tries to log in
        let decision = throttle.decide(failures: 0, lastFailure: nil, locked: false, now: lastFailure)
        // Then the secret is checked
        XCTAssertEqual(decision, .open)
    }

    func testFirstFailureAllowsAnImmediateRetry() {
        // Given one failure a moment ago
        // When the detainee retries at once
        let decision = throttle.decide(failures: 1, lastFailure: lastFailure, locked: false, now: lastFailure)
        // Then there is no delay (a typo costs nothing)
        XCTAssertEqual(decision, .open)
    }

    func testSecondFailureImposesTwoSeconds() {
        // Given two failures, the last one at `lastFailure`
        // When the next attempt comes one second later
        let decision = throttle.decide(
            failures: 2, lastFailure: lastFailure, locked: false, now: lastFailure.addingTimeInterval(1))
        // Then it must wait until two seconds after the last failure
        XCTAssertEqual(decision, .wait(until: lastFailure.addingTimeInterval(2)))
    }

    func testWaitEndsExactlyAtTheDeadline() {
        // Given two failures
        // When the next attempt comes exactly two seconds after the last one
        let decision = throttle.decide(
            failures: 2, lastFailure: lastFailure, locked: false, now: lastFailure.addingTimeInterval(2))
        // Then it is checked
        XCTAssertEqual(decision, .open)
    }

    func testDelaysDoubleWithEachFailure() {
        // Given the standard rules
        // When asking the delay after 1 to 4 failures
        let delays = (1...4).map { throttle.delay(afterFailures: $0) }
        // Then they grow 0, 2, 4, 8 seconds
        XCTAssertEqual(delays, [0, 2, 4, 8])
    }

    func testDelayIsCapped() {
        // Given a throttle that never locks, capped at 30 seconds
        let patient = LoginThrottle(lockoutThreshold: 1_000, baseDelay: 2, maximumDelay: 30)
        // When there have been very many failures
        let delay = patient.delay(afterFailures: 900)
        // Then the wait is the cap, not an overflow
        XCTAssertEqual(delay, 30)
        XCTAssertEqual(patient.delay(afterFailures: 5), 16)
    }

    func testLockoutAtDefaultThreshold() {
        // Given four failures long ago
        let later = lastFailure.addingTimeInterval(3_600)
        // When the counter reaches five
        // Then the account is locked, however long one waits
        XCTAssertEqual(throttle.decide(failures: 4, lastFailure: lastFailure, locked: false, now: later), .open)
        XCTAssertEqual(throttle.decide(failures: 5, lastFailure: lastFailure, locked: false, now: later), .locked)
        XCTAssertFalse(throttle.locks(afterFailures: 4))
        XCTAssertTrue(throttle.locks(afterFailures: 5))
    }

    func testLockedFlagWinsOverCounters() {
        // Given an account flagged locked with its counter at zero
        // When someone tries to log in
        let decision = throttle.decide(failures: 0, lastFailure: nil, locked: true, now: lastFailure)
        // Then it stays locked
        XCTAssertEqual(decision, .locked)
    }

    func testConfigurableThreshold() {
        // Given a throttle that locks after three failures
        let strict = LoginThrottle(lockoutThreshold: 3)
        // When there have been three failures
        let decision = strict.decide(failures: 3, lastFailure: lastFailure, locked: false, now: lastFailure)
        // Then the account is locked
        XCTAssertEqual(decision, .locked)
    }

    func testClockGoingBackwardsDoesNotLengthenTheWait() {
        // Given three failures (4 s delay) recorded an hour "in the future" by a wrong clock
        let now = lastFailure.addingTimeInterval(-3_600)
        // When the clock has been corrected and someone tries
        let decision = throttle.decide(failures: 3, lastFailure: lastFailure, locked: false, now: now)
        // Then the wait is one delay from now, not an hour
        XCTAssertEqual(decision, .wait(until: now.addingTimeInterval(4)))
    }
}
