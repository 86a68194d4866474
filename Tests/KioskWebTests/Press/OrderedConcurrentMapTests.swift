import Foundation
import XCTest
@testable import KioskWeb

/// Mapping a feed's items on every core: results in the list's order, each item mapped once.
final class OrderedConcurrentMapTests: XCTestCase {
    func testResultsComeInTheListsOrder() {
        // Given a list of many runs, of a length that is not a multiple of a run
        let items = Array(0..<(OrderedConcurrentMap.runLength * 40 + 7))
        // When each is mapped to a text naming it
        let mapped = OrderedConcurrentMap.map(items) { "item \($0 * 3)" }
        // Then the results are the list's, in its order
        XCTAssertEqual(mapped, items.map { "item \($0 * 3)" })
    }

    func testEachItemIsMappedExactlyOnce() {
        // Given a list of many runs, and a record of every call
        let items = Array(0..<1_000)
        let calls = CallRecord()
        // When it is mapped
        _ = OrderedConcurrentMap.map(items, runLength: 7) { item -> Int in
            calls.add(item)
            return item
        }
        // Then every item was mapped once, and no other
        XCTAssertEqual(calls.items.sorted(), items)
    }

    func testAListOfOneRunIsMappedOnTheCallingThread() {
        // Given a list shorter than a run
        let caller = ThreadID.current
        let items = Array(0..<OrderedConcurrentMap.runLength)
        // When it is mapped, noting the thread of each call
        let threads = OrderedConcurrentMap.map(items) { _ in ThreadID.current }
        // Then every call ran on the caller's thread
        XCTAssertEqual(Set(threads), [caller])
    }

    func testAnEmptyListGivesNoResults() {
        // Given no items, When mapped, Then nothing comes back and nothing is called
        let calls = CallRecord()
        let mapped = OrderedConcurrentMap.map([Int]()) { item -> Int in
            calls.add(item)
            return item
        }
        XCTAssertEqual(mapped, [])
        XCTAssertEqual(calls.items, [])
    }
}

/// The items a transform was called with, from any thread.
private final class CallRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []

    func add(_ item: Int) { lock.withLock { recorded.append(item) } }
    var items: [Int] { lock.withLock { recorded } }
}

/// The calling thread, comparable.
private enum ThreadID {
    static var current: UInt { UInt(pthread_self()) }
}
