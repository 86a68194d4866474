import Foundation
import KioskCore
import KioskStore

/// The demo's job site: the fictional Werkplein of `content/jobsites/`, its site rules, and
/// the loopback server that serves it as the kiosk's proxy.
///
/// The rules name `werkplein.localhost` without a port: the kiosk reaches it through the
/// `http-proxy` this server answers on, so the port the kernel gives never appears in a rule
/// or on screen. Links everywhere, GET forms under `/search`, POST under `/apply` only.
enum DemoJobSite {
    static let rules: [(text: String, getForms: Bool, post: Bool)] = [
        ("http://werkplein.localhost", false, false),
        ("http://werkplein.localhost/search", true, false),
        ("http://werkplein.localhost/apply", false, true),
    ]
    static let author = "demo-seed"

    /// Adds the rules that are missing.
    static func seed(_ database: KioskDatabase, now: Date = Date()) throws {
        let allowlist = AllowlistRepository(database: database)
        let known = Set(try allowlist.listSiteRules().map(\.text))
        for rule in rules where !known.contains(rule.text) {
            try allowlist.addSiteRule(rule.text, category: .jobs, allowsGetForms: rule.getForms, allowsPost: rule.post,
                                      by: author, now: now)
        }
    }

    /// Starts the site's server on `content/jobsites` of the content folder; nil (and why) when
    /// the folder is missing or the server cannot start: the demo then runs without its job site.
    static func start(contentDirectory: String?) -> (server: JobSiteServer?, problem: String?) {
        guard let folder = contentDirectory.map({ ($0 as NSString).appendingPathComponent("jobsites") }),
              FileManager.default.fileExists(atPath: folder) else {
            return (nil, "job sites: no content/jobsites folder found; the demo site is not served")
        }
        do {
            return (try JobSiteServer(root: folder), nil)
        } catch {
            return (nil, "job sites: \(error)")
        }
    }
}
