import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives one transfer's events: refuses redirects, counts body bytes, cancels past the cap.
///
/// Events arrive on the session's serial delegate queue; the fetching thread waits on
/// `waitForOutcome`. The outcome is decided once (the first of: cap passed, transfer done)
/// and never changed, so a late "cancelled" error cannot hide why the transfer was cancelled.
final class ExchangeDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let maximumBodyBytes: Int
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var body = Data()
    private var outcome: Result<HTTPExchange.Response, HTTPExchange.Failure>?

    init(maximumBodyBytes: Int) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Blocks until the transfer is decided or `deadline` passes (nil then).
    func waitForOutcome(until deadline: DispatchTime) -> Result<HTTPExchange.Response, HTTPExchange.Failure>? {
        guard finished.wait(timeout: deadline) == .success else { return nil }
        return lock.withLock { outcome }
    }

    // MARK: - URLSession events

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)  // never followed here: PolicyFetcher decides each hop
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if response.expectedContentLength > Int64(maximumBodyBytes) {
            decide(.failure(.tooLarge))
            completionHandler(.cancel)
            dataTask.cancel()
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = lock.withLock { () -> Bool in
            guard outcome == nil else { return false }
            if body.count + data.count > maximumBodyBytes { return true }
            body.append(data)
            return false
        }
        if overflow {
            decide(.failure(.tooLarge))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error {
            decide(.failure(Self.failure(for: error)))
            return
        }
        guard let response = task.response as? HTTPURLResponse else {
            decide(.failure(.network("the server's answer was not HTTP")))
            return
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        let received = lock.withLock { body }
        decide(.success(HTTPExchange.Response(status: response.statusCode, headers: headers, body: received)))
    }

    // MARK: - Outcome

    private func decide(_ result: Result<HTTPExchange.Response, HTTPExchange.Failure>) {
        let first = lock.withLock { () -> Bool in
            guard outcome == nil else { return false }
            outcome = result
            return true
        }
        if first { finished.signal() }
    }

    /// Plain words for URLSession's errors.
    private static func failure(for error: Error) -> HTTPExchange.Failure {
        let code = (error as NSError).code
        guard (error as NSError).domain == NSURLErrorDomain else {
            return .network("the transfer failed (\((error as NSError).domain) \(code))")
        }
        switch code {
        case NSURLErrorTimedOut: return .timedOut
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return .network("the host name could not be resolved")
        case NSURLErrorCannotConnectToHost: return .network("could not connect to the server")
        case NSURLErrorNetworkConnectionLost: return .network("the connection was lost before the answer was complete")
        case NSURLErrorNotConnectedToInternet: return .network("no network connection")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
             NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
             NSURLErrorServerCertificateNotYetValid, NSURLErrorClientCertificateRejected:
            return .network("the secure connection failed (certificate or TLS)")
        case NSURLErrorBadServerResponse, NSURLErrorCannotParseResponse:
            return .network("the server's answer could not be read")
        case NSURLErrorCancelled: return .network("the transfer was cancelled")
        default: return .network("the transfer failed (error \(code))")
        }
    }
}
