import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KioskCore

/// One request and its answer through URLSession, with redirects refused and caps enforced.
///
/// Each exchange has its own ephemeral session: no cookie storage, no cache, no credentials,
/// nothing carried from one request to the next (the browser sends its own `Cookie` header). The caller's thread waits on a semaphore until the
/// transfer completes or the deadline passes, then cancels whatever is still running.
struct HTTPExchange {
    /// What came back: status, headers and (for non-redirects) the body.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data

        /// A header by name, case-insensitively.
        func header(_ name: String) -> String? {
            let wanted = name.lowercased()
            return headers.first { $0.key.lowercased() == wanted }?.value
        }

        /// ETag and Last-Modified, cleaned.
        var validators: CacheValidators {
            CacheValidators(etag: header("ETag"), lastModified: header("Last-Modified"))
        }
    }

    /// Why no response came back.
    enum Failure: Error, Equatable {
        case timedOut
        case tooLarge
        case network(String)
    }

    let url: StrictURL
    let headers: [String: String]
    let deadline: DispatchTime
    let maximumBodyBytes: Int
    /// `GET` or `POST`.
    var method = "GET"
    /// The request body (POST only).
    var body: Data?

    func run() -> Result<Response, Failure> {
        guard let foundationURL = url.foundationURL else { return .failure(.network("the URL cannot be requested")) }
        let now = DispatchTime.now()
        guard deadline > now else { return .failure(.timedOut) }
        let remaining = Double(deadline.uptimeNanoseconds - now.uptimeNanoseconds) / 1e9

        let delegate = ExchangeDelegate(maximumBodyBytes: maximumBodyBytes)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: Self.configuration(), delegate: delegate, delegateQueue: queue)
        defer { session.invalidateAndCancel() }

        // URLSession's own timer is a backstop only: on Linux it counts whole seconds.
        var request = URLRequest(
            url: foundationURL, cachePolicy: .reloadIgnoringLocalCacheData,
            timeoutInterval: max(1, remaining.rounded(.up) + 1))
        request.httpMethod = method
        request.httpBody = body
        request.httpShouldHandleCookies = false
        for (name, value) in headers {
            request.setValue(value, forHTTPHeaderField: name)
        }
        let task = session.dataTask(with: request)
        task.resume()
        guard let outcome = delegate.waitForOutcome(until: deadline) else {
            task.cancel()
            return .failure(.timedOut)
        }
        return outcome
    }

    /// Ephemeral, cookie-less, cache-less, one connection, no extra headers.
    ///
    /// On Linux, URLSession ignores `connectionProxyDictionary`: libcurl reads `https_proxy`,
    /// `http_proxy` and `no_proxy` from the environment, which is how the deployment sends
    /// traffic through the prison's filtering proxy (deploy/README.md, "Network";
    /// `HTTPProxyEnvironment`).
    private static func configuration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = 1
        configuration.httpAdditionalHeaders = nil
        return configuration
    }
}
