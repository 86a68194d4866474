/// A request ready to be sent: the service, the answers and the key that makes sending it twice
/// harmless.
public struct RequestDraft: Equatable, Codable, Sendable {
    /// Chosen when the form is opened and kept across retries: the store records a key once and
    /// answers a second submission with the first one's request.
    public var key: String
    public var service: String
    /// By field id.
    public var answers: [String: RequestAnswer]

    public init(key: String, service: String, answers: [String: RequestAnswer] = [:]) {
        self.key = key
        self.service = service
        self.answers = answers
    }
}
