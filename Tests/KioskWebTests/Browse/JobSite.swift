import Foundation
import KioskCore
@testable import KioskWeb

/// The fictional job site of `content/jobsites/`, served by a loopback server as
/// `http://werkplein.localhost:PORT`, with the routes its README lists.
enum JobSite {
    /// `content/jobsites/` in the package: this file is `Tests/KioskWebTests/Browse/JobSite.swift`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content/jobsites")

    static let host = "werkplein.localhost"
    static let otherHost = "elsewhere.localhost"
    /// The value of the session cookie `/account/login` sets.
    static let sessionCookie = "wp_session=s3cr3t"

    /// The bytes of a page of the site, e.g. `jobs/page-1.html`.
    static func file(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
    }

    /// The site's rules on `port`: links everywhere, GET forms under /search, POST under /apply.
    static func rules(port: Int) throws -> [SiteRule] {
        [
            try SiteRule("http://\(host):\(port)", category: .jobs),
            try SiteRule("http://\(host):\(port)/search", category: .jobs, allowsGetForms: true),
            try SiteRule("http://\(host):\(port)/apply", category: .jobs, allowsPost: true),
        ]
    }

    /// Serves every page of the site, and the routes with no file behind them, on `server`;
    /// `/go/bad` leads to `elsewhere`.
    static func install(on server: LoopbackHTTPServer, elsewhere: LoopbackHTTPServer) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
            $0.hasSuffix(".html") || $0.hasSuffix(".pdf")
        }
        for path in files where path != "account/saved.html" {
            let route = LoopbackRoute(status: 200, headers: [("Content-Type", contentType(path))], body: try file(path))
            server.handle("/" + path) { _ in route }
        }
        let index = LoopbackRoute(status: 200, headers: [("Content-Type", contentType("index.html"))], body: try file("index.html"))
        server.handle("/") { _ in index }
        server.route("/go/good", .redirect(302, to: "/go/good-2"))
        server.route("/go/good-2", .redirect(301, to: "/jobs/page-2.html"))
        server.route("/go/bad", .redirect(302, to: "/go/bad-2"))
        server.route("/go/bad-2", .redirect(302, to: elsewhere.url("/vacatures", host: otherHost)))
        server.route("/account/login", LoopbackRoute(status: 302, headers: [
            ("Location", "/account/saved.html"), ("Set-Cookie", sessionCookie + "; Path=/account; HttpOnly"),
        ], body: []))
        let saved = try file("account/saved.html")
        let noSession = try file("account/no-session.html")
        server.handle("/account/saved.html") { request in
            let cookies = request.header("Cookie")?.components(separatedBy: "; ") ?? []
            return cookies.contains(sessionCookie)
                ? LoopbackRoute(status: 200, headers: [("Content-Type", "text/html")], body: saved)
                : LoopbackRoute(status: 403, headers: [("Content-Type", "text/html")], body: noSession)
        }
        server.handle("/apply/send") { request in
            request.method == "POST" ? .redirect(303, to: "/apply/sent.html") : .status(405)
        }
        server.route("/contact/send", .ok("sent", type: "text/plain"))
        let results = String(decoding: try file("search/results.html"), as: UTF8.self)
        server.handle("/search/results") { request in
            .ok(filled(results, query: request.query ?? ""), type: "text/html; charset=utf-8")
        }
    }

    private static func contentType(_ path: String) -> String {
        path.hasSuffix(".pdf") ? "application/pdf" : "text/html; charset=utf-8"
    }

    /// The results template with each `{{name}}` replaced by the query's values (HTML-escaped).
    static func filled(_ template: String, query: String) -> String {
        var values: [String: [String]] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
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
