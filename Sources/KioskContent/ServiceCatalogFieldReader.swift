import KioskCore

/// Reads one `[[service.field]]` table: a question of a service's form, with its options
/// (`[[service.field.option]]`) or the relations of its people (`[[service.field.relation]]`).
///
/// ```toml
/// [[service.field]]
/// id = "topics"
/// kind = "choices"           # text, choice, choices, date or people
/// required = false           # true when left out
/// label.fr = "Sujets"        # …and label.nl, label.de, label.en; help.* is optional
///
/// [[service.field.option]]
/// id = "housing"
/// label.fr = "Logement"      # …and label.nl, label.de, label.en
/// ```
struct ServiceCatalogFieldReader {
    static let keys = ["id", "kind", "required", "max-length", "label", "help", "option", "relation"]
    static let optionKeys = ["id", "label"]

    var limits: ServiceCatalogLimits
    var headers: ServiceCatalogHeaders
    var problems: ServiceCatalogProblems

    var fieldArray: ServiceCatalogArray {
        ServiceCatalogArray(key: "field", header: "service.field", what: "field", scope: " in one service",
                            keys: Self.keys, limit: limits.maxFields)
    }

    private var optionArray: ServiceCatalogArray {
        ServiceCatalogArray(key: "option", header: "service.field.option", what: "option", scope: " in one field",
                            keys: Self.optionKeys, limit: limits.maxOptions)
    }

    private var relationArray: ServiceCatalogArray {
        ServiceCatalogArray(key: "relation", header: "service.field.relation", what: "relation", scope: " in one field",
                            keys: Self.optionKeys, limit: limits.maxOptions)
    }

    /// The field, or nil when it has a problem (kept in `problems`).
    func read(_ field: ServiceCatalogTable) -> ServiceField? {
        let before = problems.errors.count
        let kind = problems.check(at: field.line) { () throws(FileError) in try readKind(field) }
        let label = problems.check(at: field.line) { () throws(FileError) in
            try ServiceCatalogText.line(limits).localized("label", in: field.fields)
        }
        var help: LocalizedText?
        if field.has("help") {
            help = problems.check(at: field.line) { () throws(FileError) in
                try ServiceCatalogText.paragraphs(limits).localized("help", in: field.fields)
            }
        }
        let isRequired = field.has("required")
            ? problems.check(at: field.line) { () throws(FileError) in try field.fields.bool("required") } : true
        var maxLength: Int?
        var options: [ServiceOption] = []
        var relations: [ServiceOption] = []
        if let kind {
            maxLength = problems.check(at: field.line) { () throws(FileError) in try readMaxLength(field, kind: kind) } ?? nil
            options = readOptions(field, kind: kind)
            relations = readRelations(field, kind: kind)
        }
        guard problems.errors.count == before, let id = field.id, let kind, let label, let isRequired else { return nil }
        return ServiceField(id: id, kind: kind, label: label, help: help, isRequired: isRequired, maxLength: maxLength,
                            options: options, relations: relations)
    }

    private func readKind(_ field: ServiceCatalogTable) throws(FileError) -> ServiceField.Kind {
        let written = try field.fields.string("kind")
        guard let kind = ServiceField.Kind(rawValue: written) else {
            let known = ServiceField.Kind.allCases.map { "`\($0.rawValue)`" }
            throw field.fields.error("kind", "unknown kind `\(ServiceCatalogText.shown(written))`; write one of "
                                     + known.joined(separator: ", "))
        }
        return kind
    }

    /// `max-length`, for a text (characters) or people (people) field only.
    private func readMaxLength(_ field: ServiceCatalogTable, kind: ServiceField.Kind) throws(FileError) -> Int? {
        guard field.has("max-length") else { return nil }
        let most: Int
        let unit: String
        switch kind {
        case .text:
            (most, unit) = (ServiceField.maxTextLimit, "characters of a text field")
        case .people:
            (most, unit) = (ServiceField.maxPeopleLimit, "people of a people field")
        case .choice, .choices, .date:
            throw field.fields.error("max-length", "`max-length` is for `text` and `people` fields; this field is `\(kind.rawValue)`")
        }
        let length = try field.fields.int("max-length")
        guard (1...most).contains(length) else {
            throw field.fields.error("max-length", "`max-length` counts the \(unit): between 1 and \(most), not \(length)")
        }
        return length
    }

    /// The options of a `choice` or `choices` field: two at least.
    private func readOptions(_ field: ServiceCatalogTable, kind: ServiceField.Kind) -> [ServiceOption] {
        guard kind == .choice || kind == .choices else {
            if field.has("option") {
                problems.add(field.fields.error("option", "options are for `choice` and `choices` fields; this field is `\(kind.rawValue)`"))
            }
            return []
        }
        guard field.has("option") else {
            problems.add(field.fields.errorAtTable(
                "a `\(kind.rawValue)` field needs at least 2 options; add a [[service.field.option]] table for each"))
            return []
        }
        let items = field.items(optionArray, headers: headers, problems: problems)
        if let written = field.table["option"]?.array?.count, written < 2, field.isArrayOfTables("option") {
            problems.add(field.fields.error("option", "a `\(kind.rawValue)` field needs at least 2 options, not \(written)"))
        }
        return items.compactMap(readOption)
    }

    /// The relations a person of a `people` field can have: one at least.
    private func readRelations(_ field: ServiceCatalogTable, kind: ServiceField.Kind) -> [ServiceOption] {
        guard kind == .people else {
            if field.has("relation") {
                problems.add(field.fields.error("relation", "relations are for `people` fields; this field is `\(kind.rawValue)`"))
            }
            return []
        }
        guard field.has("relation") else {
            problems.add(field.fields.errorAtTable(
                "a `people` field needs at least 1 relation; add a [[service.field.relation]] table for each"))
            return []
        }
        let items = field.items(relationArray, headers: headers, problems: problems)
        if items.isEmpty, field.isArrayOfTables("relation") {
            problems.add(field.fields.error("relation", "a `people` field needs at least 1 relation"))
        }
        return items.compactMap(readOption)
    }

    /// One option or relation: an id and a label.
    private func readOption(_ option: ServiceCatalogTable) -> ServiceOption? {
        let label = problems.check(at: option.line) { () throws(FileError) in
            try ServiceCatalogText.line(limits).localized("label", in: option.fields)
        }
        guard let id = option.id, let label else { return nil }
        return ServiceOption(id: id, label: label)
    }
}
