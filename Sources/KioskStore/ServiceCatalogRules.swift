import KioskCore

/// What a service catalogue must keep before the store takes it: the rules the requests'
/// checks rely on.
enum ServiceCatalogRules {
    /// Longest id of a department, a service, a field or an option.
    static let maximumIDLength = 64

    /// What is wrong with `catalog`, worded for the member of staff importing it; nil when
    /// nothing is.
    ///
    /// Ids are 1 to 64 lower-case letters, digits or `-`, unique among departments, among
    /// services, among a service's fields and among a field's options or relations; every
    /// service names a department of the catalogue; an open limit is 1 or more; a text field
    /// takes 1 to 4000 characters, a people field 1 to 20 people and has relations, a choice
    /// field has options.
    static func problem(in catalog: ServiceCatalog) -> String? {
        if catalog.departments.isEmpty { return "The catalogue has no department" }
        if catalog.services.isEmpty { return "The catalogue has no service" }
        if let problem = idProblem(catalog.departments.map(\.id), one: "department", all: "departments") { return problem }
        if let problem = idProblem(catalog.services.map(\.id), one: "service", all: "services") { return problem }
        for service in catalog.services {
            if let problem = problem(in: service, catalog: catalog) { return problem }
        }
        return nil
    }

    private static func problem(in service: ServiceDefinition, catalog: ServiceCatalog) -> String? {
        guard catalog.department(service.department) != nil else {
            return "Service \(service.id) names department \(service.department), which the catalogue does not have"
        }
        if let limit = service.openLimit, limit < 1 {
            return "The open limit of service \(service.id) must be 1 or more (or none)"
        }
        if let problem = idProblem(
            service.fields.map(\.id), one: "field of service \(service.id)", all: "fields of service \(service.id)") {
            return problem
        }
        for field in service.fields {
            let name = "field \(field.id) of service \(service.id)"
            switch field.kind {
            case .text:
                guard (1...ServiceField.maxTextLimit).contains(field.maxLength) else {
                    return "The \(name) must take 1 to \(ServiceField.maxTextLimit) characters"
                }
            case .people:
                guard (1...ServiceField.maxPeopleLimit).contains(field.maxLength) else {
                    return "The \(name) must take 1 to \(ServiceField.maxPeopleLimit) people"
                }
                if field.relations.isEmpty { return "The \(name) has no relations" }
                if let problem = idProblem(
                    field.relations.map(\.id), one: "relation of the \(name)", all: "relations of the \(name)") {
                    return problem
                }
            case .choice, .choices:
                if field.options.isEmpty { return "The \(name) has no options" }
                if let problem = idProblem(
                    field.options.map(\.id), one: "option of the \(name)", all: "options of the \(name)") {
                    return problem
                }
            case .date:
                break
            }
        }
        return nil
    }

    /// The first id of `ids` that is malformed or repeated, as a sentence naming `one` of them
    /// or `all` of them.
    private static func idProblem(_ ids: [String], one: String, all: String) -> String? {
        var seen: Set<String> = []
        for id in ids {
            guard isValidID(id) else {
                return "The id of a \(one) must be 1 to \(maximumIDLength) lower-case letters, digits or -"
            }
            guard seen.insert(id).inserted else { return "The id \(id) is repeated among the \(all)" }
        }
        return nil
    }

    static func isValidID(_ id: String) -> Bool {
        (1...maximumIDLength).contains(id.unicodeScalars.count)
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
