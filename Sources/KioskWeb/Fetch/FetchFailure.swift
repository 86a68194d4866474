import Foundation

/// Why an allowed fetch did not produce a body.
public enum FetchFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The whole fetch, all hops included, took longer than the cap (seconds).
    case timeout(seconds: TimeInterval)
    /// The body passed the cap (bytes), or its `Content-Length` announced more.
    case tooLarge(limit: Int)
    /// The server answered with a status that is neither 2xx, 304 nor a redirect.
    case httpStatus(Int)
    /// A redirect status without a `Location` header.
    case redirectWithoutLocation(status: Int)
    /// More redirects than the cap.
    case tooManyRedirects(limit: Int)
    /// The connection failed: name not found, refused, reset, TLS, a body cut short…
    case network(String)

    /// One short sentence for the sync report.
    public var description: String {
        switch self {
        case .timeout(let seconds):
            "timed out: no complete answer within \(Self.seconds(seconds))"
        case .tooLarge(let limit):
            "too large: more than \(Self.size(limit))"
        case .httpStatus(let status):
            "the server answered HTTP \(status)\(Self.statusName(status).map { " (\($0))" } ?? "")"
        case .redirectWithoutLocation(let status):
            "the server answered redirect \(status) without saying where to"
        case .tooManyRedirects(let limit):
            "too many redirects: more than \(limit)"
        case .network(let message):
            "network error: \(message)"
        }
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return String(format: "%g MB", Double(bytes) / 1_000_000) }
        if bytes >= 1_000 { return String(format: "%g kB", Double(bytes) / 1_000) }
        return "\(bytes) bytes"
    }

    private static func statusName(_ status: Int) -> String? {
        switch status {
        case 304: "not modified, but nothing was asked"
        case 400: "bad request"
        case 401: "authentication required"
        case 403: "forbidden"
        case 404: "not found"
        case 410: "gone"
        case 429: "too many requests"
        case 500: "server error"
        case 502: "bad gateway"
        case 503: "service unavailable"
        case 504: "gateway timeout"
        default: nil
        }
    }
}
