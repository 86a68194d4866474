/// The start page of the job sites: the detainee's bookmarks, then the sites open to them by
/// category, and a field to type an address.
public struct JobSitesState: Equatable, Sendable {
    /// A line of the start page that can be opened.
    public enum Entry: Equatable, Sendable {
        case bookmark(Bookmark)
        case site(StartSite)

        /// The address the line opens.
        public var url: String {
            switch self {
            case .bookmark(let bookmark): bookmark.url
            case .site(let site): site.url
            }
        }
    }

    /// The sites of the categories the detainee's profile opens; nil until loaded.
    public var sites: [StartSite]?
    /// The detainee's bookmarks, newest first; nil until loaded.
    public var bookmarks: [Bookmark]?
    /// The selected line of `entries`.
    public var selection: Int
    /// The address being typed after `g`; nil when the field is closed.
    public var address: TextEditorState?
    /// What the last key did, said once under the list.
    public var notice: JobSitesNotice?
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(sites: [StartSite]? = nil, bookmarks: [Bookmark]? = nil, selection: Int = 0, address: TextEditorState? = nil) {
        self.sites = sites
        self.bookmarks = bookmarks
        self.selection = selection
        self.address = address
    }

    /// The lines that open something: bookmarks first, then the sites in the order loaded.
    public var entries: [Entry] {
        (bookmarks ?? []).map(Entry.bookmark) + (sites ?? []).map(Entry.site)
    }

    /// Whether both lists have arrived.
    public var isLoaded: Bool { sites != nil && bookmarks != nil }
}

/// What a key on the job-sites screens did that the screen says once, under the page.
public enum JobSitesNotice: Equatable, Sendable {
    case bookmarkAdded
    case bookmarkRemoved
    /// The detainee already keeps `Bookmark.limit` bookmarks.
    case bookmarksFull
    /// Only a page that loaded can be kept.
    case nothingToBookmark
    /// No link has the number typed.
    case noSuchLink(Int)
    /// The form has no address to be sent to.
    case formCannotBeSent
    /// The text searched for is nowhere on the page.
    case noMatch(String)
    /// The store failed to keep or forget a bookmark.
    case storeFailed(StoreFailure)
}
