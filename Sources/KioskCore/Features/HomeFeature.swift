/// Keys on the home menu.
enum HomeFeature {
    static func reduce(_ home: inout HomeState, _ state: inout AppState, key: Key) -> [Effect] {
        let count = HomeState.Item.allCases.count
        switch key {
        case .up:
            home.selection = (home.selection - 1 + count) % count
        case .down, .tab:
            home.selection = (home.selection + 1) % count
        case .backTab:
            home.selection = (home.selection - 1 + count) % count
        case .home, .pageUp:
            home.selection = 0
        case .end, .pageDown:
            home.selection = count - 1
        case .character(let character):
            guard let digit = character.wholeNumberValue, digit >= 1, digit <= count else { return [] }
            home.selection = digit - 1
            state.route = .home(home)
            return open(home.selectedItem, state: &state)
        case .enter, .right:
            state.route = .home(home)
            return open(home.selectedItem, state: &state)
        default:
            break
        }
        state.route = .home(home)
        return []
    }

    private static func open(_ item: HomeState.Item, state: inout AppState) -> [Effect] {
        switch item {
        case .settings:
            state.stack.append(.settings(SettingsState()))
        case .logout:
            SessionFeature.logOut(&state, message: nil)
        default:
            if let section = item.section { state.stack.append(.section(section)) }
        }
        return []
    }
}
