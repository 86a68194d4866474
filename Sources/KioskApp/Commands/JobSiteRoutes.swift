import Foundation

/// One request to the demo job site: what the server needs of it.
struct JobSiteRequest {
    var method: String
    /// The host the request is for: from an absolute target, else the `Host` header.
    var host: String
    var path: String
    var query: String
    var headers: [(name: String, value: String)]
    var contentLength: Int

    /// Parses a request head; nil when it is not HTTP/1.x.
    init?(head: String) {
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ").map(String.init) ?? []
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return nil }
        method = parts[0]
        headers = lines.dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        contentLength = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        let target = parts[1]
        let components = target.hasPrefix("/") ? URLComponents(string: "http://origin" + target) : URLComponents(string: target)
        guard let components else { return nil }
        let hostHeader = headers.first { $0.name.lowercased() == "host" }?.value.split(separator: ":").first.map(String.init)
        host = (target.hasPrefix("/") ? hostHeader : components.host)?.lowercased() ?? ""
        path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        query = components.percentEncodedQuery ?? ""
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What the demo job site answers.
struct JobSiteAnswer {
    var status: Int
    var headers: [(String, String)] = []
    var body: [UInt8] = []

    static func page(_ bytes: [UInt8], type: String = "text/html; charset=utf-8", status: Int = 200) -> JobSiteAnswer {
        JobSiteAnswer(status: status, headers: [("Content-Type", type)], body: bytes)
    }

    static func redirect(_ status: Int, to location: String) -> JobSiteAnswer {
        JobSiteAnswer(status: status, headers: [("Location", location)])
    }

    static func text(_ status: Int, _ text: String) -> JobSiteAnswer {
        page(Array(text.utf8), type: "text/plain; charset=utf-8", status: status)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 502: "Bad Gateway"
        default: "Status"
        }
    }
}

/// The pages and routes of the fictional job site `content/jobsites/` (its README lists them),
/// for the host `werkplein.localhost`; any other host gets 502, as from a proxy that cannot
/// reach it.
struct JobSiteRoutes {
    static let host = "werkplein.localhost"
    static let sessionCookie = "wp_session=s3cr3t"

    let root: String

    func answer(_ request: JobSiteRequest) -> JobSiteAnswer {
        guard request.host == Self.host else { return .text(502, "The demo proxy reaches only \(Self.host).") }
        switch request.path {
        case "/": return file("index.html")
        case "/go/good": return .redirect(302, to: "/go/good-2")
        case "/go/good-2": return .redirect(301, to: "/jobs/page-2.html")
        case "/go/bad": return .redirect(302, to: "/go/bad-2")
        case "/go/bad-2": return .redirect(302, to: "http://elsewhere.localhost/vacatures")
        case "/account/login":
            var answer = JobSiteAnswer.redirect(302, to: "/account/saved.html")
            answer.headers.append(("Set-Cookie", Self.sessionCookie + "; Path=/account; HttpOnly"))
            return answer
        case "/account/saved.html":
            let cookies = request.header("Cookie")?.components(separatedBy: "; ") ?? []
            return cookies.contains(Self.sessionCookie) ? file("account/saved.html") : file("account/no-session.html", status: 403)
        case "/apply/send":
            return request.method == "POST" ? .redirect(303, to: "/apply/sent.html") : .text(405, "POST only")
        case "/contact/send":
            return .text(200, "sent")
        case "/search/results":
            guard let template = read("search/results.html") else { return .text(404, "Not found") }
            return .page(Array(filled(String(decoding: template, as: UTF8.self), query: request.query).utf8))
        default:
            return file(String(request.path.dropFirst()))
        }
    }

    /// A page of the site by its path; 404 for anything else (never outside the folder).
    private func file(_ path: String, status: Int = 200) -> JobSiteAnswer {
        guard let bytes = read(path) else { return .text(404, "Not found") }
        return .page(bytes, type: path.hasSuffix(".pdf") ? "application/pdf" : "text/html; charset=utf-8", status: status)
    }

    private func read(_ path: String) -> [UInt8]? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !segments.contains(where: { $0.isEmpty || $0.hasPrefix(".") || $0.contains("%") }),
              path.hasSuffix(".html") || path.hasSuffix(".pdf") else { return nil }
        return FileManager.default.contents(atPath: (root as NSString).appendingPathComponent(path)).map { [UInt8]($0) }
    }

    /// The results template with each `{{name}}` replaced by the query's values, HTML-escaped.
    func filled(_ template: String, query: String) -> String {
        var values: [String: [String]] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text) }
            values[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        var text = template
        for name in ["q", "region", "contract", "lang"] {
            let value = (values[name] ?? []).joined(separator: ", ")
            let escaped = value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            text = text.replacingOccurrences(of: "{{\(name)}}", with: escaped)
        }
        return text
    }
}
