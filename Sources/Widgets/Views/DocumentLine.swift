import KioskCore

/// A run of text of a laid-out document, drawn in one role, possibly part of a link.
public struct DocumentSpan: Equatable, Sendable {
    public var text: String
    public var role: Role
    /// Index in `Document.links` of the link this span belongs to (the link's number minus one).
    public var link: Int?
    /// Whether this span is (part of) the "[n]" that follows a link's text.
    public var isLinkNumber: Bool
    /// The form field whose box this span is.
    public var field: Document.FieldAddress?

    public init(_ text: String, _ role: Role = .body, link: Int? = nil, isLinkNumber: Bool = false,
                field: Document.FieldAddress? = nil) {
        self.text = text
        self.role = role
        self.link = link
        self.isLinkNumber = isLinkNumber
        self.field = field
    }

    /// Whether `other` can be merged into this span without changing what is drawn.
    func looksLike(_ other: DocumentSpan) -> Bool {
        role == other.role && link == other.link && isLinkNumber == other.isLinkNumber && field == other.field
    }
}

/// One screen line of a laid-out document: spans no wider, together, than the layout's width.
public struct DocumentLine: Equatable, Sendable {
    public private(set) var spans: [DocumentSpan]

    public init(_ spans: [DocumentSpan] = []) {
        self.spans = []
        for span in spans { append(span) }
    }

    public static let blank = DocumentLine()

    /// The line as plain text.
    public var text: String { spans.map(\.text).joined() }

    /// Columns the line takes.
    public var width: Int { spans.reduce(0) { $0 + TextWidth.of($1.text) } }

    /// Indexes (in `Document.links`) of the links that appear on this line, in order.
    public var links: [Int] {
        var seen: [Int] = []
        for span in spans {
            if let link = span.link, !seen.contains(link) { seen.append(link) }
        }
        return seen
    }

    /// The form fields whose boxes stand on this line.
    public var fields: [Document.FieldAddress] {
        var seen: [Document.FieldAddress] = []
        for span in spans {
            if let field = span.field, !seen.contains(field) { seen.append(field) }
        }
        return seen
    }

    /// Adds a span at the end, merged with the last one when they look the same.
    mutating func append(_ span: DocumentSpan) {
        guard !span.text.isEmpty else { return }
        if let last = spans.last, last.looksLike(span) {
            spans[spans.count - 1].text += span.text
        } else {
            spans.append(span)
        }
    }

    /// Adds a span at the start (an indent, a bullet, a quote bar).
    mutating func prepend(_ span: DocumentSpan) {
        guard !span.text.isEmpty else { return }
        if let first = spans.first, first.looksLike(span) {
            spans[0].text = span.text + first.text
        } else {
            spans.insert(span, at: 0)
        }
    }
}
