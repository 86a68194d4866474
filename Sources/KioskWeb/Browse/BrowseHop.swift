import Foundation
import KioskCore

/// One request of a page load: where it goes, with which method and body, and how the policy
/// decided it.
struct BrowseHop: Equatable {
    enum Method: String {
        case get = "GET"
        case post = "POST"
    }

    /// The URL decided by the policy, the one requested.
    var url: StrictURL
    var method: Method
    /// The urlencoded form (POST only).
    var body: Data?

    /// The media type of every body sent.
    static let formContentType = "application/x-www-form-urlencoded"

    /// How the policy must decide the hop a redirect with `status` leads to, and the method and
    /// body it keeps.
    ///
    /// 303 always continues with GET; 301 and 302 turn a POST into a GET (as browsers do);
    /// both drop the body and are decided as links. 307 and 308 keep the method and the body:
    /// a POST stays a POST and must be allowed again as one on the new path, so a redirect can
    /// never carry a form to a place where no rule allows POST.
    func redirected(status: Int) -> (method: Method, body: Data?, decision: URLMethod) {
        switch (status, method) {
        case (307, .post), (308, .post): (.post, body, .post)
        default: (.get, nil, .get)
        }
    }

    /// The first hop of `request`, decided by `policy`, or the URL refused and why.
    ///
    /// A link is decided with `.get`. A GET form replaces the query of its action with the
    /// encoded fields, and that whole URL is parsed and decided with `.getForm`. A POST form is
    /// decided with `.post` and sends the encoded fields as its body.
    static func first(for request: PageRequest, policy: URLPolicy) -> Result<BrowseHop, HopRefusal> {
        let parsed: StrictURL
        switch StrictURL.parse(request.url) {
        case .success(let url): parsed = url
        case .failure(let refusal): return .failure(HopRefusal(url: request.url, refusal: refusal))
        }
        let target: StrictURL
        var body: Data?
        switch request.urlMethod {
        case .get:
            target = parsed
        case .getForm:
            let full = parsed.origin + parsed.path + "?" + FormURLEncoding.encode(request.form ?? [])
            switch StrictURL.parse(full) {
            case .success(let url): target = url
            case .failure(let refusal): return .failure(HopRefusal(url: full, refusal: refusal))
            }
        case .post:
            target = parsed
            body = Data(FormURLEncoding.encode(request.form ?? []).utf8)
        }
        let method: URLMethod = request.urlMethod
        switch policy.decide(target, method: method) {
        case .allowed(let url, _):
            return .success(BrowseHop(url: url, method: method == .post ? .post : .get, body: body))
        case .refused(let refusal):
            return .failure(HopRefusal(url: target.string, refusal: refusal))
        }
    }
}
