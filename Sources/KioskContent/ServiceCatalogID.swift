/// The rule for the ids of a service catalogue: departments, services, fields, options and
/// relations.
///
/// Lower-case ASCII letters, digits and `-`, starting with a letter or digit, 1 to 40
/// characters: stored with each request and named by staff accounts, so they stay the same
/// in every language and must never be changed once requests use them.
enum ServiceCatalogID {
    static let maxLength = 40

    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-", id.unicodeScalars.count <= maxLength else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// What a person is told when an id breaks the rule.
    static let rule = "lower-case letters a-z, digits and -, starting with a letter or digit, at most 40 characters"
}
