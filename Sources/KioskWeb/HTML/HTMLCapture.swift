import KioskCore

/// Text read for something other than the page's flow: a title, a label, an option, a button,
/// a text area. Text inside is kept raw (up to a cap) and cleaned when the element closes.
struct HTMLCapture {
    enum Kind {
        case title
        /// A `<label>`: its `for` id, and how many fields the form had when it opened.
        case label(for: String?, firstField: Int)
        case option(HTMLElement)
        case textarea(HTMLElement)
        case button(HTMLElement)
    }

    static let maxLength = 10_000

    let kind: Kind
    private(set) var text = ""

    init(_ kind: Kind) {
        self.kind = kind
    }

    mutating func append(_ raw: String) {
        guard text.utf8.count < Self.maxLength else { return }
        text += raw
    }
}
