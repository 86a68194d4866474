/// Keys on the settings screen: pick a row, change its value, which is saved at once.
enum SettingsFeature {
    static func reduce(_ settings: inout SettingsState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .up, .backTab:
            settings.selection = .language
        case .down, .tab:
            settings.selection = .theme
        case .left:
            return change(step: -1, settings: &settings, state: &state)
        case .right, .enter, .character(" "):
            return change(step: 1, settings: &settings, state: &state)
        default:
            break
        }
        return []
    }

    private static func change(step: Int, settings: inout SettingsState, state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        switch settings.selection {
        case .language:
            let all = Language.allCases
            let index = all.firstIndex(of: state.language) ?? 0
            state.language = all[(index + step + all.count) % all.count]
            session.account.language = state.language
        case .theme:
            let themes = state.settings.themes
            guard !themes.isEmpty else { return [] }
            let index = themes.firstIndex(of: state.theme) ?? 0
            state.theme = themes[(index + step + themes.count) % themes.count]
            session.account.theme = state.theme
        }
        state.session = session
        settings.outcome = nil
        return [.savePreferences(detainee: session.account.id, language: session.account.language, theme: session.account.theme)]
    }
}
