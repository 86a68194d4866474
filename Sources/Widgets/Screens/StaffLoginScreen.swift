import KioskCore

/// The staff login form: login name and masked password.
struct StaffLoginScreen {
    let state: AppState
    let form: StaffLoginState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("Enter", catalog[.hintLogIn]), KeyHint("Tab", catalog[.hintNextField]), KeyHint("Esc", catalog[.hintCancel])]
    }

    /// Draws the form; returns where the cursor goes.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        let catalog = state.catalog
        let width = min(area.cols, 60)
        let labelWidth = max(TextWidth.of(catalog[.staffLoginName]), TextWidth.of(catalog[.staffPassword]))
        let login = TextField(label: catalog[.staffLoginName], value: form.login, capacity: 20, isFocused: form.focus == .login)
        let password = TextField(label: catalog[.staffPassword], value: form.password.value, capacity: 20, isMasked: true,
                                 isFocused: form.focus == .password)
        var blocks: [LayoutBlock] = [
            LayoutBlock([StyledLine(catalog[.staffLoginTitle], .title)]),
            .spacer,
            LayoutBlock(TextLayout.wrap(catalog[.staffLoginPrompt], width: width).map { StyledLine($0, .warning) }, optional: true),
            .spacer,
            LayoutBlock([login.line(labelWidth: labelWidth)]),
            LayoutBlock([password.line(labelWidth: labelWidth)]),
        ]
        if let message = form.message {
            blocks.append(.spacer)
            let (text, role): (String, Role) = switch message {
            case .missingFields: ("! " + catalog[.staffLoginMissing], .error)
            case .refused(.wrongCredentials): ("! " + catalog[.staffLoginWrong], .error)
            default: LoginMessageText.line(message, state)
            }
            blocks.append(LayoutBlock(TextLayout.wrap(text, width: width).map { StyledLine($0, role) }))
        }
        return CentredForm.draw(blocks, width: width, in: &buffer, area: area)
    }
}
