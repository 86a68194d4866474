/// Keys of the site-rule list and of the new-rule form (administrators).
///
/// The form checks the rule with the same parser as the store before sending it; the store
/// checks again, writes the rule and its audit line together, and may still refuse (a
/// duplicate, a rule that would take an enabled feed away from its press rule).
enum SiteRulesFeature {
    static func list(_ list: inout SiteRulesState, _ state: inout AppState, key: Key) -> [Effect] {
        if list.isConfirmingRemoval {
            list.isConfirmingRemoval = false
            state.route = .siteRules(list)
            guard key == .enter, let rule = list.selected else { return [] }
            return [.removeSiteRule(rule.text, by: state.changeAuthor)]
        }
        switch key {
        case .escape:
            state.goBack()
            return []
        case .function(2), .insert:
            list.outcome = nil
            state.route = .siteRules(list)
            state.stack.append(.siteRuleForm(SiteRuleFormState()))
            return []
        case .function(8), .delete:
            if list.selected != nil {
                list.isConfirmingRemoval = true
                list.outcome = nil
            }
        default:
            ListKeys.move(&list.selection, count: list.items.count, key: key)
        }
        state.route = .siteRules(list)
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
        list.items = rules
        list.selection = min(list.selection, max(0, rules.count - 1))
        list.outcome = .saved
        state.route = .siteRules(list)
    }
}
