import Dispatch

/// Maps a list on every core of the machine and gives the results in the list's order: the
/// work of turning a feed's items into articles, each item independent of the others.
///
/// The list is cut into runs of `runLength` items; Dispatch hands the runs to its worker
/// threads as they come free, so a core that drew short items takes more runs. A list of one
/// run is mapped on the calling thread.
enum OrderedConcurrentMap {
    /// Items a worker takes at a time: enough that handing out a run costs nothing beside it,
    /// few enough that both cores still have runs to take near the end of a feed.
    static let runLength = 16

    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], runLength: Int = runLength, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let runs = (items.count + runLength - 1) / runLength
        guard runs > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let start = run * runLength
            for index in start..<min(start + runLength, items.count) {
                slots.put(transform(items[index]), at: index)
            }
        }
        return slots.results()
    }

    /// One place per item, each written by exactly one run and read only after every run has
    /// returned: `concurrentPerform` returns after all iterations, which orders their writes
    /// before the read. No two threads touch the same place, so no lock is needed.
    private final class Slots<Result>: @unchecked Sendable {
        private let storage: UnsafeMutablePointer<Result?>
        private let count: Int

        init(count: Int) {
            self.count = count
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil, count: count)
        }

        deinit {
            storage.deinitialize(count: count)
            storage.deallocate()
        }

        func put(_ result: Result, at index: Int) {
            storage[index] = result
        }

        func results() -> [Result] {
            (0..<count).map { index in
                guard let result = storage[index] else { preconditionFailure("item \(index) was not mapped") }
                return result
            }
        }
    }
}
