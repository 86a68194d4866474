/// What a form sends when one of its submit buttons is pressed, as a browser builds it.
///
/// Fields in page order, each with a name: text, password, textarea, select and hidden fields
/// with their value; checkboxes and radio buttons only when checked; of the submit buttons,
/// only the one pressed.
enum FormSubmission {
    /// The request for `form` submitted with the button at `pressed` (an index in its fields;
    /// nil when no button was pressed); nil when the form has nowhere to go.
    static func request(_ form: Document.Form, pressed: Int?) -> PageRequest? {
        guard !form.action.isEmpty else { return nil }
        return PageRequest(url: form.action, method: form.method, form: pairs(form, pressed: pressed))
    }

    static func pairs(_ form: Document.Form, pressed: Int?) -> [FormPair] {
        var pairs: [FormPair] = []
        for (index, field) in form.fields.enumerated() where !field.name.isEmpty {
            switch field.kind {
            case .text, .password, .textarea, .select, .hidden:
                pairs.append(FormPair(field.name, field.value))
            case .checkbox, .radio:
                if field.isChecked { pairs.append(FormPair(field.name, field.value)) }
            case .submit:
                if index == pressed { pairs.append(FormPair(field.name, field.value)) }
            }
        }
        return pairs
    }
}
