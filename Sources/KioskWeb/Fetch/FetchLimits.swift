import Foundation

/// The caps every fetch obeys: redirect hops, total time and body size.
public struct FetchLimits: Equatable, Sendable {
    /// Most redirects followed; one more redirect fails with `tooManyRedirects`.
    public var maximumRedirects: Int
    /// Wall time for the whole fetch, all hops included, in seconds.
    public var totalTime: TimeInterval
    /// Largest body accepted, in bytes, after content decoding (a gzip bomb counts in full).
    public var maximumBodyBytes: Int

    public init(maximumRedirects: Int = 5, totalTime: TimeInterval = 20, maximumBodyBytes: Int = 5_000_000) {
        self.maximumRedirects = max(0, maximumRedirects)
        self.totalTime = max(0.001, totalTime)
        self.maximumBodyBytes = max(0, maximumBodyBytes)
    }

    /// 5 redirects, 20 seconds, 5 MB.
    public static let standard = FetchLimits()
}
