import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP server on 127.0.0.1 that answers every request with one page, for use as the
/// process's proxy: the browser asks it for any address and gets `page`, nothing leaves the host.
final class LoopbackPageServer: @unchecked Sendable {
    let port: UInt16
    private let socketHandle: Int32
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var contentType = "text/html; charset=utf-8"

    /// Listens on a free port and serves on a thread of its own until the process ends.
    init() throws {
        // A browser that hangs up early must not end the suite with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { throw TortureSetupError("socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(handle, 16) == 0 else {
            throw TortureSetupError("bind/listen on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(handle, $0, &length) }
        }
        socketHandle = handle
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// `http://127.0.0.1:PORT`, for `HTTPProxyEnvironment.install`.
    var proxyAddress: String { "http://127.0.0.1:\(port)" }

    /// The page every later request gets.
    func setPage(_ bytes: [UInt8], contentType: String = "text/html; charset=utf-8") {
        lock.withLock {
            body = bytes
            self.contentType = contentType
        }
    }

    private func serve() {
        while true {
            let client = accept(socketHandle, nil, nil)
            if client < 0 { continue }
            readRequestHead(client)
            let (page, type) = lock.withLock { (body, contentType) }
            let head = "HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\nContent-Length: \(page.count)\r\nConnection: close\r\n\r\n"
            writeAll(client, Array(head.utf8) + page)
            close(client)
        }
    }

    /// Reads until the blank line that ends the request's head (the body, if any, is ignored).
    private func readRequestHead(_ client: Int32) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < 65_536 {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { return }
            received += buffer[0..<count]
            if received.contains(sequence: [13, 10, 13, 10]) { return }
        }
    }

    private func writeAll(_ client: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}

private extension Array where Element == UInt8 {
    func contains(sequence: [UInt8]) -> Bool {
        guard count >= sequence.count else { return false }
        return (0...(count - sequence.count)).contains { self[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}
