/// A page the detainee asks for: a link followed, an address typed, or a form submitted.
public struct PageRequest: Equatable, Sendable {
    /// The address as the page or the detainee gave it (absolute); the browser parses it once.
    public var url: String
    /// How the policy is asked, and how the fields are sent: `.get` adds them to the query,
    /// `.post` sends them as `application/x-www-form-urlencoded`.
    public var method: Document.Form.Method
    /// The fields of a submitted form, in page order; nil when no form is submitted.
    public var form: [FormPair]?

    public init(url: String, method: Document.Form.Method = .get, form: [FormPair]? = nil) {
        self.url = url
        self.method = method
        self.form = form
    }

    /// How the URL policy must be asked before this request is sent.
    public var urlMethod: URLMethod {
        switch (method, form) {
        case (.post, _): .post
        case (.get, .some): .getForm
        case (.get, nil): .get
        }
    }
}

/// One name and value a form submits.
public struct FormPair: Equatable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
