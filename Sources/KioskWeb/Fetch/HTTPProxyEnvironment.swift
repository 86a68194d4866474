import Foundation
import KioskCore

/// Sends every fetch of this process through one HTTP proxy, the only way that works on Linux.
///
/// swift-corelibs-foundation ignores `URLSessionConfiguration.connectionProxyDictionary` (its
/// libcurl layer never sets `CURLOPT_PROXY`), but libcurl itself reads `http_proxy` and
/// `https_proxy` from the environment at each connection: http requests then go to the proxy
/// in absolute form (`GET http://host/path`), https ones through a `CONNECT host:443` tunnel.
/// `install` sets both and removes `no_proxy`/`NO_PROXY` (nothing bypasses the proxy) and
/// `all_proxy`/`ALL_PROXY`. The browser and the press fetcher both follow it.
///
/// Call it once at start-up, before any thread is started: `setenv` is not thread-safe.
public enum HTTPProxyEnvironment {
    /// The variables `install` sets.
    public static let variables = ["http_proxy", "https_proxy"]
    /// The variables `install` removes.
    public static let removedVariables = ["no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"]

    /// A proxy address that is not `http://host:port`.
    public struct InvalidProxy: Error, Equatable, CustomStringConvertible {
        public let text: String
        public var description: String {
            "the proxy must be written http://host:port (no user, path or query): \(text.prefix(100))"
        }
    }

    /// Checks `proxy` (`http://proxy.lan:3128`, `http://10.20.0.8:3128`) and installs it.
    public static func install(_ proxy: String) throws(InvalidProxy) {
        let normal = try validated(proxy)
        for name in variables { setenv(name, normal, 1) }
        for name in removedVariables { unsetenv(name) }
    }

    /// `http://host:port` in normal form, or an error: only plain-http proxies, by name or
    /// IPv4 address, with no userinfo, path, query or fragment. The port defaults to 80.
    public static func validated(_ proxy: String) throws(InvalidProxy) -> String {
        guard let normal = ProxyAddress.normalized(proxy) else { throw InvalidProxy(text: proxy) }
        return normal
    }
}
