import KioskCore

/// The site rules of the allowlist: one a line with its category and the forms it allows.
struct SiteRulesScreen {
    let state: AppState
    let list: SiteRulesState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("F2", catalog[.hintAdd]), KeyHint("F8", catalog[.hintRemove]),
         KeyHint("Esc", catalog[.hintBack])]
    }

    /// `jobs GET POST`: the category and the forms a rule allows, in the policy's own words.
    static func grants(_ entry: SiteRuleEntry) -> String {
        var parts = [entry.category.rawValue]
        if entry.allowsGetForms { parts.append("GET") }
        if entry.allowsPost { parts.append("POST") }
        return parts.joined(separator: " ")
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        let catalog = state.catalog
        let items = list.items.map { entry in
            MenuItem(entry.text + "  " + Self.grants(entry), badge: entry.problem == nil ? nil : "! " + catalog[.siteRuleInvalid])
        }
        let confirmation = list.isConfirmingRemoval ? list.selected.map { catalog.text(.siteRuleRemoveConfirm, ["rule": $0.text]) } : nil
        ManagedListFooter.drawList(title: catalog[.staffMenuSiteRules], empty: catalog[.siteRulesEmpty], items: items,
                                   selection: list.selection, outcome: list.outcome, confirmation: confirmation, catalog,
                                   in: &buffer, area: area)
    }
}
