/// A request as the loopback server received it.
struct RecordedRequest: Sendable {
    var method: String
    /// Path and query, as sent on the request line.
    var target: String
    /// Header names lower-cased.
    var headers: [String: String]
    /// The body, as long as its `Content-Length` said.
    var body: [UInt8] = []

    /// The body as UTF-8 text.
    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The target without its query.
    var path: String { String(target.prefix { $0 != "?" }) }

    /// The query without `?`; nil when the target has none.
    var query: String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return String(target[target.index(after: mark)...])
    }

    /// The `Content-Length` header, 0 when absent or not a number.
    var contentLength: Int { header("Content-Length").flatMap { Int($0) } ?? 0 }

    /// A header by name, case-insensitively.
    func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// Parses the head of a request (request line and headers, without the blank line).
    init?(head: String) {
        var lines = head.components(separatedBy: "\r\n")
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        method = String(requestLine[0])
        target = String(requestLine[1])
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
    }
}

import Foundation
