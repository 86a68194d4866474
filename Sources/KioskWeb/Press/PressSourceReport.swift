import KioskCore

/// What a sync (or an import) came to for one source, as the report shows it.
public struct PressSourceReport: Equatable, Sendable {
    /// How the source ended.
    public enum Outcome: Equatable, Sendable {
        /// The feed was read and its articles handed to the archive; `duplicatesInFeed` items
        /// repeated an earlier item's identity and were dropped before storing.
        case stored(PressStoreResult, duplicatesInFeed: Int, format: ParsedFeed.Format)
        /// The server answered 304: what is kept stands.
        case notModified
        /// Nothing was kept; the reason is one line of plain text (`the server answered HTTP 404
        /// (not found)`, `not a feed: line 5, column 20: …`).
        case failed(String)
    }

    /// The source's feed URL, as listed.
    public var url: String
    /// The source's name, as staff typed it (cleaned only when printed).
    public var name: String
    public var outcome: Outcome

    public init(url: String, name: String, outcome: Outcome) {
        self.url = url
        self.name = name
        self.outcome = outcome
    }

    /// The report of a listed source.
    public init(source: PressSyncSource, outcome: Outcome) {
        self.init(url: source.url, name: source.name, outcome: outcome)
    }

    /// Whether the source failed.
    public var isFailure: Bool {
        if case .failed = outcome { return true }
        return false
    }

    /// The archive's result when the feed was stored.
    public var storeResult: PressStoreResult? {
        if case .stored(let result, _, _) = outcome { return result }
        return nil
    }

    /// The reason when the source failed.
    public var failureReason: String? {
        if case .failed(let reason) = outcome { return reason }
        return nil
    }
}
