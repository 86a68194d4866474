import Foundation

/// Keys of the press-source list and of the new-source form (administrators).
///
/// The store decides whether a source is allowed: its URL needs a press rule of the allowlist.
enum FeedSourcesFeature {
    static func list(_ list: inout FeedSourcesState, _ state: inout AppState, key: Key) -> [Effect] {
        let intent = ManagedList.handle(&list, key: key)
        state.route = .feedSources(list)
        switch intent {
        case .leave:
            state.goBack()
        case .add:
            state.stack.append(.feedSourceForm(FeedSourceFormState(language: state.language)))
        case .removeConfirmed:
            if let source = list.selected { return [.removeFeedSource(url: source.url, by: state.changeAuthor)] }
        case .other(.enter), .other(.character(" ")):
            // Enter or Space switches the selected source on or off.
            if let source = list.selected {
                list.outcome = nil
                state.route = .feedSources(list)
                return [.setFeedSourceEnabled(url: source.url, !source.enabled, by: state.changeAuthor)]
            }
        case .handled, .other:
            break
        }
        return []
    }

    static func form(_ form: inout FeedSourceFormState, _ state: inout AppState, key: Key) -> [Effect] {
        if key == .escape {
            state.goBack()
            return []
        }
        if key == .enter {
            form.outcome = problem(form)
            state.route = .feedSourceForm(form)
            return form.outcome == nil ? [.addFeedSource(form.draft, by: state.changeAuthor)] : []
        }
        if let next = TextEditing.moveFocus(form.focus, among: FeedSourceFormState.Field.allCases, key: key) {
            form.focus = next
        } else {
            switch form.focus {
            case .url:
                if TextEditing.edit(&form.url, key: key, limit: FeedSourceFormState.maxURLLength) { form.outcome = nil }
            case .name:
                if TextEditing.edit(&form.name, key: key, limit: FeedSourceFormState.maxNameLength) { form.outcome = nil }
            case .language:
                if let language = TextEditing.cycle(form.language, in: Language.allCases, key: key) { form.language = language }
            }
        }
        state.route = .feedSourceForm(form)
        return []
    }

    /// What is wrong with the form before the store sees it, if anything.
    private static func problem(_ form: FeedSourceFormState) -> SaveOutcome? {
        if case .failure(let refusal) = StrictURL.parse(form.url) { return .refused(refusal.description) }
        if form.name.trimmingCharacters(in: .whitespaces).isEmpty { return .invalid(.feedNameMissing) }
        return nil
    }

    /// The store changed the sources: a form that asked closes, and the list shows them, saved.
    static func changed(_ sources: [FeedSourceEntry], state: inout AppState) {
        if case .feedSourceForm = state.route { state.goBack() }
        guard case .feedSources(var list) = state.route else { return }
        ManagedList.changed(&list, items: sources)
        state.route = .feedSources(list)
    }
}
