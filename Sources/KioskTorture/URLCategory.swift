import Foundation
import KioskCore

/// The URL policy's parser against the bypass corpus and the WPT URL data: one case per input.
///
/// A bypass case fails when its decision is not the one expected (allowed by the expected rule,
/// or refused). A WPT case fails when an input browsers refuse, or one that is not http(s), is
/// allowed, alone or resolved against its base, or when an allowed URL's scheme is not the one
/// its rule names (https unless the rule says http).
struct URLCategory: TortureCategory {
    let name = "urls"

    func run(_ context: TortureContext) throws -> TortureResult {
        var tried = 0, failed = 0
        let bypass = try URLBypassCorpus.policy()
        for entry in URLBypassCorpus.cases {
            tried += 1
            let decision = bypass.decide(entry.url, method: entry.method)
            if decision.rule?.text != entry.allowedBy {
                failed += 1
                TortureOutput.say("  FAIL bypass \(entry.url.prefix(100).debugDescription) [\(entry.method)]: \(decision), expected "
                      + (entry.allowedBy.map { "allowed by \($0)" } ?? "refused"))
            }
        }
        var note = "\(URLBypassCorpus.cases.count) bypass URLs"
        let root = try RepositoryRoot.require(kiosk: context.kiosk)
        let path = URLWPTData.defaultPath(root: root)
        guard let wpt = try URLWPTData.load(path: path) else {
            TortureOutput.say("  no WPT URL data at \(path): 0 WPT cases")
            return TortureResult(category: name, tried: tried, failed: failed, note: note + "; WPT data absent (\(path))")
        }
        let policy = URLPolicy(rules: [try SiteRule("example.org", category: .jobs),
                                       try SiteRule("http://example.com", category: .jobs)])
        var allowed = 0
        for entry in wpt.entries {
            tried += 1
            var decisions = [("alone", policy.decide(entry.input))]
            if let baseText = entry.base, case .success(let base) = StrictURL.parse(baseText) {
                decisions.append(("against \(baseText)", policy.decide(reference: entry.input, against: base)))
            }
            let mustRefuse = entry.failure || !(entry.scheme == "https:" || entry.scheme == "http:")
            for (how, decision) in decisions {
                guard let url = decision.url, let rule = decision.rule else { continue }
                allowed += 1
                if mustRefuse || url.scheme != rule.scheme {
                    failed += 1
                    TortureOutput.say("  FAIL WPT \(entry.input.debugDescription) \(how): allowed as \(url.string) by \(rule.text)"
                          + (entry.failure ? " although browsers refuse it" : " (browsers read \(entry.scheme ?? "?"))"))
                    break
                }
            }
        }
        note += ", \(wpt.entries.count) WPT inputs (\(allowed) decisions allowed)"
        TortureOutput.say("  \(URLBypassCorpus.cases.count) bypass URLs, \(wpt.entries.count) WPT inputs from \(path)")
        return TortureResult(category: name, tried: tried, failed: failed, note: note)
    }
}
