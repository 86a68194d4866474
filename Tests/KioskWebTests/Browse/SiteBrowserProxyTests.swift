import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KioskCore
import XCTest
@testable import KioskWeb

/// The proxy, as the kiosk can really use it on Linux: through libcurl's environment variables.
///
/// A second loopback server stands for the prison's proxy: it records what reaches it and
/// answers from its own route table, keyed by the absolute URL a proxy receives.
final class SiteBrowserProxyTests: BrowserTestCase {
    private var proxy: LoopbackHTTPServer!
    private var savedEnvironment: [String: String?] = [:]

    override func setUpWithError() throws {
        try super.setUpWithError()
        proxy = try LoopbackHTTPServer()
        for name in HTTPProxyEnvironment.variables + HTTPProxyEnvironment.removedVariables {
            savedEnvironment.updateValue(getenv(name).map { String(cString: $0) }, forKey: name)
        }
    }

    override func tearDown() {
        for (name, value) in savedEnvironment {
            if let value { setenv(name, value, 1) } else { unsetenv(name) }
        }
        proxy.stop()
        super.tearDown()
    }

    func testConnectionProxyDictionaryIsIgnoredOnLinux() throws {
        #if os(Linux)
        // Given a session configured with the proxy in connectionProxyDictionary, and no variables
        for name in HTTPProxyEnvironment.variables { unsetenv(name) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.connectionProxyDictionary = [
            "HTTPEnable": true, "HTTPProxy": "127.0.0.1", "HTTPPort": proxy.port,
            "HTTPSEnable": true, "HTTPSProxy": "127.0.0.1", "HTTPSPort": proxy.port,
        ]
        let session = URLSession(configuration: configuration)
        defer { session.invalidateAndCancel() }
        let done = DispatchSemaphore(value: 0)
        // When a page is fetched with it
        let task = session.dataTask(with: try XCTUnwrap(URL(string: url("/")))) { _, _, _ in done.signal() }
        task.resume()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
        // Then the request went straight to the site: the proxy saw nothing
        XCTAssertEqual(proxy.requests.count, 0)
        XCTAssertEqual(targets, ["/"])
        #endif
    }

    func testPagesGoThroughTheProxyNamedInTheEnvironment() throws {
        // Given the proxy installed for the process, answering for the start page
        try HTTPProxyEnvironment.install("http://127.0.0.1:\(proxy.port)")
        proxy.route(url("/"), .ok("<title>Via the proxy</title><p>Proxied", type: "text/html",
                                  headers: [("Set-Cookie", "p=1; Path=/")]))
        proxy.route(url("/jobs/page-1.html"), .ok("<p>Page 1", type: "text/html"))
        let browser = browser()
        // When two pages are loaded
        let start = try page(load("/", browser: browser))
        _ = try page(load("/jobs/page-1.html", browser: browser))
        // Then both requests reached the proxy in absolute form, cookie and all, and none the site
        XCTAssertEqual(start.title, "Via the proxy")
        XCTAssertEqual(start.url, url("/"))
        XCTAssertEqual(proxy.requests.map(\.target), [url("/"), url("/jobs/page-1.html")])
        XCTAssertEqual(proxy.requests.map { $0.header("Host") }, ["\(JobSite.host):\(site.port)", "\(JobSite.host):\(site.port)"])
        XCTAssertEqual(proxy.requests.last?.header("Cookie"), "p=1")
        XCTAssertEqual(site.requests.count, 0)
    }

    func testHTTPSGoesThroughTheProxyAsATunnel() throws {
        // Given the proxy installed and an https site no DNS here knows
        try HTTPProxyEnvironment.install("http://127.0.0.1:\(proxy.port)")
        rules.set([try SiteRule("jobs.werkplein.example", category: .jobs)])
        // When a page of it is loaded (the proxy refuses the tunnel)
        let load = browser().load(PageRequest(url: "https://jobs.werkplein.example/vacatures"), session: session, categories: nil)
        // Then the proxy was asked to CONNECT to the host, and saw no path, no cookie, no page
        XCTAssertEqual(proxy.requests.map { "\($0.method) \($0.target)" }, ["CONNECT jobs.werkplein.example:443"])
        guard case .failed(let failedURL, .network) = load else { return XCTFail("expected a network failure, got \(load)") }
        XCTAssertEqual(failedURL, "https://jobs.werkplein.example/vacatures")
    }

    func testProxyAddressIsChecked() throws {
        XCTAssertEqual(try HTTPProxyEnvironment.validated("http://proxy.lan:3128"), "http://proxy.lan:3128")
        XCTAssertEqual(try HTTPProxyEnvironment.validated("HTTP://Proxy.LAN:3128/"), "http://proxy.lan:3128")
        XCTAssertEqual(try HTTPProxyEnvironment.validated("http://10.20.0.8"), "http://10.20.0.8:80")
        for bad in ["https://proxy.lan:3128", "http://user:pw@proxy.lan:3128", "http://proxy.lan:3128/path",
                    "http://proxy.lan:3128?x=1", "proxy.lan:3128", "http://proxy lan:3128", "http://proxy.lan:0",
                    "http://proxy.lan:99999", "", "socks5://proxy.lan:1080", "http://[::1]:3128"] {
            XCTAssertThrowsError(try HTTPProxyEnvironment.validated(bad), bad)
        }
    }
}
