import Foundation
import KioskCore
import KioskWeb
import Widgets

/// The kiosk's reading of an HTML file as text: parsed into a `Document` by the page reader's
/// converter, laid out at a width, one line of text per laid-out line.
enum PageDump {
    /// The lines of the page at `width` columns.
    static func lines(html: String, width: Int) -> [String] {
        let base: StrictURL? = if case .success(let url) = StrictURL.parse("http://werkplein.localhost/jobs/all.html") { url } else { nil }
        let page = HTMLDocumentConverter().page(html: html, baseURL: base)
        return DocumentLayout(page.document, width: width).lines.map(\.text)
    }
}
