import Dispatch
import Foundation
import KioskCore

/// Fetches with GET through the URL policy, following redirects by hand and checking every hop.
///
/// The URL is parsed once and decided by the policy; the parsed `StrictURL` is what is
/// requested. Redirects (301, 302, 303, 307, 308) are never followed by the HTTP client: each
/// `Location` is resolved against the URL that sent it and decided again, so a hop to a host
/// or port no rule names stops before anything is sent there. The time cap covers the whole
/// fetch, every hop included; the size cap stops reading as soon as it is passed.
///
/// Synchronous: `fetch` blocks the calling thread (the transfer runs on URLSession's own
/// queues) and returns within `limits.totalTime` plus a moment. Call it from a command or a
/// worker thread, never from the URLSession delegate queue or the main actor of a UI.
public struct PolicyFetcher: PageFetching {
    /// Sent with every request; sites see the kiosk as what it is.
    public static let userAgent = "CellKiosk/1"
    /// Statuses whose `Location` is followed (after a policy check).
    public static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    public let policy: URLPolicy
    public let limits: FetchLimits
    /// The `Accept` header sent.
    public let accept: String

    public init(policy: URLPolicy, limits: FetchLimits = .standard, accept: String = "*/*") {
        self.policy = policy
        self.limits = limits
        self.accept = HeaderText.cleaned(accept) ?? "*/*"
    }

    public func fetch(_ url: String, validators: CacheValidators) -> FetchOutcome {
        switch policy.decide(url, method: .get) {
        case .allowed(let parsed, _):
            follow(from: parsed, validators: validators)
        case .refused(let refusal):
            .refused(FetchRefusal(hop: 0, target: url, refusal: refusal))
        }
    }

    /// Fetches an already parsed URL; it is still decided by the policy first.
    public func fetch(_ url: StrictURL, validators: CacheValidators = .none) -> FetchOutcome {
        switch policy.decide(url, method: .get) {
        case .allowed(let parsed, _):
            follow(from: parsed, validators: validators)
        case .refused(let refusal):
            .refused(FetchRefusal(hop: 0, target: url.string, refusal: refusal))
        }
    }

    // MARK: - Hops

    private func follow(from start: StrictURL, validators: CacheValidators) -> FetchOutcome {
        let deadline = DispatchTime.now() + limits.totalTime
        var current = start
        var redirects: [StrictURL] = []
        while true {
            let exchange = HTTPExchange(
                url: current, headers: requestHeaders(validators), deadline: deadline,
                maximumBodyBytes: limits.maximumBodyBytes)
            let response: HTTPExchange.Response
            switch exchange.run() {
            case .success(let answer): response = answer
            case .failure(.timedOut): return .failed(.timeout(seconds: limits.totalTime))
            case .failure(.tooLarge): return .failed(.tooLarge(limit: limits.maximumBodyBytes))
            case .failure(.network(let message)): return .failed(.network(message))
            }
            let status = response.status
            if (200...299).contains(status) {
                return .fetched(FetchedPage(
                    body: response.body, finalURL: current,
                    contentType: HeaderText.cleaned(response.header("Content-Type")).map { HeaderText.shown($0) },
                    validators: response.validators, redirects: redirects))
            }
            if status == 304, !validators.isEmpty {
                let fresh = response.validators
                let kept = CacheValidators(
                    etag: fresh.etag ?? validators.etag, lastModified: fresh.lastModified ?? validators.lastModified)
                return .notModified(finalURL: current, validators: kept, redirects: redirects)
            }
            guard Self.redirectStatuses.contains(status) else { return .failed(.httpStatus(status)) }
            guard let location = response.header("Location") else {
                return .failed(.redirectWithoutLocation(status: status))
            }
            guard redirects.count < limits.maximumRedirects else {
                return .failed(.tooManyRedirects(limit: limits.maximumRedirects))
            }
            let hop = redirects.count + 1
            switch policy.decide(reference: location, against: current, method: .get) {
            case .allowed(let next, _):
                redirects.append(next)
                current = next
            case .refused(let refusal):
                return .refused(FetchRefusal(hop: hop, target: location, refusal: refusal))
            }
        }
    }

    private func requestHeaders(_ validators: CacheValidators) -> [String: String] {
        var headers = validators.requestHeaders
        headers["User-Agent"] = Self.userAgent
        headers["Accept"] = accept
        return headers
    }
}
