/// Filling a service's form one field at a time, reviewing the answers, and sending them.
public struct RequestFormState: Equatable, Sendable {
    /// Where the form stands.
    public enum Phase: Equatable, Sendable {
        case editing
        /// Sent to the store; the screen waits for its answer.
        case sending
        /// Committed: the screen says so, with the request's number.
        case sent(RequestSummary)
        /// Not sent: the answers stay, Enter tries again with the same key.
        case notSent(NotSentReason)
    }

    /// Why a request was not sent.
    public enum NotSentReason: Equatable, Sendable {
        case failure(StoreFailure)
        /// The service's limit of open requests is reached; the open request.
        case limitReached(Int64)
        /// The service was removed from the catalogue meanwhile.
        case unknownService
        /// The store found an answer wrong (field id).
        case invalid(String)
    }

    /// Why the form will not leave a field.
    public enum FieldProblem: Equatable, Sendable {
        /// Required and left empty.
        case required
        /// Not a real day written `YYYY-MM-DD`.
        case dateInvalid
        /// The person being added has no name.
        case personNameMissing
        /// The field holds as many people as it may.
        case peopleFull
    }

    public var service: ServiceDefinition
    /// Chosen when the form opened; every retry sends it again so the store keeps one request.
    public var key: String
    /// One per field of `service`, in order.
    public var inputs: [FieldInput]
    /// The field shown (0…), or `service.fields.count` for the review.
    public var step: Int
    public var phase: Phase
    public var problem: FieldProblem?
    /// Esc was pressed with answers given: the screen asks whether to leave them.
    public var isConfirmingLeave: Bool
    /// The first line of the review shown, and what the screen measured of it.
    public var reviewOffset: Int
    public var reviewMeasure: PageMeasure

    public init(service: ServiceDefinition, key: String) {
        self.service = service
        self.key = key
        self.inputs = service.fields.map(FieldInput.init(field:))
        self.step = 0
        self.phase = .editing
        self.problem = nil
        self.isConfirmingLeave = false
        self.reviewOffset = 0
        self.reviewMeasure = PageMeasure()
    }

    public var isReviewing: Bool { step >= service.fields.count }

    /// The field shown, nil on the review.
    public var field: ServiceField? {
        service.fields.indices.contains(step) ? service.fields[step] : nil
    }

    /// The answers given so far, by field id.
    public var answers: [String: RequestAnswer] {
        var answers: [String: RequestAnswer] = [:]
        for (field, input) in zip(service.fields, inputs) {
            if let answer = input.answer(for: field) { answers[field.id] = answer }
        }
        return answers
    }

    public var draft: RequestDraft { RequestDraft(key: key, service: service.id, answers: answers) }

    /// Whether anything was typed or chosen (leaving then asks first).
    public var hasAnswers: Bool {
        zip(service.fields, inputs).contains { field, input in
            if case .people(_, let name, _, _) = input, !name.isEmpty { return true }
            return input.answer(for: field) != nil
        }
    }
}
