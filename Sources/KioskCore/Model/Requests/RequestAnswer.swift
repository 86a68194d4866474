/// What the detainee gave for one field of a form.
public enum RequestAnswer: Equatable, Codable, Sendable {
    case text(String)
    /// The id of the option chosen.
    case choice(String)
    /// The ids of the options chosen, in the catalogue's order.
    case choices([String])
    /// `YYYY-MM-DD`.
    case date(String)
    case people([InvitedPerson])

    /// Whether the answer gives nothing (a required field may not be left so).
    public var isEmpty: Bool {
        switch self {
        case .text(let text), .choice(let text), .date(let text):
            text.allSatisfy(\.isWhitespace)
        case .choices(let ids): ids.isEmpty
        case .people(let people): people.isEmpty
        }
    }
}

/// A person invited to a network meeting: their name and their relation to the detainee.
public struct InvitedPerson: Equatable, Codable, Sendable {
    public var name: String
    /// The id of one of the field's relations.
    public var relation: String

    public init(name: String, relation: String) {
        self.name = name
        self.relation = relation
    }
}
