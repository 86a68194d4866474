import KioskCore

/// Forms and their fields, labels, options and buttons.
///
/// Fields outside any form are left out: without a form they cannot be submitted. A form that
/// gumbo left empty because it opened directly inside a table keeps collecting the fields that
/// follow until that table ends, as browsers associate them.
extension HTMLDocumentBuilder {
    var hasForm: Bool { form != nil || danglingForm != nil }
    var isInLabel: Bool {
        captures.contains { if case .label = $0.kind { true } else { false } }
    }

    /// Opens `form`, `select`, `option`, `textarea`, `button` or `label`; nil to skip it whole.
    mutating func openFormElement(_ element: HTMLElement) -> Effect? {
        switch element.kind {
        case .form:
            guard form == nil, !isInline else { return .plain }
            assembler.flush()
            let method: Document.Form.Method = element["method"]?.lowercased() == "post" ? .post : .get
            form = HTMLFormDraft(method: method, action: HTMLLinkTarget.action(element["action"], base: base))
            return .form
        case .select:
            guard hasForm, select == nil else { return nil }
            select = HTMLFormDraft.Select(element: element)
            return .select
        case .option:
            guard select != nil else { return nil }
            captures.append(HTMLCapture(.option(element)))
            return .capture
        case .textarea:
            guard hasForm else { return nil }
            captures.append(HTMLCapture(.textarea(element)))
            return .capture
        case .button:
            guard hasForm, (element["type"]?.lowercased() ?? "submit") == "submit" else { return nil }
            captures.append(HTMLCapture(.button(element)))
            return .capture
        default:
            guard hasForm, captures.isEmpty, !assembler.isInLink else { return .plain }
            captures.append(HTMLCapture(.label(for: element["for"].map { Self.clean($0) }, firstField: fieldCount)))
            return .capture
        }
    }

    mutating func input(_ element: HTMLElement) {
        guard hasForm, var field = HTMLFormDraft.inputField(element, clean: { Self.clean($0, maxLength: 1_000) }) else { return }
        if Self.isHidden(element) { field.field.kind = .hidden }
        add(field)
    }

    mutating func closeCapture() {
        guard let capture = captures.popLast() else { return }
        switch capture.kind {
        case .title:
            title = Self.clean(capture.text)
        case .label(let id, let firstField):
            let text = Self.clean(capture.text)
            guard !text.isEmpty else { return }
            if let id { updateForm { $0.labels[id] = $0.labels[id] ?? text } }
            updateForm { draft in
                for index in draft.fields.indices where index >= firstField && draft.fields[index].wrappingLabel == nil {
                    draft.fields[index].wrappingLabel = text
                }
            }
        case .option(let element):
            let label = Self.clean(capture.text)
            let value = element["value"].map { Self.clean($0, maxLength: 1_000) } ?? label
            select?.options.append(Document.FormField.Option(value: value, label: label))
            if element["selected"] != nil { select?.selected = value }
        case .textarea(let element):
            let value = TextSanitizer(maxLength: HTMLCapture.maxLength, keepsNewlines: true).clean(capture.text)
            let field = Document.FormField(kind: .textarea, name: Self.clean(element["name"]), value: value)
            add(HTMLFormDraft.Field(field: field, element: element, clean: { Self.clean($0) }))
        case .button(let element):
            let field = Document.FormField(kind: .submit, name: Self.clean(element["name"]),
                                           value: Self.clean(element["value"], maxLength: 1_000), label: Self.clean(capture.text))
            add(HTMLFormDraft.Field(field: field, element: element, clean: { Self.clean($0) }))
        }
    }

    mutating func closeSelect() {
        guard let draft = select else { return }
        select = nil
        let field = Document.FormField(kind: .select, name: Self.clean(draft.element["name"]),
                                       value: draft.selected ?? draft.options.first?.value ?? "", options: draft.options)
        add(HTMLFormDraft.Field(field: field, element: draft.element, clean: { Self.clean($0) }))
    }

    mutating func closeForm() {
        guard let draft = form else { return }
        form = nil
        assembler.flush()
        if draft.fields.isEmpty, case .table = assembler.frames[assembler.frames.count - 1].kind {
            danglingForm = (draft, assembler.frames.count - 1)
        } else if draft.hasVisibleFields {
            assembler.append(.form(draft.form))
        }
    }

    private var fieldCount: Int { form?.fields.count ?? danglingForm?.draft.fields.count ?? 0 }

    /// Adds a field to the open form; a text-like field without its own label takes the short
    /// text just before it.
    private mutating func add(_ field: HTMLFormDraft.Field) {
        var field = field
        let takesNearbyText: Set<Document.FormField.Kind> = [.text, .password, .select, .textarea]
        if takesNearbyText.contains(field.field.kind), !isInLabel, field.ariaLabel?.isEmpty ?? true {
            field.nearbyText = assembler.takeFieldLabel()
        }
        if field.field.isVisible { assembler.markField() }
        updateForm { $0.fields.append(field) }
        assembler.spend(1)
    }

    private mutating func updateForm(_ change: (inout HTMLFormDraft) -> Void) {
        if var draft = form {
            change(&draft)
            form = draft
        } else if var dangling = danglingForm {
            change(&dangling.draft)
            danglingForm = dangling
        }
    }
}
