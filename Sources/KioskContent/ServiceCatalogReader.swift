import Foundation
import KioskCore

/// Reads the service catalogue (`content/services.toml`): the departments that answer
/// requests, and the services detainees write to, each with its form, in French, Dutch,
/// German and English.
///
/// The whole file is checked before anything is returned: a catalogue comes back only when
/// no problem was found, so an import replaces the catalogue whole or not at all. Each
/// problem is a `FileError` naming the file, the line (and the column of a syntax error) and
/// what is wrong in plain words. `read` throws the first problem of the file; `problems`
/// lists them all, for a check that shows every mistake at once. `docs/service-catalogue.md`
/// describes the format for the people who write it.
public struct ServiceCatalogReader: Sendable {
    /// The keys at the top of the file.
    public static let keys = ["department", "service"]
    static let departmentKeys = ["id", "name"]
    static let headers = ["department", "service", "service.field", "service.field.option", "service.field.relation"]

    public var limits: ServiceCatalogLimits

    public init(limits: ServiceCatalogLimits = ServiceCatalogLimits()) {
        self.limits = limits
    }

    /// Reads the catalogue file at `url` with the default limits.
    public static func read(fileAt url: URL) throws(FileError) -> ServiceCatalog {
        try ServiceCatalogReader().read(fileAt: url)
    }

    /// Reads a catalogue from its text with the default limits; `path` names it in messages.
    public static func read(text: String, path: String) throws(FileError) -> ServiceCatalog {
        try ServiceCatalogReader().read(text: text, path: path)
    }

    /// Every problem of the catalogue file at `url`, with the default limits; empty when it
    /// is valid.
    public static func problems(inFileAt url: URL) -> [FileError] {
        ServiceCatalogReader().problems(inFileAt: url)
    }

    /// Every problem of a catalogue's text, with the default limits; empty when it is valid.
    public static func problems(inText text: String, path: String) -> [FileError] {
        ServiceCatalogReader().problems(inText: text, path: path)
    }

    /// Reads the catalogue file at `url`; messages name it as `url.relativePath`.
    ///
    /// A symbolic link given here is followed (the file is named by whoever runs the
    /// command); a folder, a device or a pipe is refused.
    public func read(fileAt url: URL) throws(FileError) -> ServiceCatalog {
        try Self.catalog(check(fileAt: url))
    }

    /// Reads a catalogue from its text; `path` names it in messages.
    public func read(text: String, path: String) throws(FileError) -> ServiceCatalog {
        try Self.catalog(check(text: text, path: path))
    }

    /// Every problem of the catalogue file at `url`, in the order of the file; empty when it
    /// is valid. At most `limits.maxProblems`, then one line saying how many more there are.
    public func problems(inFileAt url: URL) -> [FileError] {
        check(fileAt: url).problems
    }

    /// Every problem of a catalogue's text, as `problems(inFileAt:)`.
    public func problems(inText text: String, path: String) -> [FileError] {
        check(text: text, path: path).problems
    }

    // MARK: - Checking

    /// The catalogue, or nil with every problem found, the first of the file first.
    private typealias Checked = (catalog: ServiceCatalog?, problems: [FileError])

    private func check(fileAt url: URL) -> Checked {
        let path = url.relativePath
        let text: String
        do {
            let bytes = try ContentFile.read(url.resolvingSymlinksInPath().path, maxBytes: limits.maxFileBytes,
                                             what: "service catalogue")
            text = try ContentFile.text(bytes, path: path)
        } catch {
            var shown = error
            shown.path = path
            return (nil, [shown])
        }
        return check(text: text, path: path)
    }

    private func check(text: String, path: String) -> Checked {
        guard text.utf8.count <= limits.maxFileBytes else {
            return (nil, [FileError(path: path, message:
                "the service catalogue is larger than \(ContentFile.sizeText(limits.maxFileBytes))")])
        }
        let source: ContentTOMLSource
        do {
            source = try ContentTOMLSource(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            return (nil, [error])
        }
        let problems = ServiceCatalogProblems(path: path)
        let catalog = read(source, problems: problems)
        return (catalog, problems.listed(limit: limits.maxProblems))
    }

    /// The catalogue in `source`, or nil when a problem was found (kept in `problems`).
    private func read(_ source: ContentTOMLSource, problems: ServiceCatalogProblems) -> ServiceCatalog? {
        let top = ServiceCatalogTable.top(source)
        let headers = ServiceCatalogHeaders(source: source, headers: Self.headers)
        _ = problems.check(at: nil) { () throws(FileError) in try top.fields.refuseUnknownKeys(Self.keys) }
        let departments = readDepartments(top, headers: headers, problems: problems)
        let services = ServiceCatalogServiceReader(limits: limits, headers: headers, problems: problems)
        var definitions: [ServiceDefinition] = []
        if top.has("service") {
            let tables = top.items(services.serviceArray, headers: headers, problems: problems)
            if tables.isEmpty, top.isArrayOfTables("service") {
                problems.add(top.fields.error("service", "the catalogue has no services"))
            }
            let ids = departments.compactMap(\.id)
            for table in tables {
                if let service = services.read(table, departments: ids) { definitions.append(service) }
            }
        } else {
            problems.add(FileError(path: source.path, message: "the catalogue has no services; add a [[service]] table for each"))
        }
        guard problems.isEmpty else { return nil }
        return ServiceCatalog(departments: departments.compactMap(readDepartment), services: definitions)
    }

    /// The departments' tables, with their ids checked; their names are read by `readDepartment`.
    private func readDepartments(_ top: ServiceCatalogTable, headers: ServiceCatalogHeaders,
                                 problems: ServiceCatalogProblems) -> [DepartmentTable] {
        guard top.has("department") else {
            problems.add(FileError(path: top.fields.source.path,
                                   message: "the catalogue has no departments; add a [[department]] table for each"))
            return []
        }
        let array = ServiceCatalogArray(key: "department", header: "department", what: "department", scope: "",
                                        keys: Self.departmentKeys, limit: limits.maxDepartments)
        let tables = top.items(array, headers: headers, problems: problems)
        if tables.isEmpty, top.isArrayOfTables("department") {
            problems.add(top.fields.error("department", "the catalogue has no departments"))
        }
        return tables.map { table in
            let name = problems.check(at: table.line) { () throws(FileError) in
                try ServiceCatalogText.line(limits).localized("name", in: table.fields)
            }
            return DepartmentTable(id: table.id, name: name)
        }
    }

    private func readDepartment(_ table: DepartmentTable) -> ServiceDepartment? {
        guard let id = table.id, let name = table.name else { return nil }
        return ServiceDepartment(id: id, name: name)
    }

    /// A department as read: its id (nil when wrong) and its name (nil when wrong).
    private struct DepartmentTable {
        var id: String?
        var name: LocalizedText?
    }

    /// The catalogue checked, or its first problem thrown.
    private static func catalog(_ checked: Checked) throws(FileError) -> ServiceCatalog {
        if let first = checked.problems.first { throw first }
        guard let catalog = checked.catalog else { throw FileError(path: "", message: "the catalogue cannot be read") }
        return catalog
    }
}
