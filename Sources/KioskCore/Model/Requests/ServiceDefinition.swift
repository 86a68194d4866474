/// One service a detainee can send a request to: what it is, who answers, what its form asks.
public struct ServiceDefinition: Equatable, Codable, Sendable {
    /// Lower-case letters, digits and `-`; unique in the catalogue.
    public var id: String
    /// The department whose queue receives the requests.
    public var department: String
    public var title: LocalizedText
    /// What the service does and what to expect, shown before the form.
    public var description: LocalizedText
    /// How many requests to this service a detainee may have open at once; nil: no limit.
    public var openLimit: Int?
    /// The form's fields, in order.
    public var fields: [ServiceField]

    public init(id: String, department: String, title: LocalizedText, description: LocalizedText,
                openLimit: Int? = nil, fields: [ServiceField] = []) {
        self.id = id
        self.department = department
        self.title = title
        self.description = description
        self.openLimit = openLimit
        self.fields = fields
    }

    public func field(_ id: String) -> ServiceField? {
        fields.first { $0.id == id }
    }
}
