import KioskCore

/// Fetches one URL through the allowlist; the seam the press sync is tested behind.
///
/// Calls block until the outcome is known and never take longer than the fetcher's time cap,
/// so a command that fetches sources one after another simply calls `fetch` in a loop.
public protocol PageFetching: Sendable {
    /// Fetches `url` with GET, checking it and every redirect hop against the URL policy.
    func fetch(_ url: String, validators: CacheValidators) -> FetchOutcome
}

extension PageFetching {
    /// Fetches `url` unconditionally (no ETag or Last-Modified to send).
    public func fetch(_ url: String) -> FetchOutcome {
        fetch(url, validators: .none)
    }
}
