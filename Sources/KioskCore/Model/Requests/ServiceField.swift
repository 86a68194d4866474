/// One question of a service's form.
public struct ServiceField: Equatable, Codable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// Free text over several lines, up to `maxLength` characters.
        case text
        /// One of `options`.
        case choice
        /// Any number of `options` (at least one when required).
        case choices
        /// A day, written `YYYY-MM-DD`.
        case date
        /// People, each with a name and one of `relations` (a network meeting's guests).
        case people
    }

    /// Lower-case letters, digits and `-`; unique in its service.
    public var id: String
    public var kind: Kind
    public var label: LocalizedText
    /// Words under the label that say what to write (paragraphs); nil for none.
    public var help: LocalizedText?
    public var isRequired: Bool
    /// For `text`: the most characters; for `people`: the most people.
    public var maxLength: Int
    /// For `choice` and `choices`: what can be picked.
    public var options: [ServiceOption]
    /// For `people`: the relations a person can have to the detainee.
    public var relations: [ServiceOption]

    public init(id: String, kind: Kind, label: LocalizedText, help: LocalizedText? = nil, isRequired: Bool = true,
                maxLength: Int? = nil, options: [ServiceOption] = [], relations: [ServiceOption] = []) {
        self.id = id
        self.kind = kind
        self.label = label
        self.help = help
        self.isRequired = isRequired
        self.maxLength = maxLength ?? Self.defaultMaxLength(kind)
        self.options = options
        self.relations = relations
    }

    /// The limit a field gets when the catalogue gives none.
    public static func defaultMaxLength(_ kind: Kind) -> Int {
        switch kind {
        case .text: 1000
        case .people: 8
        case .choice, .choices, .date: 0
        }
    }

    /// The most characters of one person's name.
    public static let maxPersonName = 60
    /// The most characters a `text` field may ever be given in a catalogue.
    public static let maxTextLimit = 4000
    /// The most people a `people` field may ever be given in a catalogue.
    public static let maxPeopleLimit = 20
}

/// One choice of a field: an id that is stored, and its label.
public struct ServiceOption: Equatable, Codable, Sendable {
    public var id: String
    public var label: LocalizedText

    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}
