/// The only schemes a kiosk URL may have: https, and http where a rule names it.
public enum URLScheme: String, CaseIterable, Codable, Sendable {
    case https, http

    /// The port used when a URL or rule names none: 443 for https, 80 for http.
    public var defaultPort: Int {
        switch self {
        case .https: 443
        case .http: 80
        }
    }
}
