import Foundation

/// The detainee's job sites: the start page, and what arrives for the job-sites screens.
///
/// Whether the section is open (profile, hours, daily time) is decided by `SectionGate`
/// before these screens show. Which sites are listed and which rules the browser may use
/// follow the categories of the detainee's profile; press rules never serve a page.
enum JobSitesFeature {
    /// The start page, as the gate opens it: empty, with its sites and bookmarks loading.
    static func enter(_ state: AppState) -> (Route, [Effect]) {
        guard let session = state.session else { return (.jobSites(JobSitesState()), []) }
        return (.jobSites(JobSitesState()), [.loadStartSites(categories: categories(session.account.access)),
                                             .loadBookmarks(detainee: session.account.id)])
    }

    /// The site categories a profile opens (nil: every category the browser serves), never press.
    static func categories(_ profile: AccessProfile) -> Set<SiteCategory>? {
        guard let names = profile.jobCategories else { return nil }
        return Set(names.compactMap(SiteCategory.init(name:)).filter { $0 != .press })
    }

    /// The browser session of this login: the terminal, the detainee and the time of the login,
    /// so a new login starts with no cookie.
    static func sessionName(_ session: DetaineeSession, terminal: String) -> String {
        "\(terminal)|\(session.account.id)|\(Int(session.loggedInAt.timeIntervalSince1970))"
    }

    /// The effect that asks the browser for a page; the first one of a login names the session.
    static func load(_ request: PageRequest, _ state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        let name = session.webSession ?? sessionName(session, terminal: state.settings.terminalName)
        session.webSession = name
        state.session = session
        return [.loadPage(request, session: name, categories: categories(session.account.access))]
    }

    // MARK: - The start page

    static func start(_ start: inout JobSitesState, _ state: inout AppState, key: Key) -> [Effect] {
        start.notice = nil
        if var address = start.address {
            switch key {
            case .escape:
                start.address = nil
            case .enter:
                start.address = nil
                if let url = WebAddress.typed(address.text) {
                    state.route = .jobSites(start)
                    return open(PageRequest(url: url), &state)
                }
            default:
                _ = address.apply(key)
                start.address = address
            }
            state.route = .jobSites(start)
            return []
        }
        let entries = start.entries
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .character("g"):
            start.address = TextEditorState(limit: WebAddress.maximumLength, allowsNewlines: false)
        case .character("b"):
            guard case .bookmark(let bookmark) = entries[safe: start.selection], let detainee = state.session?.account.id else { break }
            start.notice = .bookmarkRemoved
            state.route = .jobSites(start)
            return [.removeBookmark(url: bookmark.url, detainee: detainee)]
        case .enter, .right:
            guard let entry = entries[safe: start.selection] else { break }
            state.route = .jobSites(start)
            return open(PageRequest(url: entry.url), &state)
        default:
            ListKeys.move(&start.selection, count: entries.count, key: key)
        }
        state.route = .jobSites(start)
        return []
    }

    /// Opens the reader on a first page, over the start page.
    private static func open(_ request: PageRequest, _ state: inout AppState) -> [Effect] {
        state.stack.append(.webPage(WebPageState(request: request)))
        return load(request, &state)
    }

    // MARK: - Results

    static func sitesLoaded(_ sites: [StartSite], state: inout AppState) {
        updateStart(&state) { start in
            start.sites = sites
            start.failure = nil
        }
    }

    static func bookmarksLoaded(_ bookmarks: [Bookmark], state: inout AppState) {
        updateStart(&state) { start in
            start.bookmarks = bookmarks
            start.failure = nil
        }
    }

    /// The store refused a bookmark: the detainee keeps the most there may be.
    static func bookmarksFull(state: inout AppState) {
        switch state.route {
        case .webPage(var page):
            page.notice = .bookmarksFull
            state.route = .webPage(page)
        case .jobSites(var start):
            start.notice = .bookmarksFull
            state.route = .jobSites(start)
        default:
            break
        }
    }

    /// The store failed while a job-sites screen waited or changed a bookmark: it says so.
    static func failed(_ failure: StoreFailure, state: inout AppState) -> Bool {
        switch state.route {
        case .jobSites(var start):
            start.failure = failure
            start.notice = nil
            state.route = .jobSites(start)
        case .webPage(var page):
            page.notice = .storeFailed(failure)
            state.route = .webPage(page)
        default:
            return false
        }
        return true
    }

    /// The start page on the stack, changed in place (results may arrive with a page over it).
    private static func updateStart(_ state: inout AppState, _ change: (inout JobSitesState) -> Void) {
        guard let index = state.stack.lastIndex(where: { if case .jobSites = $0 { true } else { false } }),
              case .jobSites(var start) = state.stack[index] else { return }
        change(&start)
        start.selection = min(start.selection, max(0, start.entries.count - 1))
        state.stack[index] = .jobSites(start)
    }

    /// The detainee's bookmarks as the start page under the reader holds them (nil until loaded).
    static func bookmarks(_ state: AppState) -> [Bookmark]? {
        for case .jobSites(let start) in state.stack.reversed() { return start.bookmarks }
        return nil
    }
}

extension AppState {
    /// Whether the detainee keeps `url` as a bookmark, as the job sites' start page knows.
    public func isBookmarked(_ url: String) -> Bool {
        JobSitesFeature.bookmarks(self)?.contains { $0.url == url } ?? false
    }
}
