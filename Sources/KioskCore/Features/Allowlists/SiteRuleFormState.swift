/// The form for a new site rule: its text in the format of the allowlist, a category and what
/// forms it allows.
public struct SiteRuleFormState: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable {
        case rule, category, getForms, post
    }

    public static let maxLength = 200

    public var text = ""
    public var category: SiteCategory = .jobs
    public var allowsGetForms = false
    public var allowsPost = false
    public var focus: Field = .rule
    /// Why the form was not saved: a field typed wrong, the store's refusal, or a store failure.
    public var outcome: SaveOutcome?

    public init(text: String = "", category: SiteCategory = .jobs, allowsGetForms: Bool = false, allowsPost: Bool = false,
                focus: Field = .rule, outcome: SaveOutcome? = nil) {
        self.text = text
        self.category = category
        self.allowsGetForms = allowsGetForms
        self.allowsPost = allowsPost
        self.focus = focus
        self.outcome = outcome
    }

    public var draft: SiteRuleDraft {
        SiteRuleDraft(text: text, category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost)
    }
}
