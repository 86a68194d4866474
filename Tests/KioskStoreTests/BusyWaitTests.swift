@testable import KioskStore
import XCTest

final class BusyWaitTests: XCTestCase {
    func testTheWaitsGrowToTheCapAndStopAfterFiveSeconds() {
        // Given the busy policy
        // When a connection found the lock taken again and again
        // Then it waits 1, 2, 4, 8, 16 ms, then 20 ms, and gives up once five seconds have passed
        XCTAssertEqual((0..<7).map { Int((BusyWait.delay(afterTries: $0) * 1000).rounded()) }, [1, 2, 4, 8, 16, 20, 20])
        XCTAssertTrue(BusyWait.shouldRetry(afterTries: 0))
        XCTAssertTrue(BusyWait.shouldRetry(afterTries: 252))
        XCTAssertFalse(BusyWait.shouldRetry(afterTries: 254))
    }

    func testTwoOpenDatabasesOnOneFileBothWrite() throws {
        // Given two kiosk processes' databases on one file
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let first = try KioskDatabase(path: path), second = try KioskDatabase(path: path)
        // When both write, from two threads at once
        let group = DispatchGroup()
        let failures = NSLock()
        nonisolated(unsafe) var failed = 0
        for database in [first, second] {
            DispatchQueue.global().async(group: group) {
                for _ in 0..<50 {
                    do {
                        try database.write { db in try db.execute(sql: "CREATE TABLE IF NOT EXISTS t (x); INSERT INTO t VALUES (1)") }
                    } catch {
                        failures.withLock { failed += 1 }
                    }
                }
            }
        }
        group.wait()
        // Then every write went through
        XCTAssertEqual(failed, 0)
        XCTAssertEqual(try first.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") }, 100)
    }
}
