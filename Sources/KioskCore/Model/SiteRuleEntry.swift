import Foundation

/// A site rule as listings show it: the stored text, its attributes, and who added it when.
public struct SiteRuleEntry: Equatable, Sendable {
    /// The canonical text as stored.
    public var text: String
    public var category: SiteCategory
    public var allowsGetForms: Bool
    public var allowsPost: Bool
    /// The parsed rule; nil when the stored text no longer parses, and then the policy ignores it.
    public var rule: SiteRule?
    /// Why the stored text no longer parses, when it does not.
    public var problem: String?
    public var createdAt: Date
    public var createdBy: String

    public init(
        text: String, category: SiteCategory, allowsGetForms: Bool, allowsPost: Bool, rule: SiteRule?,
        problem: String?, createdAt: Date, createdBy: String
    ) {
        self.text = text
        self.category = category
        self.allowsGetForms = allowsGetForms
        self.allowsPost = allowsPost
        self.rule = rule
        self.problem = problem
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}
