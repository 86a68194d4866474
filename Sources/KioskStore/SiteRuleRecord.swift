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

private extension Result {
    var failureDescription: String? {
        if case .failure(let error) = self { return String(describing: error) }
        return nil
    }
}
