import KioskCore

/// The staff menu, limited to what the role may open.
struct SupervisorHomeScreen {
    let state: AppState
    let home: SupervisorHomeState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen])]
    }

    static func roleName(_ role: StaffRole, _ catalog: Catalog) -> String {
        switch role {
        case .officer: catalog[.roleOfficer]
        case .service: catalog[.roleService]
        case .admin: catalog[.roleAdmin]
        }
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, let staff = state.staff?.account else { return }
        let catalog = state.catalog
        let greeting = catalog.text(.staffGreeting, ["name": staff.name, "role": Self.roleName(staff.role, catalog)])
        buffer.write(TextLayout.truncate(greeting, width: area.cols), row: area.row, col: area.col, role: .title)
        let items = SupervisorHomeState.items(for: staff).enumerated().map { index, item in
            MenuItem(catalog[item.title], shortcut: SupervisorHomeState.shortcut(at: index).map { String($0) })
        }
        let (_, below) = area.splitTop(2)
        MenuList(items: items, selection: min(home.selection, items.count - 1))
            .draw(in: &buffer, area: Rect(row: below.row, col: below.col, cols: min(below.cols, 36), rows: below.rows))
    }
}
