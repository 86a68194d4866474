/// One of the detainee's requests: what was asked, every reply and status change, and a reply
/// being written.
public struct RequestThreadState: Equatable, Sendable {
    public var id: Int64
    /// For service and field names (the catalogue the list was shown with).
    public var catalog: ServiceCatalog
    /// Nil while loading.
    public var thread: RequestThread?
    /// The first line shown, and what the screen measured of the thread.
    public var offset: Int
    public var measure: PageMeasure
    /// The request is not the detainee's or no longer exists.
    public var isMissing: Bool
    public var failure: StoreFailure?
    /// The reply being written; kept when the box is closed with Esc, until it is sent.
    public var reply: ReplyComposer?
    /// Whether the reply box is open.
    public var isReplying: Bool
    /// The last reply was committed: the screen says so.
    public var replySent: Bool

    public init(id: Int64, catalog: ServiceCatalog, thread: RequestThread? = nil) {
        self.id = id
        self.catalog = catalog
        self.thread = thread
        self.offset = 0
        self.measure = PageMeasure()
        self.isMissing = false
        self.reply = nil
        self.isReplying = false
        self.replySent = false
    }

    /// Whether the detainee may write in the thread: while the request is open (a declined,
    /// rejected or closed request is answered by sending a new one).
    public var canReply: Bool {
        guard let thread, !isMissing else { return false }
        return thread.summary.status.isOpen
    }
}

/// A message being written in a request's thread.
public struct ReplyComposer: Equatable, Sendable {
    /// The most characters of a message.
    public static let limit = 4000

    public var editor: TextEditorState
    /// Chosen when the box first opened; a retry sends it again so the store keeps one message.
    public var key: String
    /// Whether Tab moved to the Send button (Enter then sends).
    public var isOnSend: Bool
    public var isSending: Bool
    public var failure: StoreFailure?

    public init(key: String, editor: TextEditorState = TextEditorState(limit: ReplyComposer.limit)) {
        self.editor = editor
        self.key = key
        self.isOnSend = false
        self.isSending = false
    }
}
