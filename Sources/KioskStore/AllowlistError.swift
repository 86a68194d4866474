import KioskCore

/// Why a change to the allowlists did not happen, worded for the member of staff typing it.
public enum AllowlistError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The rule does not parse; the parser's message says why.
    case invalidRule(SiteRuleError)
    /// The same rule (in canonical text) is already stored.
    case duplicateRule(String)
    case ruleNotFound(String)
    /// Removing the rule would leave enabled feeds without a press rule allowing them.
    case ruleStillNeeded(rule: String, feeds: [String])
    /// The new rule would decide for enabled feeds without being a press rule.
    case ruleTakesOverFeeds(rule: String, feeds: [String])
    /// The feed URL is not a strict https/http URL.
    case invalidFeedURL(URLRefusal)
    /// The allowlist refuses the feed URL.
    case feedNotAllowed(url: String, refusal: URLRefusal)
    /// The rule deciding for the feed URL is not of category press.
    case feedRuleNotPress(url: String, rule: String, category: SiteCategory)
    case duplicateFeed(String)
    case feedNotFound(String)
    /// A name, language or author breaks a rule; the message says which.
    case invalid(String)
    /// The database refused; `StoreError.detail` has SQLite's words.
    case storage(StoreError)

    public var description: String {
        switch self {
        case .invalidRule(let error):
            error.description
        case .duplicateRule(let rule):
            "The site rule \(rule) already exists"
        case .ruleNotFound(let rule):
            "No site rule \(rule)"
        case .ruleStillNeeded(let rule, let feeds):
            "The site rule \(rule) still allows these enabled feeds: \(feeds.joined(separator: ", ")); remove or disable them first"
        case .ruleTakesOverFeeds(let rule, let feeds):
            "The site rule \(rule) would decide for these enabled feeds without being a press rule: \(feeds.joined(separator: ", ")); disable them first or add the rule as press"
        case .invalidFeedURL(let refusal):
            "Feed URL refused: \(refusal)"
        case .feedNotAllowed(let url, let refusal):
            "Feed \(url) is refused by the allowlist (\(refusal)); add a press site rule for it first"
        case .feedRuleNotPress(let url, let rule, let category):
            "Feed \(url) is allowed by the site rule \(rule) of category \(category.rawValue); feeds need a rule of category press"
        case .duplicateFeed(let url):
            "The feed \(url) already exists"
        case .feedNotFound(let url):
            "No feed \(url)"
        case .invalid(let message):
            message
        case .storage(let error):
            error.description
        }
    }
}
