extension Document {
    /// A form of a web page: where it goes, how, and its fields in page order.
    public struct Form: Equatable, Codable, Sendable {
        public enum Method: String, Codable, Sendable {
            case get, post
        }

        public var method: Method
        /// The resolved target URL as text; empty when the page gave none that can be followed.
        public var action: String
        public var fields: [FormField]

        public init(method: Method = .get, action: String, fields: [FormField] = []) {
            self.method = method
            self.action = action
            self.fields = fields
        }

        /// How the URL policy must be asked before this form is submitted.
        public var urlMethod: URLMethod {
            switch method {
            case .get: .getForm
            case .post: .post
            }
        }
    }

    /// One field of a form, with the name and value it submits and the label a person reads.
    public struct FormField: Equatable, Codable, Sendable {
        public enum Kind: String, Codable, Sendable {
            case text, password, checkbox, radio, hidden, select, textarea, submit
        }

        /// One choice of a `select` field.
        public struct Option: Equatable, Codable, Sendable {
            public var value: String
            public var label: String

            public init(value: String, label: String) {
                self.value = value
                self.label = label
            }
        }

        public var kind: Kind
        public var name: String
        /// What is submitted: the text typed, the value of a checked box or of the chosen option.
        public var value: String
        public var label: String
        /// Whether a checkbox or radio button is checked.
        public var isChecked: Bool
        /// The choices of a `select` field.
        public var options: [Option]

        public init(kind: Kind, name: String, value: String = "", label: String = "",
                    isChecked: Bool = false, options: [Option] = []) {
            self.kind = kind
            self.name = name
            self.value = value
            self.label = label
            self.isChecked = isChecked
            self.options = options
        }

        /// Whether the field is drawn (hidden fields are only submitted).
        public var isVisible: Bool { kind != .hidden }
    }
}
