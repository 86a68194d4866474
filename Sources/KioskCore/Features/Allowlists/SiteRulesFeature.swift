/// Keys of the site-rule list and of the new-rule form (administrators).
///
/// The form checks the rule with the same parser as the store before sending it; the store
/// checks again, writes the rule and its audit line together, and may still refuse (a
/// duplicate, a rule that would take an enabled feed away from its press rule).
enum SiteRulesFeature {
    static func list(_ list: inout SiteRulesState, _ state: inout AppState, key: Key) -> [Effect] {
        let intent = ManagedList.handle(&list, key: key)
        state.route = .siteRules(list)
        switch intent {
        case .leave:
            state.goBack()
        case .add:
            state.stack.append(.siteRuleForm(SiteRuleFormState()))
        case .removeConfirmed:
            if let rule = list.selected { return [.removeSiteRule(rule.text, by: state.changeAuthor)] }
        case .handled, .other:
            break
        }
        return []
    }

    static func form(_ form: inout SiteRuleFormState, _ state: inout AppState, key: Key) -> [Effect] {
        if key == .escape {
            state.goBack()
            return []
        }
        if key == .enter {
            do {
                _ = try SiteRule(form.text, category: form.category, allowsGetForms: form.allowsGetForms, allowsPost: form.allowsPost)
            } catch {
                form.outcome = .refused(error.description)
                state.route = .siteRuleForm(form)
                return []
            }
            form.outcome = nil
            state.route = .siteRuleForm(form)
            return [.addSiteRule(form.draft, by: state.changeAuthor)]
        }
        if let next = TextEditing.moveFocus(form.focus, among: SiteRuleFormState.Field.allCases, key: key) {
            form.focus = next
        } else {
            switch form.focus {
            case .rule:
                if TextEditing.edit(&form.text, key: key, limit: SiteRuleFormState.maxLength) { form.outcome = nil }
            case .category:
                if let category = TextEditing.cycle(form.category, in: SiteCategory.allCases, key: key) { form.category = category }
            case .getForms:
                if let value = TextEditing.cycle(form.allowsGetForms, in: [false, true], key: key) { form.allowsGetForms = value }
            case .post:
                if let value = TextEditing.cycle(form.allowsPost, in: [false, true], key: key) { form.allowsPost = value }
            }
        }
        state.route = .siteRuleForm(form)
        return []
    }

    /// The store changed the rules: a form that asked closes, and the list shows them, saved.
    static func changed(_ rules: [SiteRuleEntry], state: inout AppState) {
        if case .siteRuleForm = state.route { state.goBack() }
        guard case .siteRules(var list) = state.route else { return }
        ManagedList.changed(&list, items: rules)
        state.route = .siteRules(list)
    }
}
