import Foundation
import KioskCore

/// Builds document blocks from a stream of text, breaks, links and containers.
///
/// Whitespace collapses as in a browser: runs of spaces, tabs and newlines become one space,
/// none at the start or end of a line. Containers (quotes, lists and their items, tables and
/// their cells) are frames on a stack; content that arrives in a list or a table outside any
/// item or cell gets an implicit one. Everything added spends a budget, so a page can only
/// grow a document so far.
struct HTMLBlockAssembler {
    enum FrameKind: Equatable {
        case root, quote, item, table, cell
        case list(ordered: Bool)
    }

    struct Frame {
        var kind: FrameKind
        var isImplicit = false
        var blocks: [Document.Block] = []
        var items: [[Document.Block]] = []
        var rows: [[[Document.Block]]] = []
    }

    /// Open containers, the document itself at the bottom.
    var frames = [Frame(kind: .root)]
    /// The paragraph being built: its inlines, then one array per open link.
    private var inlines: [[Document.Inline]] = [[]]
    private var linkTargets: [String] = []
    private var pendingSpace = false
    private var atLineStart = true
    /// Where the text before the next form field starts in the paragraph.
    private var fieldMark = 0
    /// Heading level of the paragraph being built, if it is a heading.
    var headingLevel: Int?
    var style: Document.TextStyle = []
    /// What may still be added: text costs one per scalar, anything else one.
    private(set) var budget: Int

    init(budget: Int) {
        self.budget = budget
    }

    var isInLink: Bool { !linkTargets.isEmpty }
    /// Quotes and lists open around the current position.
    var nesting: Int { frames.filter { $0.kind == .quote || $0.kind == .item }.count }

    // MARK: - Inline content

    /// Adds text (already sanitised), collapsing its whitespace.
    mutating func text(_ text: String) {
        guard let firstScalar = text.unicodeScalars.first, let lastScalar = text.unicodeScalars.last else { return }
        let core: String
        if Self.isCollapsed(text) {
            core = text
        } else {
            let collapsed = HTMLWhitespace.collapsed(text)
            guard !collapsed.isEmpty else {
                pendingSpace = true
                return
            }
            core = collapsed
        }
        if pendingSpace {
            emitSpace()
            emit(core)
        } else {
            // A leading space goes with this text, a pending one with the text before it.
            emit(Self.isSpace(Character(firstScalar)) && !atLineStart ? " " + core : core)
        }
        pendingSpace = Self.isSpace(Character(lastScalar))
    }

    /// A boundary that separates words without ending the paragraph (a block inside a link).
    mutating func space() {
        pendingSpace = true
    }

    mutating func lineBreak() {
        add(.lineBreak)
        atLineStart = true
        pendingSpace = false
    }

    mutating func image(alt: String) {
        guard !alt.isEmpty else { return }
        if pendingSpace { emitSpace() }
        add(.image(alt: alt))
        atLineStart = false
    }

    mutating func openLink(target: String) {
        if pendingSpace { emitSpace() }
        inlines.append([])
        linkTargets.append(target)
    }

    mutating func closeLink() {
        guard let target = linkTargets.popLast(), let content = inlines.popLast() else { return }
        add(.link(content, target: target))
        atLineStart = false
    }

    /// A collapsed space goes with the text before it (so it is not bold when the next word is).
    private mutating func emitSpace() {
        pendingSpace = false
        guard !atLineStart else { return }
        let level = inlines.count - 1
        if case .text(let previous, let previousStyle)? = inlines[level].last, budget > 0 {
            budget -= 1
            inlines[level][inlines[level].count - 1] = .text(previous + " ", previousStyle)
        } else {
            emit(" ")
        }
    }

    private mutating func emit(_ text: String) {
        guard budget > 0 else { return }
        let scalars = text.unicodeScalars
        let count = scalars.count
        let kept = count <= budget ? text : String(String.UnicodeScalarView(scalars.prefix(budget)))
        budget -= min(count, budget)
        atLineStart = false
        let level = inlines.count - 1
        if case .text(let previous, let previousStyle)? = inlines[level].last, previousStyle == style {
            inlines[level][inlines[level].count - 1] = .text(previous + kept, style)
        } else {
            inlines[level].append(.text(kept, style))
        }
    }

    /// Whether collapsing cannot change `text`: not empty, no whitespace at either end, no tab,
    /// newline, carriage return or form feed, no two spaces in a row. Then its words joined by one
    /// space are the text itself, whichever spaces are characters of their own.
    static func isCollapsed(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte == 0x20 && previous == 0x20 { return false }
            if byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// ASCII whitespace, which HTML collapses (a no-break space is not whitespace).
    static func isSpace(_ character: Character) -> Bool {
        HTMLWhitespace.contains(character)
    }

    /// Spends budget on something other than text.
    mutating func spend(_ cost: Int) {
        budget -= cost
    }

    private mutating func add(_ inline: Document.Inline) {
        guard budget > 0 else { return }
        budget -= 1
        inlines[inlines.count - 1].append(inline)
    }

    /// Takes the short plain text just before a form field, on its line, to be its label.
    mutating func takeFieldLabel(maxLength: Int = 40) -> String? {
        guard linkTargets.isEmpty else { return nil }
        let start = max(fieldMark, (inlines[0].lastIndex(of: .lineBreak) ?? -1) + 1)
        guard start < inlines[0].count else { return nil }
        var label = ""
        for inline in inlines[0][start...] {
            guard case .text(let text, _) = inline else { return nil }
            label += text
        }
        label = label.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.count <= maxLength else { return nil }
        inlines[0].removeSubrange(start...)
        pendingSpace = false
        atLineStart = inlines[0].last.map { $0 == .lineBreak } ?? true
        return label
    }

    /// Ends the paragraph being built: it becomes a paragraph or heading block, if not empty.
    mutating func flush() {
        while isInLink { closeLink() }
        var paragraph = inlines[0]
        while paragraph.last == .lineBreak { paragraph.removeLast() }
        inlines = [[]]
        pendingSpace = false
        atLineStart = true
        fieldMark = 0
        guard !paragraph.isEmpty else { return }
        append(headingLevel.map { .heading(level: $0, paragraph) } ?? .paragraph(paragraph))
    }

    /// Notes that a field was placed here: text before it belongs to the next field, if any.
    mutating func markField() {
        fieldMark = inlines[0].count
    }
}
