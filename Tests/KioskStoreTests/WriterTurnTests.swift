import Foundation
@testable import KioskStore
import XCTest

/// The writers' queue: one turn at a time, first come first served, and never a write held up
/// for good. Each `run` opens a descriptor of its own, so threads of one test process queue as
/// separate processes would.
final class WriterTurnTests: StoreTestCase {
    func testTurnsNeverOverlap() {
        // Given four writers of one database
        let turn = WriterTurn(databasePath: databasePath)
        let watch = Overlap()
        // When each takes fifty turns at once with the others
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<50 { turn.run { watch.inside() } }
        }
        // Then every turn ran, never two at the same time
        XCTAssertEqual(watch.turns, 200)
        XCTAssertEqual(watch.most, 1)
    }

    func testTurnsComeInTheOrderTheyWereAskedFor() throws {
        // Given a writer in its turn, then a second writer queued, then a third
        let turn = WriterTurn(databasePath: databasePath)
        let first = Holder(turn)
        let order = Order()
        let second = Thread { turn.run { order.append("second") } }
        second.start()
        try waitUntil(ticketsDrawn: 2)
        let third = Thread { turn.run { order.append("third") } }
        third.start()
        try waitUntil(ticketsDrawn: 3)
        // When the first writer's turn ends
        first.release()
        // Then the second writes before the third
        order.wait(for: 2)
        XCTAssertEqual(order.names, ["second", "third"])
    }

    func testAWriterThatNeverEndsItsTurnHoldsNobodyUpForGood() {
        // Given a writer that keeps its turn, and a short time limit
        let turn = WriterTurn(databasePath: databasePath, limit: 0.05)
        let first = Holder(turn)
        // When another writer asks for a turn
        let ran = turn.run { first.isInside }
        // Then it writes anyway, without a turn, while the first still holds its own
        XCTAssertTrue(ran)
        first.release()
    }

    func testAWriterStoppedWhileDrawingItsTicketHoldsNobodyUpForGood() throws {
        // Given a writer that holds the ticket counter's lock and never lets go
        let turn = WriterTurn(databasePath: databasePath, limit: 0.05)
        turn.run {}
        let stopped = open(turn.path, O_RDWR)
        defer { close(stopped) }
        XCTAssertTrue(TurnLocks.lock(stopped, start: 0, length: 8, waiting: false))
        // When another writer asks for a turn
        let value = turn.run { 7 }
        // Then it writes anyway, without a turn
        XCTAssertEqual(value, 7)
    }

    func testWithoutALockFileTheWriteGoesOn() {
        // Given a database path whose folder does not exist
        let turn = WriterTurn(databasePath: folder.appendingPathComponent("missing/kiosk.sqlite").path)
        // When a writer asks for a turn
        let value = turn.run { 42 }
        // Then the write runs without one
        XCTAssertEqual(value, 42)
    }

    // MARK: - Helpers

    /// Waits until `count` tickets were drawn from the lock file's counter.
    private func waitUntil(ticketsDrawn count: UInt64, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = databasePath + "-writer"
        for _ in 0..<5_000 {
            if let data = FileManager.default.contents(atPath: path), data.count >= 8,
               data.prefix(8).withUnsafeBytes({ UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }) >= count {
                return
            }
            usleep(1_000)
        }
        XCTFail("\(count) tickets were never drawn", file: file, line: line)
    }
}

/// Counts the turns inside at once.
private final class Overlap: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var most = 0
    private(set) var turns = 0

    func inside() {
        lock.withLock { current += 1; turns += 1; most = max(most, current) }
        usleep(100)
        lock.withLock { current -= 1 }
    }
}

/// A writer on a thread of its own that holds its turn until released.
private final class Holder: @unchecked Sendable {
    private let entered = DispatchSemaphore(value: 0)
    private let leave = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var inside = false

    var isInside: Bool { lock.withLock { inside } }

    init(_ turn: WriterTurn) {
        Thread { [self] in
            turn.run {
                lock.withLock { inside = true }
                entered.signal()
                leave.wait()
                lock.withLock { inside = false }
            }
        }.start()
        entered.wait()
    }

    func release() { leave.signal() }
}

/// The names of the writers, in the order they wrote.
private final class Order: @unchecked Sendable {
    private let condition = NSCondition()
    private var written: [String] = []

    var names: [String] { condition.withLock { written } }

    func append(_ name: String) {
        condition.withLock { written.append(name); condition.broadcast() }
    }

    func wait(for count: Int) {
        condition.withLock { while written.count < count { condition.wait() } }
    }
}
