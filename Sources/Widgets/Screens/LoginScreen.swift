import KioskCore

/// The login form: language, number, PIN, and why the last attempt failed.
struct LoginScreen {
    let state: AppState
    let login: LoginState

    static func hints(_ login: LoginState, _ catalog: Catalog) -> [KeyHint] {
        var hints = [KeyHint("Enter", catalog[.hintLogIn]), KeyHint("Tab", catalog[.hintNextField])]
        if login.focus == .language { hints.insert(KeyHint("←→", catalog[.hintLanguage]), at: 0) }
        hints.append(KeyHint("F2", catalog[.hintLanguage]))
        hints.append(KeyHint("F9", catalog[.hintStaff]))
        return hints
    }

    /// Draws the form; returns where the cursor goes.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        let catalog = state.catalog
        let width = min(area.cols, 60)
        let labelWidth = max(TextWidth.of(catalog[.loginNumber]), TextWidth.of(catalog[.loginPIN]), TextWidth.of(catalog[.loginLanguage]))
        let number = TextField(label: catalog[.loginNumber], value: login.number, capacity: LoginState.maxNumberLength,
                               isFocused: login.focus == .number)
        let pin = TextField(label: catalog[.loginPIN], value: login.pin.value, capacity: LoginState.maxPINLength,
                            isMasked: true, isFocused: login.focus == .pin)

        var blocks: [LayoutBlock] = [
            LayoutBlock([StyledLine(catalog[.loginWelcome], .title)]),
            .spacer,
            LayoutBlock(TextLayout.wrap(catalog[.loginPrompt], width: width).map { StyledLine($0) }, optional: true),
            .spacer,
            LayoutBlock(languageLines(labelWidth: labelWidth, width: width)),
            .spacer,
            LayoutBlock([number.line(labelWidth: labelWidth)]),
            LayoutBlock([pin.line(labelWidth: labelWidth)]),
        ]
        if let message = login.message {
            let (text, role) = LoginMessageText.line(message, state)
            blocks.append(.spacer)
            blocks.append(LayoutBlock(TextLayout.wrap(text, width: width).map { StyledLine($0, role) }))
        }
        return CentredForm.draw(blocks, width: width, in: &buffer, area: area)
    }

    /// "Language" and the four languages, the current one in brackets; only the current one,
    /// between arrows, when the four do not fit.
    private func languageLines(labelWidth: Int, width: Int) -> [StyledLine] {
        let focused = login.focus == .language
        let marker = focused ? "> " : "  "
        let label = state.catalog[.loginLanguage]
        var choices: [Span] = []
        for language in Language.allCases {
            let isCurrent = language == state.language
            choices.append(Span(isCurrent ? "[" + language.nativeName + "]" : " " + language.nativeName + " ",
                                isCurrent ? .selected : .body))
        }
        let head = Span(marker + label + String(repeating: " ", count: max(0, labelWidth - TextWidth.of(label))) + " ",
                        focused ? .title : .body)
        let choicesWidth = choices.reduce(0) { $0 + TextWidth.of($1.text) }
        if TextWidth.of(head.text) + choicesWidth <= width {
            return [StyledLine([head] + choices)]
        }
        return [StyledLine([head, Span("‹ " + state.language.nativeName + " ›", .selected)])]
    }
}
