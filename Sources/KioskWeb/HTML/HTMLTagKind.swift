import CGumbo
import KioskCore

/// What the converter does with an element, found by gumbo's tag number: one array look-up per
/// element instead of comparing and hashing its name.
///
/// The table is built once from the same tag names the converter has always read; a name gumbo
/// does not know stays `other`, as an element gumbo does not know always did.
enum HTMLTagKind: Equatable {
    /// No meaning of its own: its content is read in place.
    case other
    /// Skipped whole with its content.
    case skipped
    /// A block-level element: it ends the paragraph.
    case block
    case style(Document.TextStyle)
    case head, title, meta, base, input, lineBreak, rule, image, link, preformatted, quote, table, item, cell, caption, row
    case heading(level: Int)
    case list(ordered: Bool)
    case form, select, option, textarea, button, label

    /// The kind of a tag number.
    static func of(_ tag: GumboTag) -> HTMLTagKind {
        let index = Int(tag.rawValue)
        return index < byTag.count ? byTag[index] : .other
    }

    /// The kind of a tag name (lower case), through gumbo's own name look-up.
    static func of(name: String) -> HTMLTagKind {
        name.isEmpty ? .other : of(gumbo_tag_enum(name))
    }

    static let skippedNames = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "svg", "math",
        "noembed", "noframes", "frameset", "frame", "datalist", "link",
    ]
    static let blockNames = [
        "p", "div", "section", "article", "header", "footer", "nav", "main", "aside", "address", "figure",
        "figcaption", "details", "summary", "center", "dl", "dt", "dd", "fieldset", "legend", "hgroup", "body",
        "html", "search", "dialog", "tbody", "thead", "tfoot",
    ]
    static let styleNames: [(String, Document.TextStyle)] = [
        ("b", .strong), ("strong", .strong), ("i", .emphasis), ("em", .emphasis), ("cite", .emphasis),
        ("dfn", .emphasis), ("var", .emphasis), ("code", .code), ("kbd", .code), ("samp", .code), ("tt", .code),
    ]
    static let namedKinds: [(String, HTMLTagKind)] = [
        ("head", .head), ("title", .title), ("meta", .meta), ("base", .base), ("input", .input), ("br", .lineBreak),
        ("hr", .rule), ("img", .image), ("a", .link),
        ("h1", .heading(level: 1)), ("h2", .heading(level: 2)), ("h3", .heading(level: 3)),
        ("h4", .heading(level: 4)), ("h5", .heading(level: 5)), ("h6", .heading(level: 6)),
        ("pre", .preformatted), ("listing", .preformatted), ("xmp", .preformatted), ("plaintext", .preformatted),
        ("ul", .list(ordered: false)), ("ol", .list(ordered: true)), ("menu", .list(ordered: false)),
        ("dir", .list(ordered: false)), ("blockquote", .quote), ("table", .table), ("li", .item),
        ("td", .cell), ("th", .cell), ("caption", .caption), ("tr", .row),
        ("form", .form), ("select", .select), ("option", .option), ("textarea", .textarea),
        ("button", .button), ("label", .label),
    ]

    private static let byTag: [HTMLTagKind] = {
        var kinds = Array(repeating: HTMLTagKind.other, count: Int(GUMBO_TAG_LAST.rawValue) + 1)
        func set(_ name: String, _ kind: HTMLTagKind) {
            let tag = gumbo_tag_enum(name)
            guard tag != GUMBO_TAG_UNKNOWN, Int(tag.rawValue) < kinds.count else { return }
            kinds[Int(tag.rawValue)] = kind
        }
        for name in blockNames { set(name, .block) }
        for (name, style) in styleNames { set(name, .style(style)) }
        for name in skippedNames { set(name, .skipped) }
        for (name, kind) in namedKinds { set(name, kind) }
        return kinds
    }()
}
