import Foundation
import KioskCore

/// Turns a 2xx answer into the page to show, or says why it cannot be shown.
///
/// HTML and XHTML go through `HTMLDocumentConverter` (with the page's `<title>` and refresh);
/// plain text through `PlainTextDocument`. Everything else is `unsupportedType`.
struct PageReader {
    /// What a body came to.
    enum Reading: Equatable {
        /// The page, and the refresh it asks for, if any.
        case page(WebPage, refresh: MetaRefresh?)
        case unsupported(String)
    }

    var converter = HTMLDocumentConverter()

    func read(body: Data, contentType: String?, from url: StrictURL) -> Reading {
        let bytes = [UInt8](body)
        switch PageContentType(header: contentType, body: bytes) {
        case .unsupported(let type):
            return .unsupported(type)
        case .plainText(let charset):
            let text = PageTextDecoder.decode(bytes, headerCharset: charset, isHTML: false)
            return .page(WebPage(url: url.string, document: PlainTextDocument.convert(text)), refresh: nil)
        case .html(let charset):
            let text = PageTextDecoder.decode(bytes, headerCharset: charset, isHTML: true)
            let page = converter.page(html: text, baseURL: url)
            return .page(WebPage(url: url.string, title: page.title, document: page.document),
                         refresh: page.refresh.flatMap(MetaRefresh.init(content:)))
        }
    }
}
