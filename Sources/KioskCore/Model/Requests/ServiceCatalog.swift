/// The prison services a detainee can write to, and the departments that answer them.
///
/// Read from `content/services.toml` and imported into the store; the screens and the store
/// both decide with the same catalogue.
public struct ServiceCatalog: Equatable, Codable, Sendable {
    public var departments: [ServiceDepartment]
    /// In the order the detainee sees them.
    public var services: [ServiceDefinition]

    public init(departments: [ServiceDepartment] = [], services: [ServiceDefinition] = []) {
        self.departments = departments
        self.services = services
    }

    public static let empty = ServiceCatalog()

    public func service(_ id: String) -> ServiceDefinition? {
        services.first { $0.id == id }
    }

    public func department(_ id: String) -> ServiceDepartment? {
        departments.first { $0.id == id }
    }

    /// The department's name in `language`; its id when the catalogue no longer has it.
    public func departmentName(_ id: String, in language: Language) -> String {
        department(id)?.name.text(in: language) ?? id
    }

    /// The service's title in `language`; its id when the catalogue no longer has it.
    public func serviceTitle(_ id: String, in language: Language) -> String {
        service(id)?.title.text(in: language) ?? id
    }
}

/// A department of the prison that answers requests: it has a queue, and staff who are its
/// members see that queue only.
public struct ServiceDepartment: Equatable, Codable, Sendable {
    /// Lower-case letters, digits and `-`.
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
