import KioskCore

/// Reads one `[[service]]` table: what the service is, which department answers it, and its
/// form, one `[[service.field]]` table per question.
///
/// ```toml
/// [[service]]
/// id = "library"
/// department = "library"     # the id of a [[department]]
/// open-limit = 1             # optional: most open requests per detainee
/// title.fr = "Bibliothèque"  # …and title.nl, title.de, title.en
/// description.fr = """
/// Empruntez des livres…"""   # …and description.nl, description.de, description.en
/// ```
struct ServiceCatalogServiceReader {
    static let keys = ["id", "department", "open-limit", "title", "description", "field"]

    var limits: ServiceCatalogLimits
    var headers: ServiceCatalogHeaders
    var problems: ServiceCatalogProblems

    var serviceArray: ServiceCatalogArray {
        ServiceCatalogArray(key: "service", header: "service", what: "service", scope: "", keys: Self.keys,
                            limit: limits.maxServices)
    }

    /// The service, or nil when it has a problem (kept in `problems`); `departments` are the
    /// ids the file gives its departments.
    func read(_ service: ServiceCatalogTable, departments: [String]) -> ServiceDefinition? {
        let before = problems.errors.count
        let department = problems.check(at: service.line) { () throws(FileError) in
            try readDepartment(service, departments: departments)
        }
        let title = problems.check(at: service.line) { () throws(FileError) in
            try ServiceCatalogText.line(limits).localized("title", in: service.fields)
        }
        let description = problems.check(at: service.line) { () throws(FileError) in
            try ServiceCatalogText.paragraphs(limits).localized("description", in: service.fields)
        }
        var openLimit: Int?
        if service.has("open-limit") {
            openLimit = problems.check(at: service.line) { () throws(FileError) in try readOpenLimit(service) }
        }
        let fields = readFields(service)
        guard problems.errors.count == before, let id = service.id, let department, let title, let description else {
            return nil
        }
        return ServiceDefinition(id: id, department: department, title: title, description: description,
                                 openLimit: openLimit, fields: fields)
    }

    private func readDepartment(_ service: ServiceCatalogTable, departments: [String]) throws(FileError) -> String {
        let id = try service.fields.string("department")
        guard departments.contains(id) else {
            var listed: [String] = []
            for department in departments where !listed.contains(department) { listed.append(department) }
            let known = switch listed.count {
            case 0: ""
            case 1...20: "; the departments are " + listed.map { "`\($0)`" }.joined(separator: ", ")
            default: "; write the id of one of the [[department]] tables"
            }
            throw service.fields.error("department", "no department has the id `\(ServiceCatalogText.shown(id))`" + known)
        }
        return id
    }

    private func readOpenLimit(_ service: ServiceCatalogTable) throws(FileError) -> Int {
        let limit = try service.fields.int("open-limit")
        guard limit >= 1 else {
            throw service.fields.error("open-limit", "`open-limit` is the most open requests a detainee may have here: "
                                       + "1 or more, not \(limit); leave it out for no limit")
        }
        return limit
    }

    private func readFields(_ service: ServiceCatalogTable) -> [ServiceField] {
        let reader = ServiceCatalogFieldReader(limits: limits, headers: headers, problems: problems)
        guard service.has("field") else {
            problems.add(service.fields.errorAtTable("the service has no form; add a [[service.field]] table for each question"))
            return []
        }
        let items = service.items(reader.fieldArray, headers: headers, problems: problems)
        if items.isEmpty, service.isArrayOfTables("field") {
            problems.add(service.fields.error("field", "the service has no form; add a [[service.field]] table for each question"))
        }
        return items.compactMap(reader.read)
    }
}
