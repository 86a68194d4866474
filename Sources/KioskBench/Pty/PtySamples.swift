import Foundation

/// Repeated measurements of one case, and how the pty figures print them.
struct PtySamples {
    var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    /// The median (the mean of the middle two for an even count); 0 when empty.
    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Seconds as milliseconds with one decimal ("123.4 ms").
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    /// Kilobytes as megabytes ("12.3 MB", 1 MB = 1024 kB as /proc counts).
    static func megabytes(kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
