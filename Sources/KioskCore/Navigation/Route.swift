/// One screen on the navigation stack, with the state only that screen needs.
public enum Route: Equatable, Sendable {
    case login(LoginState)
    case home(HomeState)
    case settings(SettingsState)
    /// A section of the home menu; its feature fills it.
    case section(Section)
}
