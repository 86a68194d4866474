import Foundation
import KioskCore
import KioskWeb

/// A browser port that answers every address with one HTML page, converted by the kiosk's own
/// `HTMLDocumentConverter` at each load: the job-site reader gets the page it would get from
/// the site, without the network (the frame figure times keys, not fetches).
struct StaticPageBrowser: WebBrowser {
    let html: String

    func load(_ request: PageRequest, session: String, categories: Set<SiteCategory>?) -> PageLoad {
        let base: StrictURL? = if case .success(let url) = StrictURL.parse(request.url) { url } else { nil }
        let page = HTMLDocumentConverter().page(html: html, baseURL: base)
        return .page(WebPage(url: request.url, title: page.title, document: page.document))
    }

    func endSession(_ session: String) {}
}
