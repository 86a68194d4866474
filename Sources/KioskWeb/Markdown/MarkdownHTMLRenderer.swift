import CCmarkGFM
import Foundation

/// Renders Markdown to HTML with GitHub's cmark-gfm: CommonMark plus GFM tables.
///
/// Raw HTML is passed through (`CMARK_OPT_UNSAFE`) on purpose: the HTML converter sanitises
/// it like any page, so there is one sanitiser, and a lesson's `<br>` or `<kbd>` still works.
/// Invalid UTF-8 becomes U+FFFD. Strikethrough and autolinks are left off: `~~` stays visible
/// rather than silently dropping the line through a word, and a bare URL stays text.
enum MarkdownHTMLRenderer {
    private static let options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8

    /// The table extension, registered once. cmark-gfm's registry is a process-wide list that
    /// its registration function fills without a lock; a Swift `static let` runs that once,
    /// whatever the threads, and afterwards the list is only read.
    nonisolated(unsafe) private static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    /// The HTML of a Markdown text given as UTF-8 bytes.
    static func html(_ markdown: [UInt8]) -> String {
        guard !markdown.isEmpty, let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        if let tableExtension { cmark_parser_attach_syntax_extension(parser, tableExtension) }
        markdown.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                if let start = characters.baseAddress { cmark_parser_feed(parser, start, characters.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(root) }
        guard let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
