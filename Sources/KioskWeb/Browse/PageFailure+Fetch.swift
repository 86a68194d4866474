import KioskCore

extension PageFailure {
    /// The page failure for a fetch failure.
    init(_ failure: FetchFailure) {
        switch failure {
        case .timeout(let seconds): self = .timeout(seconds: Int(seconds.rounded(.up)))
        case .tooLarge(let limit): self = .tooLarge(limit: limit)
        case .httpStatus(let status): self = .httpStatus(status)
        case .redirectWithoutLocation(let status): self = .httpStatus(status)
        case .tooManyRedirects(let limit): self = .tooManyRedirects(limit: limit)
        case .network(let message): self = .network(message)
        }
    }
}
