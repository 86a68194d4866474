/// The home menu.
public struct HomeState: Equatable, Sendable {
    /// An entry of the home menu, in display order.
    public enum Item: CaseIterable, Sendable {
        case courses, jobSites, press, requests, settings, logout

        public var section: Section? {
            switch self {
            case .courses: .courses
            case .jobSites: .jobSites
            case .press: .press
            case .requests: .requests
            case .settings, .logout: nil
            }
        }

        public var title: MessageKey {
            switch self {
            case .courses: .menuCourses
            case .jobSites: .menuJobSites
            case .press: .menuPress
            case .requests: .menuRequests
            case .settings: .menuSettings
            case .logout: .menuLogout
            }
        }
    }

    public var selection = 0

    public init(selection: Int = 0) {
        self.selection = selection
    }

    public var selectedItem: Item { Item.allCases[selection] }
}
