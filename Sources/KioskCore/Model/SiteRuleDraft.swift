/// A site rule as typed on the new-rule form, before the store validates and keeps it.
public struct SiteRuleDraft: Equatable, Sendable {
    public var text: String
    public var category: SiteCategory
    public var allowsGetForms: Bool
    public var allowsPost: Bool

    public init(text: String, category: SiteCategory, allowsGetForms: Bool = false, allowsPost: Bool = false) {
        self.text = text
        self.category = category
        self.allowsGetForms = allowsGetForms
        self.allowsPost = allowsPost
    }
}
