/// What the detainee is giving for one field of a form, as it is being edited.
public enum FieldInput: Equatable, Sendable {
    case text(TextEditorState)
    /// `selected`: the option chosen (index), nil for none yet; `highlight`: the option ↑↓ are on.
    case choice(selected: Int?, highlight: Int)
    /// `selected`: the options ticked (indices).
    case choices(selected: Set<Int>, highlight: Int)
    /// Typed as `YYYY-MM-DD`.
    case date(TextEditorState)
    /// `people`: those added; `name` and `relation`: the person being added; `highlight`: the
    /// person ↑↓ are on (nil: the line to add one).
    case people([InvitedPerson], name: TextEditorState, relation: Int, highlight: Int?)

    /// An empty input for a field.
    public init(field: ServiceField) {
        switch field.kind {
        case .text: self = .text(TextEditorState(limit: field.maxLength))
        case .choice: self = .choice(selected: nil, highlight: 0)
        case .choices: self = .choices(selected: [], highlight: 0)
        case .date: self = .date(TextEditorState(limit: 10, allowsNewlines: false))
        case .people:
            self = .people([], name: TextEditorState(limit: ServiceField.maxPersonName, allowsNewlines: false), relation: 0,
                           highlight: nil)
        }
    }

    /// The answer this input gives, nil when it gives none; text is cleaned as the store wants it.
    public func answer(for field: ServiceField) -> RequestAnswer? {
        let answer: RequestAnswer
        switch self {
        case .text(let editor):
            answer = .text(TextSanitizer(maxLength: field.maxLength, keepsNewlines: true).clean(editor.text)
                .trimmingCharacters(in: .whitespacesAndNewlines))
        case .choice(let selected, _):
            guard let selected, field.options.indices.contains(selected) else { return nil }
            answer = .choice(field.options[selected].id)
        case .choices(let selected, _):
            answer = .choices(field.options.indices.filter(selected.contains).map { field.options[$0].id })
        case .date(let editor):
            answer = .date(editor.text.trimmingCharacters(in: .whitespaces))
        case .people(let people, _, _, _):
            answer = .people(people)
        }
        return answer.isEmpty ? nil : answer
    }
}
