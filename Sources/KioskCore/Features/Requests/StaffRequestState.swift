/// A request as its department works it: the thread with internal notes, and a decision being
/// written (reply, note, forward, status).
public struct StaffRequestState: Equatable, Sendable {
    public var id: Int64
    public var catalog: ServiceCatalog
    /// Nil while loading.
    public var request: StaffRequestThread?
    public var offset: Int
    public var measure: PageMeasure
    /// The request is gone or no longer in the member's departments.
    public var isMissing: Bool
    public var composer: StaffComposer?
    /// What became of the last act.
    public var outcome: SaveOutcome?

    public init(id: Int64, catalog: ServiceCatalog, request: StaffRequestThread? = nil) {
        self.id = id
        self.catalog = catalog
        self.request = request
        self.offset = 0
        self.measure = PageMeasure()
        self.isMissing = false
        self.composer = nil
        self.outcome = nil
    }
}

/// A decision on a request being written by staff.
public struct StaffComposer: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case reply, note, forward, status
    }

    /// What Tab moves between.
    public enum Focus: Equatable, Sendable {
        /// The department (forward) or status (status) to pick.
        case choice
        case text
        case send
    }

    public static let limit = 4000

    public var kind: Kind
    public var editor: TextEditorState
    /// For `forward`: the departments it may go to (ids, the current one left out).
    public var departments: [String]
    /// For `forward`: index in `departments`.
    public var department: Int
    /// For `status`: the status to set.
    public var status: RequestStatus
    public var focus: Focus
    public var isSending: Bool

    public init(kind: Kind, departments: [String] = [], status: RequestStatus = .inProgress) {
        self.kind = kind
        self.editor = TextEditorState(limit: Self.limit)
        self.departments = departments
        self.department = 0
        self.status = status
        self.focus = kind == .forward || kind == .status ? .choice : .text
        self.isSending = false
    }

    /// The focus stops Tab goes through, in order.
    public var focusOrder: [Focus] {
        kind == .forward || kind == .status ? [.choice, .text, .send] : [.text, .send]
    }

    /// The act this composer sends, nil when something is missing (a text or reason, a department).
    public var act: RequestStaffAct? {
        let text = TextSanitizer(maxLength: Self.limit, keepsNewlines: true).clean(editor.text)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        switch kind {
        case .reply: return .reply(text)
        case .note: return .note(text)
        case .forward:
            guard departments.indices.contains(department) else { return nil }
            return .forward(to: departments[department], reason: text)
        case .status: return .setStatus(status, reason: text)
        }
    }
}
