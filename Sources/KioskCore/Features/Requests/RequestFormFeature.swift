/// Filling a service's form: one field per page, then the review, then sending.
///
/// Tab checks the field and goes to the next page, Shift-Tab goes back; on the review Enter
/// sends. The screen says "sent" only once the store has committed the request; until then
/// (and after a failure) every answer stays, and a retry sends the same key.
enum RequestFormFeature {
    static func form(_ form: inout RequestFormState, _ state: inout AppState, key: Key) -> [Effect] {
        switch form.phase {
        case .sending:
            return []
        case .sent:
            if key == .enter || key == .escape {
                // Back to the list, past the service picker.
                state.stack.removeAll { if case .servicePicker = $0 { true } else { false } }
                return RequestsFeature.backToList(&state)
            }
            return []
        case .editing, .notSent:
            break
        }
        if form.isConfirmingLeave {
            switch key {
            case .enter, .character("y"), .character("Y"), .character("o"), .character("O"), .character("j"), .character("J"):
                state.goBack()
                return []
            case .escape, .character("n"), .character("N"):
                form.isConfirmingLeave = false
            default:
                break
            }
            state.route = .requestForm(form)
            return []
        }
        var effects: [Effect] = []
        switch key {
        case .escape:
            if form.hasAnswers {
                form.isConfirmingLeave = true
            } else {
                state.goBack()
                return []
            }
        case .backTab:
            form.problem = nil
            if form.step > 0 {
                form.step -= 1
                form.phase = .editing
            }
        case .tab:
            guard let field = form.field else { break }
            // A person typed but not yet added is added, not lost.
            if case .people(_, let name, _, nil) = form.inputs[form.step], !name.isEmpty,
               let problem = edit(&form.inputs[form.step], field: field, key: .enter) {
                form.problem = problem
                break
            }
            if let problem = problem(with: form.inputs[form.step], field: field) {
                form.problem = problem
            } else {
                form.problem = nil
                form.step += 1
                form.reviewOffset = 0
            }
        default:
            if form.isReviewing {
                effects = review(&form, state, key: key)
            } else if form.inputs.indices.contains(form.step), let field = form.field {
                form.problem = edit(&form.inputs[form.step], field: field, key: key)
            }
        }
        state.route = .requestForm(form)
        return effects
    }

    private static func review(_ form: inout RequestFormState, _ state: AppState, key: Key) -> [Effect] {
        if key == .enter {
            guard let detainee = state.session?.account.id else { return [] }
            form.phase = .sending
            return [.submitRequest(form.draft, detainee: detainee)]
        }
        if let offset = form.reviewMeasure.scrolled(form.reviewOffset, by: key) {
            form.reviewOffset = min(max(0, offset), form.reviewMeasure.maxOffset)
        }
        return []
    }

    /// Why the field cannot be left as it is, nil when it can.
    static func problem(with input: FieldInput, field: ServiceField) -> RequestFormState.FieldProblem? {
        guard let answer = input.answer(for: field) else {
            return field.isRequired ? .required : nil
        }
        if case .date = answer, !RequestValidation.isValid(answer, for: field) { return .dateInvalid }
        return nil
    }

    /// Applies a key to the field shown; returns the problem to show (nil: none).
    static func edit(_ input: inout FieldInput, field: ServiceField, key: Key) -> RequestFormState.FieldProblem? {
        switch input {
        case .text(var editor):
            _ = editor.apply(key)
            input = .text(editor)
        case .date(var editor):
            if case .character(let character) = key, !(character.isASCII && (character.isNumber || character == "-")) {
                return nil
            }
            _ = editor.apply(key)
            input = .date(editor)
        case .choice(var selected, var highlight):
            switch key {
            case .character(" "), .enter: selected = highlight
            default: ListKeys.move(&highlight, count: field.options.count, key: key)
            }
            input = .choice(selected: selected, highlight: highlight)
        case .choices(var selected, var highlight):
            switch key {
            case .character(" "), .enter:
                if selected.contains(highlight) { selected.remove(highlight) } else { selected.insert(highlight) }
            default:
                ListKeys.move(&highlight, count: field.options.count, key: key)
            }
            input = .choices(selected: selected, highlight: highlight)
        case .people(var people, var name, var relation, var highlight):
            defer { input = .people(people, name: name, relation: relation, highlight: highlight) }
            return editPeople(&people, name: &name, relation: &relation, highlight: &highlight, field: field, key: key)
        }
        return nil
    }

    /// The people field: ↑↓ move between the people added and the line to add one; on that
    /// line, typing writes the name, ←→ change the relation, Enter adds; on a person, Delete
    /// removes them.
    private static func editPeople(_ people: inout [InvitedPerson], name: inout TextEditorState, relation: inout Int,
                                   highlight: inout Int?, field: ServiceField, key: Key) -> RequestFormState.FieldProblem? {
        if let row = highlight {
            switch key {
            case .up: highlight = max(0, row - 1)
            case .down: highlight = row + 1 < people.count ? row + 1 : nil
            case .delete, .backspace:
                people.remove(at: row)
                highlight = people.isEmpty ? nil : (row < people.count ? row : nil)
            default: break
            }
            return nil
        }
        switch key {
        case .up:
            if !people.isEmpty { highlight = people.count - 1 }
        case .left, .right:
            let count = field.relations.count
            guard count > 0 else { break }
            relation = (relation + (key == .right ? 1 : count - 1)) % count
        case .enter:
            let typed = TextSanitizer.singleLine.clean(name.text).trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else { return .personNameMissing }
            guard people.count < field.maxLength else { return .peopleFull }
            guard field.relations.indices.contains(relation) else { break }
            people.append(InvitedPerson(name: String(typed.prefix(ServiceField.maxPersonName)),
                                        relation: field.relations[relation].id))
            name = TextEditorState(limit: ServiceField.maxPersonName, allowsNewlines: false)
        default:
            _ = name.apply(key)
        }
        return nil
    }

    // MARK: - Results

    static func submitted(key: String, _ submission: RequestSubmission, state: inout AppState) {
        guard case .requestForm(var form) = state.route, form.key == key, form.phase == .sending else { return }
        switch submission {
        case .sent(let summary): form.phase = .sent(summary)
        case .limitReached(let open): form.phase = .notSent(.limitReached(open))
        case .unknownService: form.phase = .notSent(.unknownService)
        case .invalid(let field): form.phase = .notSent(.invalid(field))
        }
        state.route = .requestForm(form)
    }
}
