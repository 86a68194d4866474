import KioskCore

/// What a reader screen lays out: a kept document (links dropped or not), the blocks the
/// screen adds after it, the width and the labels. Its `layout` is made once and reused while
/// the screen draws the same source again (`DocumentLayoutMemo`), so a key that only scrolls a
/// long page does not lay the whole page out again, twice (measure and render).
///
/// Compared cheaply when the document is the one kept in the state: arrays that share their
/// storage are equal at once, without visiting the blocks.
public struct DocumentLayoutSource: Equatable, Sendable {
    public var title: String
    public var body: Document
    /// Whether links are shown as plain text (`Document.unlinked`).
    public var unlinked: Bool
    public var appended: [Document.Block]
    public var width: Int
    public var labels: DocumentLayout.Labels

    public init(title: String, body: Document, unlinked: Bool = false, appended: [Document.Block] = [], width: Int,
                labels: DocumentLayout.Labels) {
        self.title = title
        self.body = body
        self.unlinked = unlinked
        self.appended = appended
        self.width = width
        self.labels = labels
    }

    /// The document laid out: the body's blocks, then the appended ones.
    public var document: Document {
        Document(title: title, blocks: (unlinked ? body.unlinked : body).blocks + appended)
    }

    /// The layout, from the memo when this source was laid out lately.
    public var layout: DocumentLayout {
        DocumentLayoutMemo.shared.layout(for: self)
    }

    /// The first line of each link and field of the body in the layout, from the memo too.
    public var targetLines: [Int] {
        DocumentLayoutMemo.shared.targetLines(for: self)
    }
}
