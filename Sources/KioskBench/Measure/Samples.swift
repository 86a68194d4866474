/// Durations of one kind of work, in nanoseconds, and their order statistics.
struct Samples {
    private(set) var nanoseconds: [UInt64] = []

    init(_ nanoseconds: [UInt64] = []) { self.nanoseconds = nanoseconds }

    mutating func add(_ value: UInt64) { nanoseconds.append(value) }

    var count: Int { nanoseconds.count }
    var total: UInt64 { nanoseconds.reduce(0, +) }

    /// The nearest-rank percentile (`fraction` in 0...1); 0 when there is no sample.
    func percentile(_ fraction: Double) -> UInt64 {
        guard !nanoseconds.isEmpty else { return 0 }
        let sorted = nanoseconds.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    var median: UInt64 { percentile(0.5) }
    var p95: UInt64 { percentile(0.95) }
    var p99: UInt64 { percentile(0.99) }
    var maximum: UInt64 { nanoseconds.max() ?? 0 }

    /// "p95 4.79 ms, median 1.87 ms": how the search figures state their time.
    var p95AndMedian: String { "p95 \(DurationText.of(p95)), median \(DurationText.of(median))" }
}

/// Durations written for the table with a unit that keeps three significant figures at most.
enum DurationText {
    static func of(_ nanoseconds: UInt64) -> String {
        let value = Double(nanoseconds)
        switch value {
        case ..<1_000: return "\(nanoseconds) ns"
        case ..<1_000_000: return figure(value / 1_000) + " µs"
        case ..<1_000_000_000: return figure(value / 1_000_000) + " ms"
        default: return figure(value / 1_000_000_000) + " s"
        }
    }

    /// `value` with three significant figures (no decimals from 100 on).
    static func figure(_ value: Double) -> String {
        switch value {
        case ..<10: String(format: "%.2f", value)
        case ..<100: String(format: "%.1f", value)
        default: String(format: "%.0f", value)
        }
    }
}
