import KioskCore

/// What a person filling in a form submits, as the kiosk's form screen will: text and select
/// values, checked boxes and radio buttons, hidden fields; submit buttons only when pressed.
enum FormFilling {
    /// The pairs of `form` with `values` typed over the fields of those names, the boxes named in
    /// `checking` (`name=value`) ticked, and `pressing` the submit button of that name.
    static func pairs(
        _ form: Document.Form, values: [String: String] = [:], checking: Set<String> = [], pressing: String? = nil
    ) -> [FormPair] {
        var pairs: [FormPair] = []
        for field in form.fields where !field.name.isEmpty {
            switch field.kind {
            case .text, .password, .textarea, .select, .hidden:
                pairs.append(FormPair(field.name, values[field.name] ?? field.value))
            case .checkbox:
                if field.isChecked || checking.contains("\(field.name)=\(field.value)") {
                    pairs.append(FormPair(field.name, field.value))
                }
            case .radio:
                let chosen = checking.first { $0.hasPrefix(field.name + "=") }
                if chosen.map({ $0 == "\(field.name)=\(field.value)" }) ?? field.isChecked {
                    pairs.append(FormPair(field.name, field.value))
                }
            case .submit:
                if field.name == pressing { pairs.append(FormPair(field.name, field.value)) }
            }
        }
        return pairs
    }

    /// The first form of a document.
    static func firstForm(_ document: Document) -> Document.Form? {
        for case .form(let form) in document.blocks { return form }
        return nil
    }
}
