import Foundation
import KioskCore

/// What each HTML element means for a `Document`: fed element by element by `GumboWalker`.
///
/// Scripts, styles, frames, embedded objects, SVG, MathML and hidden elements are skipped
/// whole; of the head only the title, `<base href>` and `<meta http-equiv="refresh">` are read
/// (the refresh wherever it stands, as browsers do); unknown elements keep their text. Every text
/// and attribute is sanitised as it enters.
struct HTMLDocumentBuilder {
    /// What opening an element did, undone or completed when it closes.
    enum Effect {
        case plain, boundary, inlineSpace, link, pre, capture, form, select, head
        case frame(Int)
        case table(Int)
        case style(previous: Document.TextStyle)
        case heading(previous: Int?)
    }

    var assembler: HTMLBlockAssembler
    var base: StrictURL?
    var hasBaseElement = false
    var title = ""
    /// The `content` of the first `<meta http-equiv="refresh">`, as written (cleaned).
    var refresh: String?
    var effects: [Effect] = []
    var captures: [HTMLCapture] = []
    /// The text of the preformatted block being read, if any.
    var preText: String?
    var form: HTMLFormDraft?
    /// A form opened directly in a table: gumbo leaves it empty and puts its fields after it.
    var danglingForm: (draft: HTMLFormDraft, tableFrame: Int)?
    var select: HTMLFormDraft.Select?
    var headDepth = 0

    init(baseURL: StrictURL?, maxTextLength: Int) {
        self.base = baseURL
        self.assembler = HTMLBlockAssembler(budget: maxTextLength)
    }

    /// Whether blocks must not start here: inside a link, a label or button, or preformatted text.
    var isInline: Bool { assembler.isInLink || !captures.isEmpty || preText != nil }

    /// Handles an element's start; false when its children must not be read.
    mutating func open(_ element: HTMLElement) -> Bool {
        let kind = element.kind
        guard assembler.budget > 0, element.isHTML else { return false }
        if headDepth > 0 || kind == .title { return openInHead(element) }
        switch kind {
        case .meta:
            noteRefresh(element)
            return false
        case .skipped, .base:
            return false
        case .input:
            input(element)
            return false
        default:
            break
        }
        guard !Self.isHidden(element) else { return false }
        let effect: Effect
        switch kind {
        case .head:
            headDepth += 1
            effect = .head
        case .lineBreak:
            lineBreak()
            return false
        case .rule:
            if isInline {
                spaceInside()
                return false
            }
            assembler.flush()
            assembler.append(.rule)
            return false
        case .image:
            image(Self.clean(element["alt"]))
            return false
        case .link:
            effect = openLink(element)
        case .heading(let level):
            effect = openHeading(level: level)
        case .preformatted:
            effect = openPre()
        case .list(let ordered):
            effect = openContainer(.list(ordered: ordered))
        case .quote:
            effect = openContainer(.quote)
        case .table:
            effect = isInline ? boundary() : assembler.openContainer(.table).map { .table($0) } ?? boundary()
        case .item:
            effect = isInline ? boundary() : assembler.openItem().map { .frame($0) } ?? boundary()
        case .cell, .caption:
            if kind == .caption && !isInline { _ = assembler.openRow() }
            effect = isInline ? boundary() : assembler.openCell().map { .frame($0) } ?? boundary()
        case .row:
            effect = isInline ? boundary() : assembler.openRow() ? .plain : boundary()
        case .form, .select, .option, .textarea, .button, .label:
            guard let formEffect = openFormElement(element) else { return false }
            effect = formEffect
        case .style(let style):
            effect = .style(previous: assembler.style)
            assembler.style.insert(style)
        case .block:
            effect = boundary()
        case .other, .skipped, .title, .meta, .base, .input:
            effect = .plain
        }
        effects.append(effect)
        return true
    }

    /// Handles an element's end (every element whose `open` returned true).
    mutating func close() {
        guard let effect = effects.popLast() else { return }
        switch effect {
        case .plain: break
        case .boundary: assembler.flush()
        case .inlineSpace: spaceInside()
        case .link: assembler.closeLink()
        case .pre: closePre()
        case .capture: closeCapture()
        case .form: closeForm()
        case .select: closeSelect()
        case .head: headDepth -= 1
        case .frame(let index): assembler.closeFrames(downTo: index)
        case .table(let index): closeTable(frame: index)
        case .style(let previous): assembler.style = previous
        case .heading(let previous):
            assembler.flush()
            assembler.headingLevel = previous
        }
    }

    /// Handles a text node.
    mutating func text(_ raw: String) {
        guard assembler.budget > 0 else { return }
        if !captures.isEmpty {
            captures[captures.count - 1].append(raw)
        } else if headDepth > 0 {
            return
        } else if preText != nil {
            let clean = TextSanitizer(maxLength: assembler.budget, keepsNewlines: true).clean(raw)
            assembler.spend(clean.unicodeScalars.count)
            preText? += clean
        } else {
            assembler.text(TextSanitizer(maxLength: assembler.budget, keepsNewlines: true).clean(raw))
        }
    }

    /// The finished document; without a `<title>`, the first heading names it.
    mutating func document() -> Document {
        let blocks = assembler.finish()
        var title = self.title
        if title.isEmpty {
            for case .heading(_, let inlines) in blocks {
                title = Self.clean(Document.Inline.plainText(inlines))
                break
            }
        }
        return Document(title: title, blocks: blocks)
    }

    // MARK: - Elements

    private mutating func openInHead(_ element: HTMLElement) -> Bool {
        if element.kind == .title, title.isEmpty {
            captures.append(HTMLCapture(.title))
            effects.append(.capture)
            return true
        }
        if element.kind == .meta { noteRefresh(element) }
        if element.kind == .base, !hasBaseElement, let href = element["href"] {
            hasBaseElement = true
            let resolved = base.map { StrictURL.resolve(href, against: $0) } ?? StrictURL.parse(href)
            if case .success(let url) = resolved { base = url }
        }
        return false
    }

    /// Keeps the first refresh instruction of the page; the browser decides whether to follow it.
    private mutating func noteRefresh(_ element: HTMLElement) {
        guard refresh == nil, element["http-equiv"]?.lowercased() == "refresh", let content = element["content"] else { return }
        refresh = Self.clean(content, maxLength: StrictURL.maximumLength + 32)
    }

    /// A block-level element where blocks cannot start: it only separates words.
    private mutating func boundary() -> Effect {
        if isInline {
            spaceInside()
            return .inlineSpace
        }
        assembler.flush()
        return .boundary
    }

    private mutating func spaceInside() {
        if !captures.isEmpty {
            captures[captures.count - 1].append(" ")
        } else if preText != nil {
            return
        } else {
            assembler.space()
        }
    }

    private mutating func lineBreak() {
        if !captures.isEmpty {
            captures[captures.count - 1].append(" ")
        } else if preText != nil {
            preText? += "\n"
        } else {
            assembler.lineBreak()
        }
    }

    private mutating func image(_ alt: String) {
        if !captures.isEmpty {
            captures[captures.count - 1].append(" " + alt + " ")
        } else if preText == nil {
            assembler.image(alt: alt)
        }
    }

    private mutating func openLink(_ element: HTMLElement) -> Effect {
        guard !isInline, let href = element["href"], let target = HTMLLinkTarget.link(href, base: base) else { return .plain }
        assembler.openLink(target: target)
        return .link
    }

    private mutating func openHeading(level: Int) -> Effect {
        guard !isInline else { return boundary() }
        assembler.flush()
        let previous = assembler.headingLevel
        assembler.headingLevel = min(6, max(1, level))
        return .heading(previous: previous)
    }

    private mutating func openContainer(_ kind: HTMLBlockAssembler.FrameKind) -> Effect {
        guard !isInline, let index = assembler.openContainer(kind) else { return boundary() }
        return .frame(index)
    }

    private mutating func openPre() -> Effect {
        guard !isInline else { return boundary() }
        assembler.flush()
        preText = ""
        return .pre
    }

    private mutating func closePre() {
        guard var text = preText else { return }
        preText = nil
        while let last = text.last, last.isWhitespace { text.removeLast() }
        while text.first == "\n" { text.removeFirst() }
        guard !text.isEmpty else { return }
        assembler.append(.preformatted(text))
    }

    private mutating func closeTable(frame index: Int) {
        assembler.closeFrames(downTo: index)
        if let dangling = danglingForm, dangling.tableFrame == index {
            danglingForm = nil
            if dangling.draft.hasVisibleFields { assembler.append(.form(dangling.draft.form)) }
        }
    }

    /// Hidden by the page: `hidden`, `aria-hidden="true"`, or an inline `display: none`.
    static func isHidden(_ element: HTMLElement) -> Bool {
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = element["style"] else { return false }
        return asciiStyleHides(style) ?? unicodeStyleHides(style)
    }

    /// Whether a `style` hides its element: lower-cased, whitespace removed, it says
    /// `display:none` or `visibility:hidden`.
    static func unicodeStyleHides(_ style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// `unicodeStyleHides` for an ASCII `style`, read on its bytes; nil when the style is not ASCII.
    static func asciiStyleHides(_ style: String) -> Bool? {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            compact.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return compact.firstRange(of: displayNone) != nil || compact.firstRange(of: visibilityHidden) != nil
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    /// An attribute's value or a captured text as one clean line: sanitised, spaces collapsed.
    static func clean(_ text: String?, maxLength: Int = 200) -> String {
        guard let text else { return "" }
        let sanitized = TextSanitizer(maxLength: maxLength * 4).clean(text)
        let collapsed = HTMLWhitespace.collapsed(sanitized)
        return String(collapsed.prefix(maxLength))
    }
}
