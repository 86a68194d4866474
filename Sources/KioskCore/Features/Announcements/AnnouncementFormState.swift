/// The form for a new announcement: text, from, until, and who sees it.
///
/// Dates are typed as `StaffDateTime` text and read when the form is sent, so a half-typed
/// date is never an error while it is being typed.
public struct AnnouncementFormState: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable {
        case text, startsAt, endsAt, audience, wing
    }

    /// Who sees the announcement, as the form offers it.
    public enum Audience: Equatable, Hashable, Sendable {
        case everyone
        /// One wing, typed in the wing field.
        case wing
        case language(Language)

        public static let all: [Audience] = [.everyone, .wing] + Language.allCases.map { .language($0) }
    }

    public static let maxDateLength = 16
    public static let maxWingLength = 4

    public var text = ""
    public var startsAt: String
    public var endsAt = ""
    public var audience: Audience = .everyone
    public var wing = ""
    public var focus: Field = .text
    /// Why the form was not saved: a field typed wrong, the store's refusal, or a store failure.
    public var outcome: SaveOutcome?

    public init(text: String = "", startsAt: String, endsAt: String = "", audience: Audience = .everyone, wing: String = "",
                focus: Field = .text, outcome: SaveOutcome? = nil) {
        self.text = text
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.audience = audience
        self.wing = wing
        self.focus = focus
        self.outcome = outcome
    }

    /// The fields Tab moves through: the wing only when the audience is a wing.
    public var fields: [Field] {
        Field.allCases.filter { $0 != .wing || audience == .wing }
    }
}
