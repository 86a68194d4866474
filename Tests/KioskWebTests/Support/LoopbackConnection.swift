import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One connection to the loopback server: reads one request, records it, answers by the route table.
struct LoopbackConnection {
    let socket: Int32
    let server: LoopbackHTTPServer

    /// Longest request head read.
    static let maximumHeadBytes = 64 * 1024
    /// Longest request body read (by its `Content-Length`).
    static let maximumBodyBytes = 1024 * 1024

    func serve() {
        guard let head = readHead(), var request = RecordedRequest(head: head.text) else { return }
        guard let body = readBody(head.bodyStart, length: request.contentLength) else { return }
        request.body = body
        let route = server.record(request) ?? .status(404)
        if route.neverAnswers {
            _ = server.waitFor(socket, events: 0, timeout: -1)  // returns only when the server stops
            return
        }
        if let etag = route.notModifiedWhenETag, request.header("If-None-Match") == etag {
            _ = send(head: "HTTP/1.1 304 Not Modified\r\nETag: \(etag)\r\nConnection: close\r\n\r\n")
            return
        }
        if let date = route.notModifiedWhenModifiedSince, request.header("If-None-Match") == nil,
           request.header("If-Modified-Since") == date {
            _ = send(head: "HTTP/1.1 304 Not Modified\r\nLast-Modified: \(date)\r\nConnection: close\r\n\r\n")
            return
        }
        guard send(head: responseHead(route)) else { return }
        var offset = 0
        while offset < route.body.count {
            if route.delayPerChunk > 0 {
                guard server.waitFor(-1, events: 0, timeout: Int32(route.delayPerChunk * 1000)) != nil else { return }
            }
            let end = min(route.body.count, offset + max(1, route.chunkSize))
            guard writeAll(route.body[offset..<end]) else { return }
            offset = end
        }
        if route.holdsOpenAfterBody {
            _ = server.waitFor(-1, events: 0, timeout: -1)
        }
    }

    private func responseHead(_ route: LoopbackRoute) -> String {
        var head = "HTTP/1.1 \(route.status) \(Self.reason(route.status))\r\n"
        for header in route.headers {
            head += "\(header.name): \(header.value)\r\n"
        }
        switch route.contentLength {
        case .exact: head += "Content-Length: \(route.body.count)\r\n"
        case .declared(let length): head += "Content-Length: \(length)\r\n"
        case .omitted: break
        }
        return head + "Connection: close\r\n\r\n"
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 403: "Forbidden"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 404: "Not Found"
        default: "Status"
        }
    }

    // MARK: - Socket I/O

    /// Reads until the blank line ending the head; the head, and the body bytes read with it.
    /// Nil if the client or the server stops first.
    private func readHead() -> (text: String, bodyStart: [UInt8])? {
        var bytes: [UInt8] = []
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while bytes.count < Self.maximumHeadBytes {
            guard let chunk = receive() else { return nil }
            bytes += chunk
            if let range = bytes.firstRange(of: end) {
                return (String(decoding: bytes[..<range.lowerBound], as: UTF8.self), Array(bytes[range.upperBound...]))
            }
        }
        return nil
    }

    /// Reads the rest of a body of `length` bytes after `start`; nil if the client goes away first.
    private func readBody(_ start: [UInt8], length: Int) -> [UInt8]? {
        let wanted = min(max(0, length), Self.maximumBodyBytes)
        var body = start
        while body.count < wanted {
            guard let chunk = receive() else { return nil }
            body += chunk
        }
        return Array(body.prefix(wanted))
    }

    /// The next bytes from the client; nil when it closed or the server stops.
    private func receive() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        guard server.waitFor(socket, events: Int16(POLLIN), timeout: -1) == true else { return nil }
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Array(buffer[0..<count])
    }

    private func send(head: String) -> Bool {
        writeAll(Array(head.utf8)[...])
    }

    /// Writes everything, waiting for room; false if the client went away or the server stopped.
    private func writeAll(_ bytes: ArraySlice<UInt8>) -> Bool {
        var remaining = bytes
        while !remaining.isEmpty {
            guard server.waitFor(socket, events: Int16(POLLOUT), timeout: -1) == true else { return false }
            let written = remaining.withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if written < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return false
            }
            remaining = remaining.dropFirst(written)
        }
        return true
    }
}
