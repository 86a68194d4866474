import Foundation
import GRDB
import KioskCore

/// The stored allowlists: site rules for browsing and feed sources for the press.
///
/// Rules are validated by `SiteRuleParser` and stored in canonical text, so one rule has one
/// spelling. A feed URL must be allowed, for GET, with the deciding rule (`URLPolicy`'s most
/// specific) of category `press`; this holds for every enabled feed at every write: adding or
/// enabling a feed checks it, and adding or removing a rule is refused when it would take an
/// enabled feed away from its press rule.
/// Failures are `AllowlistError`s with a message for the person at the keyboard.
///
/// Every change is written to the audit log (`site-rule.added`, `site-rule.removed`,
/// `feed.added`, `feed.removed`, `feed.enabled`, `feed.disabled`) in the transaction that makes
/// it, so a change and its audit line are committed together or not at all; a refused change
/// writes nothing. The actor is the change's author, the terminal `admin-cli` unless a screen
/// passes its own name.
public struct AllowlistRepository: Sendable {
    public static let maximumNameLength = 100
    public static let maximumAuthorLength = 100
    /// The terminal recorded for changes made from the shell.
    public static let cliTerminal = "admin-cli"

    public let database: KioskDatabase

    public init(database: KioskDatabase) {
        self.database = database
    }

    // MARK: - Site rules

    /// Adds a rule; `author` (e.g. `staff:admin`) is stored with it and recorded as the actor of
    /// `site-rule.added`.
    @discardableResult
    public func addSiteRule(
        _ text: String, category: SiteCategory, allowsGetForms: Bool = false, allowsPost: Bool = false,
        by author: String, terminal: String = cliTerminal, now: Date = Date()
    ) throws(AllowlistError) -> SiteRuleEntry {
        let rule: SiteRule
        do {
            rule = try SiteRule(text, category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost)
        } catch {
            throw .invalidRule(error)
        }
        let author = try Self.author(author)
        var record = SiteRuleRecord(
            id: nil, rule: rule.text, category: category, allowsGetForms: allowsGetForms, allowsPost: allowsPost,
            createdAt: now, createdBy: author)
        enum Outcome { case added, duplicate, takesOver([String]) }
        let outcome = try write(duplicate: .duplicateRule(rule.text)) { db -> Outcome in
            guard try SiteRuleRecord.find(rule: rule.text, in: db) == nil else { return .duplicate }
            let rules = try SiteRuleRecord.validRules(in: db)
            let broken = try Self.feedsBroken(in: db, before: rules, after: rules + [rule])
            guard broken.isEmpty else { return .takesOver(broken) }
            try record.insert(db)
            try AuditRepository.append(
                Self.event("site-rule.added", subject: record.rule, detail: Self.detail(record),
                           by: author, terminal: terminal, at: now),
                in: db)
            return .added
        }
        switch outcome {
        case .added: return record.entry
        case .duplicate: throw .duplicateRule(rule.text)
        case .takesOver(let feeds): throw .ruleTakesOverFeeds(rule: rule.text, feeds: feeds)
        }
    }

    /// Removes a rule, written in any spelling that parses to it (or exactly as stored).
    ///
    /// Refused while an enabled feed would lose the press rule it needs. Recorded as
    /// `site-rule.removed` by `author`.
    @discardableResult
    public func removeSiteRule(
        _ text: String, by author: String, terminal: String = cliTerminal, now: Date = Date()
    ) throws(AllowlistError) -> SiteRuleEntry {
        let author = try Self.author(author)
        let canonical = (try? SiteRule(text, category: .jobs))?.text ?? text
        enum Outcome { case removed(SiteRuleEntry), notFound, stillNeeded([String]) }
        let outcome = try write { db -> Outcome in
            guard let record = try SiteRuleRecord.find(rule: canonical, in: db)
                ?? SiteRuleRecord.find(rule: text, in: db)
            else { return .notFound }
            let records = try SiteRuleRecord.fetchAll(db)
            let broken = try Self.feedsBroken(
                in: db, before: records.compactMap { try? $0.parsed.get() },
                after: records.filter { $0.id != record.id }.compactMap { try? $0.parsed.get() })
            guard broken.isEmpty else { return .stillNeeded(broken) }
            try record.delete(db)
            try AuditRepository.append(
                Self.event("site-rule.removed", subject: record.rule, detail: Self.detail(record),
                           by: author, terminal: terminal, at: now),
                in: db)
            return .removed(record.entry)
        }
        switch outcome {
        case .removed(let entry): return entry
        case .notFound: throw .ruleNotFound(canonical)
        case .stillNeeded(let feeds): throw .ruleStillNeeded(rule: canonical, feeds: feeds)
        }
    }

    /// All rules, ordered by text; rules that no longer parse are listed with their problem.
    public func listSiteRules() throws(AllowlistError) -> [SiteRuleEntry] {
        try read { db in
            try SiteRuleRecord.order(SiteRuleRecord.Columns.rule).fetchAll(db).map(\.entry)
        }
    }

    /// The policy of the stored rules; a stored rule that no longer parses is left out (denied).
    public func policy() throws(AllowlistError) -> URLPolicy {
        URLPolicy(rules: try read { db in try SiteRuleRecord.validRules(in: db) })
    }

    // MARK: - Feed sources

    /// Adds an enabled feed; its URL is stored in normal form and must pass `feedCheck`.
    /// Recorded as `feed.added` by `author`.
    @discardableResult
    public func addFeed(
        url: String, name: String, language: Language, by author: String, terminal: String = cliTerminal,
        now: Date = Date()
    ) throws(AllowlistError) -> FeedSourceEntry {
        let parsed = try Self.feedURL(url)
        let name = try Self.name(name)
        let author = try Self.author(author)
        var record = FeedSourceRecord(
            id: nil, url: parsed.string, name: name, language: language, enabled: true, createdAt: now,
            createdBy: author)
        enum Outcome { case added, duplicate, refused(AllowlistError) }
        let outcome = try write(duplicate: .duplicateFeed(parsed.string)) { db -> Outcome in
            if let problem = Self.feedCheck(parsed, policy: URLPolicy(rules: try SiteRuleRecord.validRules(in: db))) {
                return .refused(problem)
            }
            guard try FeedSourceRecord.find(url: parsed.string, in: db) == nil else { return .duplicate }
            try record.insert(db)
            try AuditRepository.append(
                Self.event("feed.added", subject: record.url, detail: Self.detail(record),
                           by: author, terminal: terminal, at: now),
                in: db)
            return .added
        }
        switch outcome {
        case .added: return record.entry
        case .duplicate: throw .duplicateFeed(parsed.string)
        case .refused(let error): throw error
        }
    }

    /// Removes a feed, its URL written in any form that normalises to the stored one.
    /// Recorded as `feed.removed` by `author`.
    @discardableResult
    public func removeFeed(
        url: String, by author: String, terminal: String = cliTerminal, now: Date = Date()
    ) throws(AllowlistError) -> FeedSourceEntry {
        let author = try Self.author(author)
        let key = (try? StrictURL.parse(url).get())?.string ?? url
        let removed = try write { db -> FeedSourceRecord? in
            guard let record = try FeedSourceRecord.find(url: key, in: db) else { return nil }
            try record.delete(db)
            try AuditRepository.append(
                Self.event("feed.removed", subject: record.url, detail: Self.detail(record),
                           by: author, terminal: terminal, at: now),
                in: db)
            return record
        }
        guard let removed else { throw .feedNotFound(key) }
        return removed.entry
    }

    /// Enables a feed (checked against the allowlist again) or disables it.
    ///
    /// Recorded as `feed.enabled` or `feed.disabled` by `author`, also when the feed already was
    /// (the detail then says so): every staff action is in the log.
    @discardableResult
    public func setFeedEnabled(
        url: String, _ enabled: Bool, by author: String, terminal: String = cliTerminal, now: Date = Date()
    ) throws(AllowlistError) -> FeedSourceEntry {
        let author = try Self.author(author)
        let key = (try? StrictURL.parse(url).get())?.string ?? url
        enum Outcome { case done(FeedSourceEntry), notFound, refused(AllowlistError) }
        let outcome = try write { db -> Outcome in
            guard var record = try FeedSourceRecord.find(url: key, in: db) else { return .notFound }
            if enabled {
                let policy = URLPolicy(rules: try SiteRuleRecord.validRules(in: db))
                let problem: AllowlistError? = switch StrictURL.parse(record.url) {
                case .success(let parsed): Self.feedCheck(parsed, policy: policy)
                case .failure(let refusal): .invalidFeedURL(refusal)
                }
                if let problem { return .refused(problem) }
            }
            let changed = try record.updateChanges(db) { $0.enabled = enabled }
            var detail = Self.detail(record)
            if !changed { detail += enabled ? ", already enabled" : ", already disabled" }
            try AuditRepository.append(
                Self.event(enabled ? "feed.enabled" : "feed.disabled", subject: record.url, detail: detail,
                           by: author, terminal: terminal, at: now),
                in: db)
            return .done(record.entry)
        }
        switch outcome {
        case .done(let entry): return entry
        case .notFound: throw .feedNotFound(key)
        case .refused(let error): throw error
        }
    }

    /// All feeds, ordered by URL.
    public func listFeeds() throws(AllowlistError) -> [FeedSourceEntry] {
        try read { db in
            try FeedSourceRecord.order(FeedSourceRecord.Columns.url).fetchAll(db).map(\.entry)
        }
    }

    // MARK: - Checking a URL

    /// Decides on `url` (as given) with the stored rules and records the decision as
    /// `url.checked` by `author`, in one transaction: the subject is the URL, the detail
    /// `allowed by RULE` or `denied: REASON`, followed by the method for a form.
    ///
    /// The decision is returned only once it is recorded.
    public func checkURL(
        _ url: String, method: URLMethod = .get, by author: String, terminal: String = cliTerminal,
        now: Date = Date()
    ) throws(AllowlistError) -> URLDecision {
        let author = try Self.author(author)
        return try write { db -> URLDecision in
            let decision = URLPolicy(rules: try SiteRuleRecord.validRules(in: db)).decide(url, method: method)
            let detail = switch method {
            case .get: decision.description
            case .getForm: decision.description + " (GET form)"
            case .post: decision.description + " (POST form)"
            }
            try AuditRepository.append(
                Self.event("url.checked", subject: url, detail: detail, by: author, terminal: terminal, at: now),
                in: db)
            return decision
        }
    }

    // MARK: - Rules for feeds

    /// Why `url` cannot be a feed under `policy`: refused for GET, or decided by a rule that is not press.
    public static func feedCheck(_ url: StrictURL, policy: URLPolicy) -> AllowlistError? {
        switch policy.decide(url, method: .get) {
        case .refused(let refusal):
            return .feedNotAllowed(url: url.string, refusal: refusal)
        case .allowed(_, let rule) where rule.category != .press:
            return .feedRuleNotPress(url: url.string, rule: rule.text, category: rule.category)
        case .allowed:
            return nil
        }
    }

    /// URLs of enabled feeds allowed under the rules `before` but not under the rules `after`.
    private static func feedsBroken(in db: Database, before: [SiteRule], after: [SiteRule]) throws -> [String] {
        let old = URLPolicy(rules: before), new = URLPolicy(rules: after)
        return try FeedSourceRecord.filter(FeedSourceRecord.Columns.enabled).order(FeedSourceRecord.Columns.url)
            .fetchAll(db)
            .filter { feed in
                guard case .success(let url) = StrictURL.parse(feed.url) else { return false }
                return feedCheck(url, policy: old) == nil && feedCheck(url, policy: new) != nil
            }
            .map(\.url)
    }

    // MARK: - Validation

    private static func feedURL(_ text: String) throws(AllowlistError) -> StrictURL {
        switch StrictURL.parse(text) {
        case .success(let url): return url
        case .failure(let refusal): throw .invalidFeedURL(refusal)
        }
    }

    private static func name(_ value: String) throws(AllowlistError) -> String {
        let cleaned = TextSanitizer.singleLine.clean(value).trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty else { throw .invalid("Feed name must not be empty") }
        guard cleaned.count <= maximumNameLength else {
            throw .invalid("Feed name must be at most \(maximumNameLength) characters")
        }
        return cleaned
    }

    private static func author(_ value: String) throws(AllowlistError) -> String {
        let cleaned = TextSanitizer.singleLine.clean(value).trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty, cleaned.count <= maximumAuthorLength else {
            throw .invalid("The author of a change must be 1 to \(maximumAuthorLength) characters")
        }
        return cleaned
    }

    // MARK: - Audit

    private static func event(
        _ action: String, subject: String, detail: String, by author: String, terminal: String, at now: Date
    ) -> AuditEvent {
        AuditEvent(at: now, actor: author, terminal: terminal, action: action, subject: subject, detail: detail)
    }

    /// `category jobs, GET forms, POST`: what a rule grants.
    private static func detail(_ record: SiteRuleRecord) -> String {
        var parts = ["category \(record.category.rawValue)"]
        if record.allowsGetForms { parts.append("GET forms") }
        if record.allowsPost { parts.append("POST") }
        return parts.joined(separator: ", ")
    }

    /// `name Le Soir, language fr`.
    private static func detail(_ record: FeedSourceRecord) -> String {
        "name \(record.name), language \(record.language.rawValue)"
    }

    // MARK: - Access

    private func read<T>(_ body: (Database) throws -> T) throws(AllowlistError) -> T {
        do { return try database.read(body) } catch { throw .storage(error) }
    }

    /// Writes in one transaction; a UNIQUE violation (a concurrent insert) throws `duplicate`.
    private func write<T>(duplicate: AllowlistError? = nil, _ body: (Database) throws -> T) throws(AllowlistError) -> T {
        do {
            return try database.write(body)
        } catch {
            if error.isUniqueConstraint, let duplicate { throw duplicate }
            throw .storage(error)
        }
    }
}
