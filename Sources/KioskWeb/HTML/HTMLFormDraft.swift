import KioskCore

/// A form while its page is read: fields in order, and what may label them.
///
/// A field's label is, in order: the `<label>` around it, a `<label for>` naming its id, its
/// `aria-label`, the short text just before it on its line, its `placeholder`, its `title`,
/// its name.
struct HTMLFormDraft {
    struct Field {
        var field: Document.FormField
        var id: String?
        var wrappingLabel: String?
        var ariaLabel: String?
        var nearbyText: String?
        var placeholder: String?
        var title: String?
    }

    /// A `select` field while its options are read.
    struct Select {
        var element: HTMLElement
        var options: [Document.FormField.Option] = []
        var selected: String?
    }

    var method: Document.Form.Method
    var action: String
    var fields: [Field] = []
    /// `<label for=id>` texts by id.
    var labels: [String: String] = [:]

    init(method: Document.Form.Method, action: String) {
        self.method = method
        self.action = action
    }

    /// Builds the field of an `input`, or nil for inputs a kiosk does not show
    /// (`button`, `reset`, `file`); unknown types are text, as in browsers.
    static func inputField(_ element: HTMLElement, clean: (String?) -> String) -> Field? {
        let type = clean(element["type"]).lowercased()
        let name = clean(element["name"])
        let value = clean(element["value"])
        var field: Document.FormField
        switch type {
        case "hidden":
            field = Document.FormField(kind: .hidden, name: name, value: value)
        case "password":
            field = Document.FormField(kind: .password, name: name, value: value)
        case "checkbox", "radio":
            field = Document.FormField(kind: type == "checkbox" ? .checkbox : .radio, name: name,
                                       value: element["value"] == nil ? "on" : value, isChecked: element["checked"] != nil)
        case "submit", "image":
            field = Document.FormField(kind: .submit, name: name, value: value,
                                       label: type == "image" ? clean(element["alt"]) : value)
        case "button", "reset", "file":
            return nil
        default:
            field = Document.FormField(kind: .text, name: name, value: value)
        }
        return Field(field: field, element: element, clean: clean)
    }

    /// The finished form, every field labelled.
    var form: Document.Form {
        Document.Form(method: method, action: action, fields: fields.map { draft in
            var field = draft.field
            if field.label.isEmpty {
                let candidates = [draft.wrappingLabel, draft.id.flatMap { labels[$0] }, draft.ariaLabel,
                                  draft.nearbyText, draft.placeholder, draft.title]
                field.label = candidates.compactMap { $0 }.first { !$0.isEmpty }
                    ?? (field.kind == .submit ? "" : field.name)
            }
            return field
        })
    }

    var hasVisibleFields: Bool { fields.contains { $0.field.isVisible } }
}

extension HTMLFormDraft.Field {
    init(field: Document.FormField, element: HTMLElement, clean: (String?) -> String) {
        self.field = field
        self.id = element["id"].map { clean($0) }
        self.ariaLabel = clean(element["aria-label"])
        self.placeholder = clean(element["placeholder"])
        self.title = clean(element["title"])
    }
}
