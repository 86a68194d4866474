import Dispatch
import Foundation
import KioskCore

/// One page load, hop by hop: every redirect and meta refresh decided by the policy before
/// anything is sent there, cookies sent and stored on every hop, one time cap for all of it.
///
/// A redirect without `Location` and any status other than 2xx or a redirect fail with
/// `httpStatus`; a refresh to the page itself, or with a delay over
/// `SiteBrowser.maximumRefreshDelay`, is not followed and the page is shown.
struct PageVisit {
    let policy: URLPolicy
    let limits: FetchLimits
    let session: String
    let jars: SessionCookieJars
    let now: @Sendable () -> Date
    let reader: PageReader
    let deadline: DispatchTime

    /// The `Accept` header sent with every request.
    static let accept = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
    /// Longest refused target quoted in a result.
    static let shownLength = 500

    func run(from first: BrowseHop) -> PageLoad {
        var hop = first
        var hopsFollowed = 0
        while true {
            let response: HTTPExchange.Response
            switch exchange(hop) {
            case .success(let answer): response = answer
            case .failure(.timedOut): return .failed(url: hop.url.string, PageFailure(.timeout(seconds: limits.totalTime)))
            case .failure(.tooLarge): return .failed(url: hop.url.string, .tooLarge(limit: limits.maximumBodyBytes))
            case .failure(.network(let message)): return .failed(url: hop.url.string, .network(message))
            }
            if let setCookie = response.header("Set-Cookie") {
                jars.store(session: session, setCookieHeader: setCookie, from: hop.url, now: now())
            }
            let status = response.status
            let next: (target: String, method: BrowseHop.Method, body: Data?, decision: URLMethod)
            if PolicyFetcher.redirectStatuses.contains(status) {
                guard let location = response.header("Location") else { return .failed(url: hop.url.string, .httpStatus(status)) }
                let redirect = hop.redirected(status: status)
                next = (location, redirect.method, redirect.body, redirect.decision)
            } else if (200...299).contains(status) {
                switch reader.read(body: response.body, contentType: response.header("Content-Type"), from: hop.url) {
                case .unsupported(let type):
                    return .failed(url: hop.url.string, .unsupportedType(type))
                case .page(let page, let refresh):
                    guard let refresh, refresh.delay <= SiteBrowser.maximumRefreshDelay else { return .page(page) }
                    if case .success(let same) = StrictURL.resolve(refresh.target, against: hop.url), same == hop.url {
                        return .page(page)  // a page that reloads itself: shown once
                    }
                    next = (refresh.target, .get, nil, .get)
                }
            } else {
                return .failed(url: hop.url.string, .httpStatus(status))
            }
            guard hopsFollowed < limits.maximumRedirects else {
                return .failed(url: hop.url.string, .tooManyRedirects(limit: limits.maximumRedirects))
            }
            hopsFollowed += 1
            switch decide(next.target, against: hop.url, method: next.decision) {
            case .success(let url):
                hop = BrowseHop(url: url, method: next.method, body: next.body)
            case .failure(let refused):
                return .refused(url: refused.url, hop: hopsFollowed, refused.refusal)
            }
        }
    }

    /// Resolves a `Location` or refresh target against the page that gave it, then decides it.
    /// A refused target is named by its resolved URL when it has one, else as written.
    private func decide(
        _ reference: String, against base: StrictURL, method: URLMethod
    ) -> Result<StrictURL, HopRefusal> {
        switch StrictURL.resolve(reference, against: base) {
        case .failure(let refusal):
            return .failure(HopRefusal(url: HeaderText.shown(reference, limit: Self.shownLength), refusal: refusal))
        case .success(let resolved):
            switch policy.decide(resolved, method: method) {
            case .allowed(let url, _): return .success(url)
            case .refused(let refusal): return .failure(HopRefusal(url: resolved.string, refusal: refusal))
            }
        }
    }

    private func exchange(_ hop: BrowseHop) -> Result<HTTPExchange.Response, HTTPExchange.Failure> {
        var headers = ["User-Agent": PolicyFetcher.userAgent, "Accept": Self.accept]
        if let cookie = jars.header(session: session, for: hop.url, now: now()) { headers["Cookie"] = cookie }
        if hop.body != nil { headers["Content-Type"] = BrowseHop.formContentType }
        var exchange = HTTPExchange(url: hop.url, headers: headers, deadline: deadline, maximumBodyBytes: limits.maximumBodyBytes)
        exchange.method = hop.method.rawValue
        exchange.body = hop.body
        return exchange.run()
    }
}
