/// Why a rule was not accepted, worded for the member of staff who typed it.
///
/// Reads `rule 'https://*.example.org': wildcards are not allowed; write example.org to cover
/// its subdomains`. Control and invisible characters of the rule are shown escaped (`\u{1B}`).
public struct SiteRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong with a rule.
    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        case empty
        case tooLong(limit: Int)
        /// A `*` anywhere; `suggestion` is the rule to write instead, when one is obvious.
        case wildcard(suggestion: String?)
        case unsupportedScheme(String)
        case query
        case fragment
        /// A single label such as `org` or `localhost`, which would open a whole top-level domain.
        case singleLabelHost(String)
        /// A defect shared with URLs: userinfo, IP literal, bad port, dot segment…
        case defect(URLDefect)

        public var description: String {
            switch self {
            case .empty:
                "a rule must name a host, e.g. example.org or https://example.org/jobs"
            case .tooLong(let limit):
                "a rule may be at most \(limit) characters"
            case .wildcard(let suggestion?):
                "wildcards are not allowed; write \(suggestion) to cover its subdomains"
            case .wildcard(nil):
                "wildcards are not allowed; a host covers its subdomains and a path its sub-paths"
            case .unsupportedScheme(let scheme):
                "the scheme '\(scheme)' is not allowed; write https:// (or nothing) or http://"
            case .query:
                "a query (?…) is not allowed in a rule; paths are matched as prefixes"
            case .fragment:
                "a fragment (#…) is not allowed in a rule"
            case .singleLabelHost(let host):
                "'\(host)' is a single label; a rule must name a site such as example.org"
            case .defect(let defect):
                defect.description
            }
        }
    }

    /// The rule as typed.
    public var rule: String
    public var problem: Problem

    public init(rule: String, problem: Problem) {
        self.rule = rule
        self.problem = problem
    }

    public var description: String {
        "rule '\(Self.printable(rule))': \(problem)"
    }

    /// The rule with control, whitespace other than space, and invisible characters escaped.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(200) {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned,
                 .spaceSeparator where scalar != " ":
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 200 ? result + "…" : result
    }
}
