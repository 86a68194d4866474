import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The demo's job site on 127.0.0.1, answering as an HTTP proxy would: requests arrive in
/// absolute form (`GET http://werkplein.localhost/jobs/page-1.html`) because the kiosk is told
/// to use this server as its proxy (`http-proxy`). The site's rules then name the host alone,
/// with no port, so addresses on screen are the same on every run.
///
/// One thread accepts; each connection gets its own thread, one answer and `Connection: close`.
/// Reads time out after a few seconds, so a client that never finishes its request costs a
/// thread for that long. The server lives as long as the command that started it.
final class JobSiteServer: @unchecked Sendable {
    /// The port the kernel gave.
    let port: Int
    private let listener: Int32
    private let site: JobSiteRoutes

    /// Longest request head, and body, read.
    static let maximumHeadBytes = 64 * 1024
    static let maximumBodyBytes = 256 * 1024

    /// Serves the pages of `root` (`content/jobsites`) on a port of 127.0.0.1 the kernel chooses.
    init(root: String) throws {
        site = JobSiteRoutes(root: root)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw JobSiteServerError("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, listen(fd, 32) == 0, named == 0 else {
            close(fd)
            throw JobSiteServerError("bind/listen")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The address to give as `http-proxy`.
    var proxyAddress: String { "http://127.0.0.1:\(port)" }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
            }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let (head, rest) = readHead(client), let request = JobSiteRequest(head: head) else { return }
        var body = rest
        let wanted = min(request.contentLength, Self.maximumBodyBytes)
        while body.count < wanted, let chunk = receive(client) { body += chunk }
        let answer = site.answer(request)
        var text = "HTTP/1.1 \(answer.status) \(JobSiteAnswer.reason(answer.status))\r\n"
        for (name, value) in answer.headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(answer.body.count)\r\nConnection: close\r\n\r\n"
        writeAll(client, Array(text.utf8) + answer.body)
    }

    private func readHead(_ client: Int32) -> (String, [UInt8])? {
        var bytes: [UInt8] = []
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while bytes.count < Self.maximumHeadBytes {
            guard let chunk = receive(client) else { return nil }
            bytes += chunk
            if let range = bytes.firstRange(of: end) {
                return (String(decoding: bytes[..<range.lowerBound], as: UTF8.self), Array(bytes[range.upperBound...]))
            }
        }
        return nil
    }

    private func receive(_ client: Int32) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = recv(client, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Array(buffer[0..<count])
    }

    private func writeAll(_ client: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// A socket call that failed while the demo job site was starting.
struct JobSiteServerError: Error, CustomStringConvertible {
    let call: String
    let code = errno
    init(_ call: String) { self.call = call }
    var description: String { "the demo job site could not start: \(call) failed (errno \(code))" }
}
