import Foundation

/// How the loopback server answers one path: status, headers, body, and ways to misbehave.
struct LoopbackRoute: Sendable {
    /// What the `Content-Length` header says.
    enum ContentLength: Sendable {
        /// The body's real length.
        case exact
        /// No header: the body ends when the connection closes.
        case omitted
        /// This number, whatever the body really is (a lie, for tests).
        case declared(Int)
    }

    var status = 200
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []
    var contentLength = ContentLength.exact
    /// Bytes written at a time.
    var chunkSize = 16 * 1024
    /// Pause before each chunk of the body (inside the server, interrupted by `stop`).
    var delayPerChunk: TimeInterval = 0
    /// Read the request, then say nothing until the server stops.
    var neverAnswers = false
    /// After the body, keep the connection open until the server stops.
    var holdsOpenAfterBody = false
    /// Answer 304 (no body) when the request's If-None-Match equals this.
    var notModifiedWhenETag: String?
    /// Answer 304 (no body) when the request's If-Modified-Since equals this (compared as text,
    /// as a server that hands back its own Last-Modified does) and it sent no If-None-Match,
    /// which takes precedence (RFC 9110, 13.2.2).
    var notModifiedWhenModifiedSince: String?

    /// 200 with a text body.
    static func ok(_ body: String, type: String = "application/rss+xml; charset=utf-8",
                   headers: [(name: String, value: String)] = []) -> LoopbackRoute {
        LoopbackRoute(status: 200, headers: [("Content-Type", type)] + headers, body: Array(body.utf8))
    }

    /// A redirect to `location`, written as given (relative or absolute).
    static func redirect(_ status: Int = 302, to location: String) -> LoopbackRoute {
        LoopbackRoute(status: status, headers: [("Location", location)], body: Array("moved".utf8))
    }

    /// A status with a short text body.
    static func status(_ status: Int) -> LoopbackRoute {
        LoopbackRoute(status: status, headers: [("Content-Type", "text/plain")], body: Array("status \(status)".utf8))
    }

    /// `count` bytes of filler.
    static func large(_ count: Int, contentLength: ContentLength = .exact) -> LoopbackRoute {
        LoopbackRoute(status: 200, headers: [("Content-Type", "text/plain")],
                      body: [UInt8](repeating: UInt8(ascii: "x"), count: count), contentLength: contentLength)
    }
}
