import KioskCore

/// Converts Markdown (CommonMark with GFM tables) into a `Document`, for course lessons.
///
/// The text is cut to `maxInputBytes`, defused by `MarkdownInputGuard`, rendered to HTML by
/// cmark-gfm, and that HTML goes through the same `HTMLDocumentConverter` as any web page:
/// one sanitiser for raw HTML written in a lesson and for pages, one depth guard, one text
/// budget. What comes out is then made a lesson (`MarkdownDocumentFinisher`): links to other
/// lesson files become `lesson:ID`, web links stay, other links and forms go, and the title
/// is the first `#` heading (empty when there is none).
///
/// Covered: ATX and setext headings, paragraphs, hard breaks, bulleted and numbered lists
/// (nested, several paragraphs per item), quotes (nested), emphasis and strong emphasis,
/// inline code, fenced and indented code, horizontal rules, pipe tables, links (inline,
/// reference, `<autolinks>`), images (their description).
public struct MarkdownDocumentConverter: Sendable {
    /// Longest text read, in UTF-8 bytes; the rest is ignored.
    public var maxInputBytes = 1024 * 1024
    /// Most text kept, in Unicode scalars (as `HTMLDocumentConverter.maxTextLength`).
    public var maxTextLength = 500_000

    public init() {}

    /// Converts Markdown with the default limits.
    public static func convert(markdown: String) -> Document {
        MarkdownDocumentConverter().convert(markdown: markdown)
    }

    public func convert(markdown: String) -> Document {
        let input = MarkdownInputGuard().limit(HTMLDocumentConverter.prefix(of: markdown, maxBytes: maxInputBytes))
        let html = MarkdownHTMLRenderer.html(input)
        var converter = HTMLDocumentConverter()
        converter.maxTextLength = maxTextLength
        // Markup makes HTML longer than its Markdown: four times the room keeps a lesson whole.
        converter.maxInputBytes = max(converter.maxInputBytes, 4 * maxInputBytes)
        return MarkdownDocumentFinisher.finish(converter.convert(html: html, baseURL: nil))
    }
}
