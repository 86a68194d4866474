/// The "test a URL" screen: a URL typed by an administrator and the policy's decision on it.
public struct URLCheckState: Equatable, Sendable {
    public static let maxLength = 500

    public var url = ""
    /// The decision for `checkedURL`; cleared as soon as the URL is edited.
    public var decision: URLDecision?
    public var checkedURL = ""

    public init(url: String = "", decision: URLDecision? = nil, checkedURL: String = "") {
        self.url = url
        self.decision = decision
        self.checkedURL = checkedURL
    }
}
