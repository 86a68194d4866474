import KioskCore

/// The one-line reasons the press sync gives, in plain words: what failed and why.
///
/// Every reason passes through `TextSanitizer` before it is stored or printed: parts of it come
/// from outside (a `Location` header, an XML parser's message about hostile bytes).
enum PressFailureText {
    /// Longest reason kept, in characters.
    static let maximumLength = 300

    private static let sanitizer = TextSanitizer(maxLength: maximumLength)

    /// A refused or failed fetch: `refused: …`, `redirect 1 to … refused: …`,
    /// `the server answered HTTP 404 (not found)`, `timed out: …`, `too large: …`.
    static func fetch(_ outcome: FetchOutcome) -> String {
        clean(outcome.description)
    }

    /// A body that is not a readable feed: `not a feed: line 5, column 20: …`.
    static func parse(_ error: FeedParseError) -> String {
        if case .notAFeed = error { return clean(error.description) }  // already says so
        return clean("not a feed: \(error.description)")
    }

    /// The archive refused to keep what was read.
    static func store(_ failure: StoreFailure) -> String {
        "could not keep the articles: \(database(failure))"
    }

    /// The archive could not record a 304.
    static func notModified(_ failure: StoreFailure) -> String {
        "not modified, but the database could not record it: \(database(failure))"
    }

    /// What a store failure means, for staff.
    static func database(_ failure: StoreFailure) -> String {
        switch failure {
        case .notWritable: "the database is full or read-only, nothing was written"
        case .unavailable: "the database could not be read or is damaged"
        }
    }

    /// One line of harmless text.
    static func clean(_ text: String) -> String {
        sanitizer.clean(text).trimmingCharacters(in: .whitespaces)
    }
}
