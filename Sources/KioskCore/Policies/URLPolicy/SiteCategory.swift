/// What kind of site a rule opens; feeds may come only from `press` rules.
public enum SiteCategory: String, CaseIterable, Codable, Sendable {
    case jobs, training, government, library, press

    /// Parses a category as typed on the command line (`jobs`, `Press`); nil for anything else.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}
