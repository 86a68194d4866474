import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 for fetcher tests: a route table, a request log, a clean stop.
///
/// Binds port 0 and reads the port the kernel chose. One thread accepts; each connection gets
/// its own thread, answers once with `Connection: close`, and closes. Every wait (for a request,
/// for a slow chunk, for "never answers") also watches a stop pipe, so `stop()` wakes all
/// threads at once and returns when they have all finished: no test ever sleeps to synchronise.
///
/// Tests name the server `feeds.localhost` (or any `*.localhost`): libcurl resolves those names
/// to the loopback address itself (RFC 6761), and unlike a bare `localhost` or `127.0.0.1` they
/// can be written as allowlist rules. Only 127.0.0.1 is bound; if libcurl tries ::1 first, that
/// connection is refused at once and it falls back to IPv4.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// The port the kernel gave.
    let port: Int
    private let listener: Int32
    private let stopRead: Int32
    private let stopWrite: Int32
    private let lock = NSLock()
    private let threads = DispatchGroup()
    private var routes: [String: LoopbackRoute]
    private var handlers: [String: @Sendable (RecordedRequest) -> LoopbackRoute] = [:]
    private var received: [RecordedRequest] = []
    private var stopped = false

    init(routes: [String: LoopbackRoute] = [:]) throws {
        self.routes = routes
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw SocketError("pipe") }
        stopRead = pipeEnds[0]
        stopWrite = pipeEnds[1]
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError("socket") }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, listen(fd, 16) == 0, named == 0 else {
            close(fd)
            throw SocketError("bind/listen")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        startThread { $0.acceptLoop() }
    }

    deinit { stop() }

    /// `http://feeds.localhost:PORT` followed by `path`.
    func url(_ path: String, host: String = "feeds.localhost") -> String {
        "http://\(host):\(port)\(path)"
    }

    /// Adds or replaces the answer for a path (query included, if any).
    func route(_ target: String, _ route: LoopbackRoute) {
        lock.withLock { routes[target] = route }
    }

    /// Answers every request for `path` (whatever its query) that has no route of its own by
    /// calling `handler` with the request: for pages that echo a query or check a cookie.
    func handle(_ path: String, _ handler: @escaping @Sendable (RecordedRequest) -> LoopbackRoute) {
        lock.withLock { handlers[path] = handler }
    }

    /// Every request received so far, in order.
    var requests: [RecordedRequest] {
        lock.withLock { received }
    }

    /// Wakes every thread, waits for all of them, closes the sockets. Safe to call twice.
    func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        var byte: UInt8 = 1
        _ = write(stopWrite, &byte, 1)
        threads.wait()
        close(listener)
        close(stopRead)
        close(stopWrite)
    }

    // MARK: - Threads

    private func startThread(_ body: @escaping @Sendable (LoopbackHTTPServer) -> Void) {
        threads.enter()
        let thread = Thread { [self] in
            body(self)
            threads.leave()
        }
        thread.start()
    }

    private func acceptLoop() {
        while true {
            guard let ready = waitFor(listener, events: Int16(POLLIN), timeout: -1), ready else { return }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            startThread { server in
                LoopbackConnection(socket: client, server: server).serve()
                close(client)
            }
        }
    }

    /// Waits until `fd` is ready for `events`; false on timeout (milliseconds, -1 for none), nil once stopped.
    func waitFor(_ fd: Int32, events: Int16, timeout: Int32) -> Bool? {
        var fds = [pollfd(fd: fd, events: events, revents: 0), pollfd(fd: stopRead, events: Int16(POLLIN), revents: 0)]
        while true {
            let result = poll(&fds, 2, timeout)
            if result < 0 && errno == EINTR { continue }
            if fds[1].revents != 0 { return nil }
            return result > 0
        }
    }

    // MARK: - For connections

    func record(_ request: RecordedRequest) -> LoopbackRoute? {
        let (route, handler) = lock.withLock {
            received.append(request)
            return (routes[request.target], handlers[request.path])
        }
        return route ?? handler?(request)
    }
}

/// A socket call that failed while setting the server up.
struct SocketError: Error, CustomStringConvertible {
    let call: String
    let code = errno
    init(_ call: String) { self.call = call }
    var description: String { "\(call) failed: errno \(code)" }
}
