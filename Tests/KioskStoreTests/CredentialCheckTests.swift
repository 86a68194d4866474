import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class CredentialCheckTests: StoreTestCase {
    func testFailuresFromSeveralTerminalsAtOnceAreAllCounted() throws {
        // Given detainee 1001, and two kiosk processes (two connections) on the same file,
        // with a throttle that lets every attempt through
        let first = try openDatabase()
        try createJulien(first)
        let second = try openDatabase()
        let lenient = LoginThrottle(lockoutThreshold: 100, freeFailures: 100)
        let repositories = [makeRepository(first, throttle: lenient), makeRepository(second, throttle: lenient)]
        // When eight wrong PINs arrive at the same moment from both
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            _ = try? repositories[index % 2].authenticateDetainee(number: "1001", pin: Secret("0000"), now: Self.noon)
        }
        // Then no failure was lost to a race
        XCTAssertEqual(try makeAdmin(first).findDetainee(number: "1001")?.failedAttempts, 8)
    }

    func testLockFromAnotherTerminalWinsOverACorrectPIN() throws {
        // Given detainee 1001 locked through one connection
        let first = try openDatabase()
        try createJulien(first)
        _ = try makeRepository(first, throttle: LoginThrottle(lockoutThreshold: 1))
            .authenticateDetainee(number: "1001", pin: Secret("0000"), now: Self.noon)
        // When the right PIN is typed on another terminal
        let second = try openDatabase()
        let outcome = try makeRepository(second).authenticateDetainee(number: "1001", pin: Secret("1234"), now: Self.noon)
        // Then it is refused as locked
        XCTAssertEqual(outcome, .refused(.locked))
    }
}
