/// Keeps a section's screens and its access in step, after every action.
///
/// Home opens a section by showing `.section(s)`. When the section is open and has a feature
/// (the press, the courses, the job sites, the requests), the gate replaces that placeholder with the feature's first screen and
/// its loads. When a section closes while its screens are shown (its hours end, its daily
/// time is used, staff change the profile), the gate takes all of them off the stack and
/// leaves `.section(s)`, which says why and until when: the detainee is told, never shown an
/// empty list.
enum SectionGate {
    static func update(_ state: inout AppState) -> [Effect] {
        guard state.session != nil, !state.isStopping, let section = state.route.section else { return [] }
        let isOpen = state.access(to: section) == .open
        switch (state.route, isOpen) {
        case (.section(.press), true):
            let (route, effects) = PressFeature.enter(state)
            state.route = route
            return effects
        case (.section(.courses), true):
            let (route, effects) = CourseCatalogFeature.enter(state)
            state.route = route
            return effects
        case (.section(.jobSites), true):
            let (route, effects) = JobSitesFeature.enter(state)
            state.route = route
            return effects
        case (.section(.requests), true):
            let (route, effects) = RequestsFeature.enter(state)
            state.route = route
            return effects
        case (.section, _), (_, true):
            return []
        case (_, false):
            state.stack.removeAll { $0.section == section }
            state.stack.append(.section(section))
            return []
        }
    }
}
