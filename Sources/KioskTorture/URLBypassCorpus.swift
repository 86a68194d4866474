import KioskCore

/// One attempt to get past the allowlist: the URL, how it is asked for, and the rule that may
/// allow it (nil: it must be refused).
struct URLBypassCase {
    let url: String
    let method: URLMethod
    let allowedBy: String?

    init(_ url: String, _ method: URLMethod, allowedBy: String?) {
        self.url = url
        self.method = method
        self.allowedBy = allowedBy
    }
}

/// The bypass corpus of the policy's unit tests (`URLPolicyBypassCorpusTests`), decided here
/// allowed-or-refused only (the tests check each refusal's reason), on the same allowlist.
enum URLBypassCorpus {
    static func policy() throws -> URLPolicy {
        URLPolicy(rules: [
            try SiteRule("example.org", category: .jobs),
            try SiteRule("example.org/apply", category: .jobs, allowsPost: true),
            try SiteRule(".careers.example.com/jobs", category: .jobs, allowsGetForms: true),
            try SiteRule("http://legacy.example.net", category: .training),
            try SiteRule("news.example.be:8443", category: .press),
        ])
    }

    static let cases: [URLBypassCase] = [
        // Allowed, however written
        URLBypassCase("https://example.org/", .get, allowedBy: "example.org"),
        URLBypassCase("https://EXAMPLE.ORG./jobs", .get, allowedBy: "example.org"),
        URLBypassCase("HTTPS://Example.Org:443/x", .get, allowedBy: "example.org"),
        URLBypassCase("https://jobs.example.org/offers?id=3", .get, allowedBy: "example.org"),
        URLBypassCase("https://example.org#@evil.com", .get, allowedBy: "example.org"),
        URLBypassCase("https://example.org/@evil.com", .get, allowedBy: "example.org"),
        URLBypassCase("https://example.org/?next=https://evil.com/", .get, allowedBy: "example.org"),
        URLBypassCase("https://example.org/a..b/", .get, allowedBy: "example.org"),
        URLBypassCase("https://careers.example.com/jobs", .get, allowedBy: ".careers.example.com/jobs"),
        URLBypassCase("https://careers.example.com/jobs/", .get, allowedBy: ".careers.example.com/jobs"),
        URLBypassCase("https://careers.example.com/%6aobs/1", .get, allowedBy: ".careers.example.com/jobs"),
        URLBypassCase("https://careers.example.com/jobs/search?q=x", .getForm, allowedBy: ".careers.example.com/jobs"),
        URLBypassCase("http://legacy.example.net/page", .get, allowedBy: "http://legacy.example.net"),
        URLBypassCase("https://news.example.be:8443/rss", .get, allowedBy: "news.example.be:8443"),
        URLBypassCase("https://example.org/apply/send", .post, allowedBy: "example.org/apply"),
        // Look-alike hosts
        URLBypassCase("https://example.org.evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://evil-example.org/", .get, allowedBy: nil),
        URLBypassCase("https://evilexample.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org-evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://example.com/", .get, allowedBy: nil),
        URLBypassCase("https://xn--exmple-cua.org/", .get, allowedBy: nil),
        URLBypassCase("https://ex\u{430}mple.org", .get, allowedBy: nil),
        URLBypassCase("https://\u{FF45}xample.org/", .get, allowedBy: nil),
        URLBypassCase("https://example\u{3002}org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org\u{FF0E}evil.com/", .get, allowedBy: nil),
        // Userinfo and backslashes
        URLBypassCase("https://example.org@evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://user:pass@example.org/", .get, allowedBy: nil),
        URLBypassCase("https://@example.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org:443@evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://evil.com\\@example.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org\\@evil.com/", .get, allowedBy: nil),
        URLBypassCase("https:\\\\evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://example.org/jobs\\..\\admin", .get, allowedBy: nil),
        // Encoding in the host
        URLBypassCase("https://example.org%2eevil.com", .get, allowedBy: nil),
        URLBypassCase("https://example%2Eorg/", .get, allowedBy: nil),
        URLBypassCase("https://%65xample.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org%00.evil.com/", .get, allowedBy: nil),
        // IP literals
        URLBypassCase("https://127.0.0.1/", .get, allowedBy: nil),
        URLBypassCase("https://127.0.0.1./", .get, allowedBy: nil),
        URLBypassCase("https://2130706433/", .get, allowedBy: nil),
        URLBypassCase("https://0x7f.1/", .get, allowedBy: nil),
        URLBypassCase("https://0x7f000001/", .get, allowedBy: nil),
        URLBypassCase("https://0177.0.0.1/", .get, allowedBy: nil),
        URLBypassCase("https://127.1/", .get, allowedBy: nil),
        URLBypassCase("https://169.254.169.254/latest/meta-data/", .get, allowedBy: nil),
        URLBypassCase("https://[::1]/", .get, allowedBy: nil),
        URLBypassCase("https://[::ffff:127.0.0.1]/", .get, allowedBy: nil),
        URLBypassCase("https://[0:0:0:0:0:0:0:1]:443/", .get, allowedBy: nil),
        // Ports and schemes
        URLBypassCase("https://example.org:8443/", .get, allowedBy: nil),
        URLBypassCase("https://news.example.be/rss", .get, allowedBy: nil),
        URLBypassCase("http://legacy.example.net:8080/", .get, allowedBy: nil),
        URLBypassCase("https://example.org:0/", .get, allowedBy: nil),
        URLBypassCase("https://example.org:65536/", .get, allowedBy: nil),
        URLBypassCase("https://example.org:/", .get, allowedBy: nil),
        URLBypassCase("https://example.org:443:80/", .get, allowedBy: nil),
        URLBypassCase("https://example.org:+443/", .get, allowedBy: nil),
        URLBypassCase("http://example.org/", .get, allowedBy: nil),
        URLBypassCase("https://legacy.example.net/", .get, allowedBy: nil),
        URLBypassCase("javascript:alert(1)", .get, allowedBy: nil),
        URLBypassCase("JaVaScRiPt:alert(document.cookie)", .get, allowedBy: nil),
        URLBypassCase("data:text/html,<script>alert(1)</script>", .get, allowedBy: nil),
        URLBypassCase("data:text/html;base64,PHNjcmlwdD4=", .get, allowedBy: nil),
        URLBypassCase("file:///etc/passwd", .get, allowedBy: nil),
        URLBypassCase("ftp://example.org/", .get, allowedBy: nil),
        URLBypassCase("blob:https://example.org/0b6e", .get, allowedBy: nil),
        URLBypassCase("view-source:https://example.org/", .get, allowedBy: nil),
        URLBypassCase("mailto:jobs@example.org", .get, allowedBy: nil),
        URLBypassCase("ws://example.org/", .get, allowedBy: nil),
        // Escaping a path rule
        URLBypassCase("https://careers.example.com/jobsearch", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/Jobs", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/", .get, allowedBy: nil),
        URLBypassCase("https://www.careers.example.com/jobs", .get, allowedBy: nil),
        URLBypassCase("https://example.org/jobs/../admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/../admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%2e%2e/admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%2E./admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/.%2E/admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/..;/admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%2e%2e%3b/admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%252e%252e/admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/..%20/admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/.../admin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/./x", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/..", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs%2f..%2fadmin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs%2F..%2Fadmin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs%5c..%5cadmin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%252f..%252fadmin", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/a%00b", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%0d%0aSet-Cookie:x", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%zz", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%", .get, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/%25252525252e", .get, allowedBy: nil),
        // Whitespace, controls and invisible characters
        URLBypassCase("https://exa\tmple.org/", .get, allowedBy: nil),
        URLBypassCase("https://exa\nmple.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org/jobs\r\n", .get, allowedBy: nil),
        URLBypassCase("https://example.org\t.evil.com/", .get, allowedBy: nil),
        URLBypassCase(" https://example.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org/ ", .get, allowedBy: nil),
        URLBypassCase("https://exa mple.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org: 443/", .get, allowedBy: nil),
        URLBypassCase("https://example.org/\u{A0}", .get, allowedBy: nil),
        URLBypassCase("https://example.org/\u{202E}gpj.exe", .get, allowedBy: nil),
        URLBypassCase("https://example.org\u{200B}/", .get, allowedBy: nil),
        URLBypassCase("https://example.org/\u{0}", .get, allowedBy: nil),
        URLBypassCase("https://example.org/\u{1B}[2J", .get, allowedBy: nil),
        URLBypassCase("https://example.org/\u{85}", .get, allowedBy: nil),
        URLBypassCase("\u{FEFF}https://example.org/", .get, allowedBy: nil),
        // Not absolute, no host, odd hosts
        URLBypassCase("https:example.org", .get, allowedBy: nil),
        URLBypassCase("https:/example.org", .get, allowedBy: nil),
        URLBypassCase("https:///example.org/", .get, allowedBy: nil),
        URLBypassCase("https://", .get, allowedBy: nil),
        URLBypassCase("https://./", .get, allowedBy: nil),
        URLBypassCase("https://:443/", .get, allowedBy: nil),
        URLBypassCase("//example.org/", .get, allowedBy: nil),
        URLBypassCase("example.org", .get, allowedBy: nil),
        URLBypassCase("/jobs", .get, allowedBy: nil),
        URLBypassCase("", .get, allowedBy: nil),
        URLBypassCase("https://example..org/", .get, allowedBy: nil),
        URLBypassCase("https://.example.org/", .get, allowedBy: nil),
        URLBypassCase("https://-example.org/", .get, allowedBy: nil),
        URLBypassCase("https://exa<mple.org/", .get, allowedBy: nil),
        URLBypassCase("https://example.org*.evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://example.org,evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://example.org;evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://example.org&evil.com/", .get, allowedBy: nil),
        URLBypassCase("https://example.org/" + String(repeating: "a", count: 9_000), .get, allowedBy: nil),
        // Forms
        URLBypassCase("https://example.org/jobs", .post, allowedBy: nil),
        URLBypassCase("https://example.org/contact?to=x", .getForm, allowedBy: nil),
        URLBypassCase("https://example.org/apply", .getForm, allowedBy: nil),
        URLBypassCase("https://example.org/applyx", .post, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs/apply", .post, allowedBy: nil),
        // Forms as the browser builds them: the whole URL, query included, is decided
        URLBypassCase("https://careers.example.com/jobs/search?q=kok+%26+hulp&region=wal", .getForm, allowedBy: ".careers.example.com/jobs"),
        URLBypassCase("https://careers.example.com/jobsearch?q=x", .getForm, allowedBy: nil),
        URLBypassCase("https://careers.example.com/jobs?next=https://evil.com/", .getForm, allowedBy: ".careers.example.com/jobs"),
        URLBypassCase("https://example.org/apply?to=evil@example.com", .post, allowedBy: "example.org/apply"),
        URLBypassCase("https://example.org/apply/../contact", .post, allowedBy: nil),
        URLBypassCase("https://example.org/apply%2f..%2fcontact", .post, allowedBy: nil),
        URLBypassCase("https://example.org/apply%2Fsend", .post, allowedBy: nil),
        URLBypassCase("https://example.org/Apply/send", .post, allowedBy: nil),
        URLBypassCase("https://jobs.example.org/apply/send", .post, allowedBy: "example.org/apply"),
        URLBypassCase("http://example.org/apply/send", .post, allowedBy: nil),
        URLBypassCase("https://example.org:8443/apply/send", .post, allowedBy: nil),
        URLBypassCase("https://example.org/apply;jsessionid=1", .post, allowedBy: nil),
    ]
}
