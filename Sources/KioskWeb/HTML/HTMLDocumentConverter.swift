import CGumbo
import KioskCore

/// Converts an HTML page into a `Document` with Google's gumbo HTML5 parser.
///
/// The page is cut to `maxInputBytes`, start tags nested deeper than `maxElementDepth` are
/// removed (`HTMLNestingGuard`), gumbo parses what is left as a browser would (entities
/// decoded, misnested and unclosed tags repaired), and the tree is walked without recursion.
/// Relative links and form actions are resolved against the page's URL (or its `<base href>`).
public struct HTMLDocumentConverter: Sendable {
    /// Longest page read, in UTF-8 bytes; the rest is ignored.
    public var maxInputBytes = 4 * 1024 * 1024
    /// Deepest nesting of elements passed to the parser.
    public var maxElementDepth = 512
    /// Most text kept, in Unicode scalars (every block, link and field also counts one).
    public var maxTextLength = 500_000

    public init() {}

    /// Converts a page with the default limits.
    public static func convert(html: String, baseURL: StrictURL?) -> Document {
        HTMLDocumentConverter().convert(html: html, baseURL: baseURL)
    }

    /// Converts a page: `baseURL` is the URL it was fetched from, nil for a page without one.
    public func convert(html: String, baseURL: StrictURL?) -> Document {
        page(html: html, baseURL: baseURL).document
    }

    /// Converts a page and keeps what a browser needs besides the document: the `<title>` alone
    /// and the page's refresh instruction.
    public func page(html: String, baseURL: StrictURL?) -> HTMLPage {
        var builder = build(html: html, baseURL: baseURL)
        return HTMLPage(document: builder.document(), title: builder.title, refresh: builder.refresh)
    }

    private func build(html: String, baseURL: StrictURL?) -> HTMLDocumentBuilder {
        var builder = HTMLDocumentBuilder(baseURL: baseURL, maxTextLength: maxTextLength)
        let bytes = HTMLNestingGuard(maxDepth: maxElementDepth).limit(Self.prefix(of: html, maxBytes: maxInputBytes))
        guard !bytes.isEmpty else { return builder }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                guard let start = characters.baseAddress else { return }
                var options = kGumboDefaultOptions
                // Gumbo copies the stack of open elements into every parse error it records: on
                // hostile nesting that is quadratic memory (3 GB for 20,000 unclosed divs).
                options.max_errors = 0
                guard let output = gumbo_parse_with_options(&options, start, characters.count) else { return }
                defer { gumbo_destroy_output(&options, output) }
                if let root = output.pointee.root { GumboWalker.walk(root, into: &builder) }
            }
        }
        return builder
    }

    /// The first `maxBytes` bytes of the text, not cutting a character in two.
    static func prefix(of text: String, maxBytes: Int) -> [UInt8] {
        if text.utf8.count <= max(0, maxBytes) { return Array(text.utf8) }
        var bytes = Array(text.utf8.prefix(max(0, maxBytes) + 1))
        guard bytes.count > maxBytes else { return bytes }
        var end = maxBytes
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        bytes.removeSubrange(end...)
        return bytes
    }
}
