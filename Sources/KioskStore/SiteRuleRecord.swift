import Foundation
import GRDB
import KioskCore

/// One row of the `site_rule` table.
struct SiteRuleRecord: Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = AllowlistSchema.siteRule

    var id: Int64?
    var rule: String
    var category: SiteCategory
    var allowsGetForms: Bool
    var allowsPost: Bool
    var createdAt: Date
    var createdBy: String

    enum CodingKeys: String, CodingKey {
        case id, rule, category
        case allowsGetForms = "allows_get_forms"
        case allowsPost = "allows_post"
        case createdAt = "created_at"
        case createdBy = "created_by"
    }

    enum Columns {
        static let rule = Column(CodingKeys.rule)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The stored text parsed again, with the stored attributes.
    var parsed: Result<SiteRule, SiteRuleError> {
        Result { () throws(SiteRuleError) in
            try SiteRule(rule, category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost)
        }
    }

    var entry: SiteRuleEntry {
        let parsed = parsed
        return SiteRuleEntry(
            text: rule, category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost,
            rule: try? parsed.get(), problem: parsed.failureDescription, createdAt: createdAt, createdBy: createdBy)
    }

    static func find(rule: String, in db: Database) throws -> SiteRuleRecord? {
        try SiteRuleRecord.filter(Columns.rule == rule).fetchOne(db)
    }

    /// Every stored rule that still parses: what the policy is built from.
    static func validRules(in db: Database) throws -> [SiteRule] {
        try SiteRuleRecord.fetchAll(db).compactMap { try? $0.parsed.get() }
    }
}

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

private extension Result {
    var failureDescription: String? {
        if case .failure(let error) = self { return String(describing: error) }
        return nil
    }
}
