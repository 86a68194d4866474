import Foundation

/// The address of the prison's HTTP proxy as the configuration writes it: `http://host:port`.
public enum ProxyAddress {
    /// `http://host:port` in normal form (lower-case, the port 80 written when left out), or nil
    /// for anything else: only plain-http proxies, by name or IPv4 address, with no user,
    /// password, path, query or fragment.
    public static func normalized(_ proxy: String) -> String? {
        guard proxy.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }),
              let components = URLComponents(string: proxy),
              components.scheme?.lowercased() == "http",
              let host = components.host?.lowercased(), !host.isEmpty,
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }),
              components.user == nil, components.password == nil, !proxy.contains("@"),
              components.path.isEmpty || components.path == "/",
              components.query == nil, components.fragment == nil
        else { return nil }
        let port = components.port ?? 80
        guard (1...65_535).contains(port) else { return nil }
        return "http://\(host):\(port)"
    }
}
