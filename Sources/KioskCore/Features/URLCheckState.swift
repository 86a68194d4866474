/// The "test a URL" screen: a URL typed by an administrator and the policy's decision on it.
public struct URLCheckState: Equatable, Sendable {
    public static let maxLength = 500

    public var url = ""
    /// The decision for `url`; cleared as soon as the URL is edited.
    public var decision: URLDecision?

    public init(url: String = "", decision: URLDecision? = nil) {
        self.url = url
        self.decision = decision
    }
}
