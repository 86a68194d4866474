import KioskCore

/// What a reader found in the document, before cleaning: raw text, kinds, bases.
struct FeedDraft {
    var format: ParsedFeed.Format
    var title: FeedDraftText?
    var link: FeedDraftLink?
    var language: String?
    var entries: [FeedEntryDraft] = []
}

/// One item or entry as written.
struct FeedEntryDraft: Sendable {
    /// guid, Atom id or rdf:about.
    var id: String?
    var title: FeedDraftText?
    var link: FeedDraftLink?
    var date: String?
    var author: String?
    var summary: FeedDraftText?
    var content: FeedDraftText?
}

/// Character data and how to read it.
struct FeedDraftText: Sendable {
    enum Kind: Sendable {
        /// Literal text: `<` means a less-than sign.
        case plain
        /// HTML markup (escaped or in CDATA in the document).
        case html
    }

    var text: String
    var kind: Kind
}

/// A reference as written and the base in effect where it was written.
struct FeedDraftLink: Sendable {
    var reference: String
    var base: StrictURL?
}
