/// Removes start tags that would nest elements deeper than a limit, before gumbo parses.
///
/// Gumbo's tree construction scans the stack of open elements for most start tags, so a page
/// of 100,000 nested `<div>`s takes minutes (measured: 40,000 nested `<ul>` take 3.7 s). This
/// pass tokenizes tags roughly as the HTML tokenizer does (comments, quoted attributes, raw
/// text of `script`, `style`, `textarea`, `title`…), tracks a stack of open elements with the
/// parser's commonest implied end tags (`p`, `li`, `dt`/`dd`, table rows and cells, options),
/// and drops a start tag, and later its end tag, when the stack is full. Text is never
/// dropped. Blink caps its parser at the same depth, 512.
struct HTMLNestingGuard {
    var maxDepth: Int

    func limit(_ html: [UInt8]) -> [UInt8] {
        var scanner = Scanner(html: html, maxDepth: maxDepth)
        scanner.run()
        return scanner.output
    }

    /// Elements the stack does not track: void elements, and those the parser never nests
    /// (a new `a` closes the open one; `html`, `head`, `body` are merged).
    static let untracked: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body", "a",
    ]
    /// Elements whose content is raw text up to their end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]
    /// Start tags that close an open `p` (in button scope).
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "xmp",
    ]
    /// For a start tag: the open elements it closes implicitly (the topmost one found, with
    /// everything above it), and the elements that stop the search.
    static func implicitlyClosed(by name: String) -> (names: Set<String>, boundaries: Set<String>)? {
        implicitEnds[name]
    }
    /// The rules of `implicitlyClosed`, built once rather than for every start tag.
    private static let implicitEnds: [String: (names: Set<String>, boundaries: Set<String>)] = {
        let rules: [([String], (names: Set<String>, boundaries: Set<String>))] = [
            (["li"], (["li"], ["ul", "ol", "menu", "table"])),
            (["dt", "dd"], (["dt", "dd"], ["dl", "table"])),
            (["tr"], (["tr"], ["table", "tbody", "thead", "tfoot"])),
            (["tbody", "thead", "tfoot"], (["tbody", "thead", "tfoot"], ["table"])),
            (["td", "th"], (["td", "th"], ["tr", "table"])),
            (["option", "optgroup"], (["option"], ["select"])),
        ]
        var ends: [String: (names: Set<String>, boundaries: Set<String>)] = [:]
        for (starts, rule) in rules { for start in starts { ends[start] = rule } }
        return ends
    }()
    /// What the scanner needs to know of a start tag, from the sets above in one look-up.
    struct StartTagRule {
        var closesParagraph = false
        var implied: (names: Set<String>, boundaries: Set<String>)?
        var isUntracked = false
        var isRawText = false
    }

    static func startTagRule(_ name: String) -> StartTagRule {
        startTagRules[name] ?? StartTagRule()
    }

    /// The rules of every name in one of the sets, built once.
    private static let startTagRules: [String: StartTagRule] = {
        var rules: [String: StartTagRule] = [:]
        for name in closesParagraph.union(implicitEnds.keys).union(untracked).union(rawText) {
            rules[name] = StartTagRule(closesParagraph: closesParagraph.contains(name), implied: implicitEnds[name],
                                       isUntracked: untracked.contains(name), isRawText: rawText.contains(name))
        }
        return rules
    }()
    /// The open element a paragraph-closing start tag closes.
    static let paragraph: Set<String> = ["p"]
    /// How far down the stack an implied end tag is looked for: real pages close nearby
    /// elements, and a bounded search keeps hostile pages linear.
    static let searchDepth = 64
    static let paragraphBoundaries: Set<String> = ["table", "td", "th", "caption", "button", "object", "marquee", "applet", "template"]
}
