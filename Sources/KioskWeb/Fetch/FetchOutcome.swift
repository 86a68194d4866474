import KioskCore

/// What one fetch came to, as the press sync reports it per source.
public enum FetchOutcome: Equatable, Sendable, CustomStringConvertible {
    /// A 2xx answer with its body.
    case fetched(FetchedPage)
    /// The server answered 304 to the validators sent: keep what is stored.
    case notModified(finalURL: StrictURL, validators: CacheValidators, redirects: [StrictURL])
    /// The URL policy refused the URL or a redirect hop; nothing was requested from it.
    case refused(FetchRefusal)
    /// The fetch was allowed but failed.
    case failed(FetchFailure)

    /// The page, when fetched.
    public var page: FetchedPage? {
        if case .fetched(let page) = self { return page }
        return nil
    }

    /// The failure, when failed.
    public var failure: FetchFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }

    /// The refusal, when refused.
    public var refusal: FetchRefusal? {
        if case .refused(let refusal) = self { return refusal }
        return nil
    }

    /// One line for the sync report: `fetched 12345 bytes`, `not modified`, `refused: …`.
    public var description: String {
        switch self {
        case .fetched(let page):
            "fetched \(page.body.count) bytes" + Self.redirectNote(page.redirects)
        case .notModified(_, _, let redirects):
            "not modified since the last sync" + Self.redirectNote(redirects)
        case .refused(let refusal):
            refusal.description
        case .failed(let failure):
            failure.description
        }
    }

    private static func redirectNote(_ redirects: [StrictURL]) -> String {
        guard let last = redirects.last else { return "" }
        return " from \(last) after \(redirects.count) redirect\(redirects.count == 1 ? "" : "s")"
    }
}
