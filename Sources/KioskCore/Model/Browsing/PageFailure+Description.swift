extension PageFailure: CustomStringConvertible {
    /// The failure in the audit log's plain English (screens say it in the reader's language).
    public var description: String {
        switch self {
        case .timeout(let seconds): "no complete answer within \(seconds) s"
        case .tooLarge(let limit): "larger than \(limit) bytes"
        case .httpStatus(let status): "HTTP status \(status)"
        case .unsupportedType(let type): "unsupported type \(type.prefix(100))"
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .network(let message): "network: \(message.prefix(200))"
        }
    }
}
