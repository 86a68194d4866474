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
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuSiteRules], width: area.cols), row: area.row, col: area.col, role: .title)
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 5))
        if list.items.isEmpty {
            buffer.write(TextLayout.truncate(catalog[.siteRulesEmpty], width: area.cols), row: listArea.row, col: area.col, role: .muted)
        } else {
            let items = list.items.map { entry in
                MenuItem(entry.text + "  " + Self.grants(entry), badge: entry.problem == nil ? nil : "! " + catalog[.siteRuleInvalid])
            }
            MenuList(items: items, selection: list.selection)
                .draw(in: &buffer, area: Rect(row: listArea.row, col: listArea.col, cols: listArea.cols, rows: min(items.count, listArea.rows)))
        }
        ManagedListFooter.draw(outcome: list.outcome, catalog, in: &buffer, area: area)
        if list.isConfirmingRemoval, let rule = list.selected {
            Dialog(title: catalog[.confirmTitle], message: catalog.text(.siteRuleRemoveConfirm, ["rule": rule.text]))
                .draw(in: &buffer, area: area)
        }
    }
}
