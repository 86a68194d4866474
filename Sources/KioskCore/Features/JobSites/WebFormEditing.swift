/// The form fields of a page, changed in place: what is typed stays in the page's document
/// (so back and forward keep it, as in a browser) until a submit button sends the form.
///
/// Enter on a text field types into it (Enter again, or Tab, keeps the text; Esc puts back
/// what was there); Space ticks a checkbox or chooses a radio button; ←→ change a list's
/// choice or move to the radio button beside; Enter on a submit button sends the form.
enum WebFormEditing {
    /// Longest text typed in a one-line field, and in a text area, in characters.
    static let lineLimit = 500
    static let areaLimit = 5_000

    /// The key on the focused field, when it acts on a field; nil to leave it to the page.
    static func fieldKey(_ page: inout WebPageState, _ state: inout AppState, key: Key) -> [Effect]? {
        guard case .field(let address) = page.focus, let field = page.page?.document.field(at: address) else { return nil }
        switch (field.kind, key) {
        case (.text, .enter), (.password, .enter), (.textarea, .enter):
            let editor = TextEditorState(text: field.value, limit: field.kind == .textarea ? areaLimit : lineLimit,
                                         allowsNewlines: field.kind == .textarea)
            page.mode = .editing(address, editor, original: field.value)
        case (.checkbox, .enter), (.checkbox, .character(" ")):
            update(&page, address) { $0.isChecked.toggle() }
        case (.radio, .enter), (.radio, .character(" ")):
            check(&page, address)
        case (.radio, .left), (.radio, .right):
            let group = radioGroup(of: address, in: page)
            guard let index = group.firstIndex(of: address), group.count > 1 else { break }
            let next = group[(index + (key == .right ? 1 : group.count - 1)) % group.count]
            check(&page, next)
            page.focus = .field(next)
        case (.select, .enter), (.select, .left), (.select, .right):
            guard !field.options.isEmpty else { break }
            let values = field.options.map(\.value)
            let index = values.firstIndex(of: field.value) ?? 0
            let next = key == .left ? (index + values.count - 1) % values.count : (index + 1) % values.count
            update(&page, address) { $0.value = values[next] }
        case (.submit, .enter):
            return submit(address, &page, &state)
        default:
            return nil
        }
        state.route = .webPage(page)
        return []
    }

    /// A key while a text field is typed into.
    static func edit(_ address: Document.FieldAddress, _ editor: TextEditorState, original: String, _ page: inout WebPageState,
                     key: Key) {
        var editor = editor
        switch key {
        case .escape:
            update(&page, address) { $0.value = original }
            page.mode = .reading
        case .tab, .backTab:
            page.mode = .reading
        case .enter where !editor.allowsNewlines:
            page.mode = .reading
        default:
            _ = editor.apply(key)
            let text = editor.text
            update(&page, address) { $0.value = text }
            page.mode = .editing(address, editor, original: original)
        }
    }

    /// Sends the form the button belongs to, with that button pressed.
    private static func submit(_ address: Document.FieldAddress, _ page: inout WebPageState, _ state: inout AppState) -> [Effect] {
        guard let form = page.page?.document.forms[safe: address.form],
              let request = FormSubmission.request(form, pressed: address.field) else {
            page.notice = .formCannotBeSent
            state.route = .webPage(page)
            return []
        }
        return WebPageFeature.navigate(request, &page, &state)
    }

    /// Checks a radio button and unchecks the others of its group (same form, same name).
    private static func check(_ page: inout WebPageState, _ address: Document.FieldAddress) {
        let group = radioGroup(of: address, in: page)
        guard case .page(var shown) = page.current.load else { return }
        shown.document.updateForm(address.form) { form in
            for index in form.fields.indices where group.contains(Document.FieldAddress(form: address.form, field: index)) {
                form.fields[index].isChecked = index == address.field
            }
        }
        page.current.load = .page(shown)
    }

    /// The radio buttons of the same name in the same form, in page order.
    private static func radioGroup(of address: Document.FieldAddress, in page: WebPageState) -> [Document.FieldAddress] {
        guard let form = page.page?.document.forms[safe: address.form], let field = form.fields[safe: address.field] else { return [] }
        return form.fields.indices.filter { form.fields[$0].kind == .radio && form.fields[$0].name == field.name }
            .map { Document.FieldAddress(form: address.form, field: $0) }
    }

    /// Changes one field of the page on screen.
    private static func update(_ page: inout WebPageState, _ address: Document.FieldAddress, _ change: (inout Document.FormField) -> Void) {
        guard case .page(var shown) = page.current.load else { return }
        shown.document.updateForm(address.form) { form in
            guard form.fields.indices.contains(address.field) else { return }
            change(&form.fields[address.field])
        }
        page.current.load = .page(shown)
    }
}
