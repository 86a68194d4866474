/// Keys and results of supervisor mode: the staff menu and detainee management.
enum SupervisorFeature {
    static func home(_ home: inout SupervisorHomeState, _ state: inout AppState, key: Key) -> [Effect] {
        guard let staff = state.staff else { return [] }
        let items = SupervisorHomeState.items(for: staff.account)
        switch key {
        case .up, .backTab:
            home.selection = (home.selection - 1 + items.count) % items.count
        case .down, .tab:
            home.selection = (home.selection + 1) % items.count
        case .character(let character):
            guard let index = SupervisorHomeState.index(ofShortcut: character), index < items.count else { break }
            home.selection = index
            state.route = .supervisorHome(home)
            return open(items[home.selection], state: &state)
        case .enter, .right:
            state.route = .supervisorHome(home)
            return open(items[min(home.selection, items.count - 1)], state: &state)
        default:
            break
        }
        state.route = .supervisorHome(home)
        return []
    }

    private static func open(_ item: SupervisorHomeState.Item, state: inout AppState) -> [Effect] {
        switch item {
        case .detainees:
            state.stack.append(.detaineeList(DetaineeListState()))
            return [.loadDetainees(query: "")]
        case .requests:
            return RequestDeskFeature.enter(&state)
        case .auditLog:
            state.stack.append(.auditLog(AuditLogState()))
            return [.loadAuditEvents(containing: "")]
        case .urlCheck:
            state.stack.append(.urlCheck(URLCheckState()))
            return []
        case .staffAccounts:
            state.stack.append(.staffList(StaffListState()))
            return [.loadStaffAccounts]
        case .announcements:
            state.stack.append(.announcements(AnnouncementsState()))
            return [.loadAnnouncements]
        case .siteRules:
            state.stack.append(.siteRules(SiteRulesState()))
            return [.loadSiteRules]
        case .feedSources:
            state.stack.append(.feedSources(FeedSourcesState()))
            return [.loadFeedSources]
        case .courses:
            state.stack.append(.staffCourses(StaffCoursesState()))
            return [.loadCourseSummaries]
        case .logout:
            let login = state.staff?.account.login ?? ""
            let effect = state.audit(action: "staff.logout", subject: login)
            SessionFeature.logOut(&state, message: nil)
            return [effect]
        }
    }

    static func list(_ list: inout DetaineeListState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .up:
            list.selection = max(0, list.selection - 1)
        case .down:
            list.selection = min(max(0, list.items.count - 1), list.selection + 1)
        case .pageUp:
            list.selection = max(0, list.selection - 10)
        case .pageDown:
            list.selection = min(max(0, list.items.count - 1), list.selection + 10)
        case .character, .backspace:
            guard TextEditing.edit(&list.query, key: key, limit: DetaineeListState.maxQueryLength) else { break }
            list.selection = 0
            state.route = .detaineeList(list)
            return [.loadDetainees(query: list.query)]
        case .escape:
            state.goBack()
            return []
        case .enter:
            guard list.items.indices.contains(list.selection) else { break }
            state.route = .detaineeList(list)
            state.stack.append(.detaineeDetail(DetaineeDetailState(summary: list.items[list.selection])))
            return [.loadAccessProfileNames]
        default:
            break
        }
        state.route = .detaineeList(list)
        return []
    }

    static func auditLog(_ log: inout AuditLogState, _ state: inout AppState, key: Key) -> [Effect] {
        if log.isShowingDetail {
            // One event whole: ↑↓ step through the events, Enter or Esc back to the list.
            if key == .escape || key == .enter { log.isShowingDetail = false }
            ListKeys.move(&log.selection, count: log.events.count, key: key)
            state.route = .auditLog(log)
            return []
        }
        switch key {
        case .escape:
            state.goBack()
            return []
        case .enter:
            log.isShowingDetail = !log.events.isEmpty
        case .character, .backspace:
            guard TextEditing.edit(&log.query, key: key, limit: AuditLogState.maxQueryLength) else { break }
            log.selection = 0
            state.route = .auditLog(log)
            return [.loadAuditEvents(containing: log.query)]
        default:
            ListKeys.move(&log.selection, count: log.events.count, key: key)
        }
        state.route = .auditLog(log)
        return []
    }

    static func staffList(_ list: inout StaffListState, _ state: inout AppState, key: Key) -> [Effect] {
        var effects: [Effect] = []
        switch key {
        case .up: list.selection = max(0, list.selection - 1)
        case .down: list.selection = min(max(0, list.items.count - 1), list.selection + 1)
        case .escape:
            state.goBack()
            return []
        case .enter where list.items.indices.contains(list.selection) && list.items[list.selection].locked:
            let login = list.items[list.selection].account.login
            list.outcome = nil
            effects = [.unlockStaff(login: login), state.audit(action: "account.unlocked", subject: login)]
        default:
            break
        }
        state.route = .staffList(list)
        return effects
    }

    static func urlCheck(_ check: inout URLCheckState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.goBack()
            return []
        case .character(let character) where check.url.count < URLCheckState.maxLength:
            check.url.append(character)
            check.decision = nil
        case .backspace where !check.url.isEmpty:
            check.url.removeLast()
            check.decision = nil
        case .enter where !check.url.isEmpty:
            state.route = .urlCheck(check)
            return [.checkURL(check.url, audit: state.auditEvent(action: "url.checked", subject: check.url))]
        default:
            break
        }
        state.route = .urlCheck(check)
        return []
    }

    static func detail(_ detail: inout DetaineeDetailState, _ state: inout AppState, key: Key) -> [Effect] {
        if detail.newPIN != nil {
            // The key that closes the new PIN's dialog does nothing else; the PIN is forgotten.
            detail.newPIN = nil
            state.route = .detaineeDetail(detail)
            return []
        }
        let rows = DetaineeDetailState.Row.allCases
        let index = rows.firstIndex(of: detail.selection) ?? 0
        let number = detail.summary.account.number
        var effects: [Effect] = []
        switch key {
        case .up, .backTab:
            detail.selection = rows[(index - 1 + rows.count) % rows.count]
        case .down, .tab:
            detail.selection = rows[(index + 1) % rows.count]
        case .escape:
            state.goBack()
            return []
        case .enter where detail.selection == .lock:
            let locking = !detail.summary.locked
            detail.outcome = nil
            effects = [.setDetaineeLocked(number: number, locked: locking),
                       state.audit(action: locking ? "account.locked" : "account.unlocked", subject: number)]
        case .enter where detail.selection == .resetPIN:
            detail.outcome = nil
            effects = [.resetDetaineePIN(number: number), state.audit(action: "account.pin-reset", subject: number)]
        case .left where detail.selection == .language, .right where detail.selection == .language,
             .enter where detail.selection == .language:
            let all = Language.allCases
            let current = all.firstIndex(of: detail.summary.account.language) ?? 0
            let language = all[(current + (key == .left ? -1 : 1) + all.count) % all.count]
            detail.outcome = nil
            effects = [.setDetaineeLanguage(number: number, language: language),
                       state.audit(action: "account.language", subject: number,
                                   detail: "\(detail.summary.account.language.rawValue) -> \(language.rawValue)")]
        case .left where detail.selection == .profile, .right where detail.selection == .profile,
             .enter where detail.selection == .profile:
            // Choices: no profile, then each profile by name.
            let choices: [String?] = [nil] + detail.profiles.map { Optional($0) }
            let current = choices.firstIndex(of: detail.summary.profile) ?? 0
            let profile = choices[(current + (key == .left ? -1 : 1) + choices.count) % choices.count]
            detail.outcome = nil
            let event = state.auditEvent(action: "access-profile.assigned", subject: number, detail: profile ?? "none")
            effects = [.setDetaineeAccessProfile(number: number, profile: profile, audit: event)]
        default:
            break
        }
        state.route = .detaineeDetail(detail)
        return effects
    }

    /// A detainee's account changed in the store: show it on the detail screen and in the list.
    static func updated(_ summary: DetaineeSummary, state: inout AppState) {
        for index in state.stack.indices {
            switch state.stack[index] {
            case .detaineeDetail(var detail) where detail.summary.account.number == summary.account.number:
                detail.summary = summary
                detail.outcome = .saved
                state.stack[index] = .detaineeDetail(detail)
            case .detaineeList(var list):
                if let row = list.items.firstIndex(where: { $0.account.number == summary.account.number }) {
                    list.items[row] = summary
                    state.stack[index] = .detaineeList(list)
                }
            default:
                break
            }
        }
    }
}
