/// The page reader: the pages of one visit with back and forward, the page on screen
/// scrolled, its links and form fields to move between, and the lines to type an address or
/// a text to find.
public struct WebPageState: Equatable, Sendable {
    /// What the keys do on the page.
    public enum Mode: Equatable, Sendable {
        case reading
        /// `g`: an address is typed; Enter asks the browser for it.
        case address(TextEditorState)
        /// `/`: a text to find is typed; Enter finds it.
        case find(TextEditorState)
        /// A text field being typed into; Esc puts back `original`.
        case editing(Document.FieldAddress, TextEditorState, original: String)
    }

    /// Most pages kept for back and forward; the oldest is forgotten first.
    public static let historyLimit = 30
    /// Longest number typed to follow a link.
    public static let maximumLinkDigits = 4

    /// The pages of this visit, oldest first; never empty.
    public var history: [WebHistoryEntry]
    /// The page on screen: an index in `history`.
    public var position: Int
    /// What the screen measured of the page on screen: its lines, the lines visible, where each
    /// link and field stands and where the text searched for is.
    public var measure: PageMeasure
    /// The link or field Enter acts on.
    public var focus: Document.Target?
    /// Digits typed to follow a link by its number.
    public var typedNumber: String
    public var mode: Mode
    /// The text last searched for, and which of its matches is on screen.
    public var find: WebFind?
    /// What the last key did, said once under the page.
    public var notice: JobSitesNotice?

    public init(request: PageRequest) {
        self.init(history: [WebHistoryEntry(request: request)], position: 0)
    }

    public init(history: [WebHistoryEntry], position: Int, measure: PageMeasure = PageMeasure(), focus: Document.Target? = nil,
                typedNumber: String = "", mode: Mode = .reading, find: WebFind? = nil) {
        self.history = history.isEmpty ? [WebHistoryEntry(request: PageRequest(url: ""))] : history
        self.position = min(max(0, position), self.history.count - 1)
        self.measure = measure
        self.focus = focus
        self.typedNumber = typedNumber
        self.mode = mode
        self.find = find
    }

    /// The entry on screen.
    public var current: WebHistoryEntry {
        get { history[position] }
        set { history[position] = newValue }
    }

    /// The page on screen, when it loaded as a page (not refused, failed or loading).
    public var page: WebPage? {
        if case .page(let page) = current.load { return page }
        return nil
    }

    /// The request whose answer is awaited; nil when the page on screen has arrived.
    public var awaited: PageRequest? {
        current.load == nil ? current.request : nil
    }

    /// The first line shown of the page on screen.
    public var offset: Int {
        get { current.offset }
        set { current.offset = newValue }
    }

    /// The largest offset that still fills the view.
    public var maxOffset: Int { measure.maxOffset }

    public var canGoBack: Bool { position > 0 }
    public var canGoForward: Bool { position < history.count - 1 }
}

/// A page of a visit: what was asked, what came of it, and where the detainee was reading.
public struct WebHistoryEntry: Equatable, Sendable {
    public var request: PageRequest
    /// Nil while loading. A page's form fields keep what the detainee typed in them.
    public var load: PageLoad?
    public var offset: Int

    public init(request: PageRequest, load: PageLoad? = nil, offset: Int = 0) {
        self.request = request
        self.load = load
        self.offset = offset
    }
}

/// A text searched for on the page.
public struct WebFind: Equatable, Sendable {
    /// Longest text searched for, in characters.
    public static let maximumLength = 80

    public var query: String
    /// Index in `PageMeasure.matches` of the match scrolled to; nil before the first.
    public var current: Int?
    /// Enter was pressed on a new text: scroll to its first match once the screen found them.
    public var isPending: Bool

    public init(query: String, current: Int? = nil, isPending: Bool = false) {
        self.query = query
        self.current = current
        self.isPending = isPending
    }
}
