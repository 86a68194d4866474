/// The detainee's press: the stand, a newspaper's articles, search and the reader.
///
/// Every load carries the detainee's allowed sources from their access profile, so the store
/// never returns what the profile bars. Whether the press is open at all (profile, hours,
/// daily time) is decided by `SectionGate`, before any of these screens is shown.
enum PressFeature {
    /// The stand, as the gate opens it: empty, with its newspapers loading.
    static func enter(_ state: AppState) -> (Route, [Effect]) {
        (.press(PressState()), load(.sources, state))
    }

    // MARK: - Keys

    static func stand(_ stand: inout PressState, _ state: inout AppState, key: Key) -> [Effect] {
        var effects: [Effect] = []
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .tab, .backTab:
            stand.view = stand.view == .sources ? .byDate : .sources
            stand.selection = 0
            if stand.view == .byDate && stand.latest == nil { effects = load(.byDate, state) }
        case .character("/"):
            state.route = .press(stand)
            state.stack.append(.pressSearch(PressSearchState()))
            return []
        case .enter, .right:
            state.route = .press(stand)
            switch stand.view {
            case .sources:
                guard let source = stand.sources?[safe: stand.selection] else { return [] }
                state.stack.append(.pressArticles(PressArticlesState(source: source)))
                return load(.source(source.url), state)
            case .byDate:
                guard let article = stand.latest?[safe: stand.selection] else { return [] }
                return open(article.id, &state)
            }
        default:
            ListKeys.move(&stand.selection, count: stand.count, key: key)
        }
        state.route = .press(stand)
        return effects
    }

    static func articles(_ list: inout PressArticlesState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .character("/"):
            state.route = .pressArticles(list)
            state.stack.append(.pressSearch(PressSearchState()))
            return []
        case .enter, .right:
            state.route = .pressArticles(list)
            guard let article = list.articles?[safe: list.selection] else { return [] }
            return open(article.id, &state)
        default:
            ListKeys.move(&list.selection, count: list.articles?.count ?? 0, key: key)
            state.route = .pressArticles(list)
            return []
        }
    }

    static func search(_ search: inout PressSearchState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.goBack()
            return []
        case .enter:
            if search.hasNewQuery {
                let query = search.query.trimmingCharacters(in: .whitespaces)
                search.searchedFor = query
                search.results = nil
                search.failure = nil
                search.selection = 0
                state.route = .pressSearch(search)
                return load(.search(query), state)
            }
            state.route = .pressSearch(search)
            guard let article = search.results?[safe: search.selection] else { return [] }
            return open(article.id, &state)
        case .up, .down, .pageUp, .pageDown:
            ListKeys.move(&search.selection, count: search.results?.count ?? 0, key: key)
        default:
            _ = TextEditing.edit(&search.query, key: key, limit: PressSearchState.maxQueryLength)
        }
        state.route = .pressSearch(search)
        return []
    }

    static func reader(_ reader: inout PressArticleState, _ state: inout AppState, key: Key) -> [Effect] {
        if key == .escape || key == .backspace || key == .left {
            state.goBack()
            return []
        }
        if let offset = reader.measure.scrolled(reader.offset, by: key) {
            reader.offset = min(max(0, offset), reader.maxOffset)
        }
        state.route = .pressArticle(reader)
        return []
    }

    // MARK: - Results

    static func sourcesLoaded(_ sources: [PressSourceSummary], state: inout AppState) {
        guard case .press(var stand) = state.route else { return }
        stand.sources = sources
        stand.failure = nil
        if stand.view == .sources { stand.selection = min(stand.selection, max(0, sources.count - 1)) }
        state.route = .press(stand)
    }

    static func articlesLoaded(source: String?, _ articles: [PressArticleSummary], state: inout AppState) {
        switch state.route {
        case .press(var stand) where source == nil:
            stand.latest = articles
            stand.failure = nil
            if stand.view == .byDate { stand.selection = min(stand.selection, max(0, articles.count - 1)) }
            state.route = .press(stand)
        case .pressArticles(var list) where list.source.url == source:
            list.articles = articles
            list.failure = nil
            list.selection = min(list.selection, max(0, articles.count - 1))
            state.route = .pressArticles(list)
        default:
            break
        }
    }

    static func searched(_ query: String, _ results: [PressArticleSummary], state: inout AppState) {
        // Results of an older query (searched over since) are dropped.
        guard case .pressSearch(var search) = state.route, search.searchedFor == query else { return }
        search.results = results
        search.selection = 0
        state.route = .pressSearch(search)
    }

    /// The article arrived: the reader shows it, every list under it marks it read, and if it
    /// was unread its newspaper and the home badge count one fewer.
    static func opened(_ article: PressArticle, state: inout AppState) {
        guard case .pressArticle(var reader) = state.route, reader.id == article.id, reader.article == nil else { return }
        reader.article = article
        reader.offset = 0
        state.route = .pressArticle(reader)
        let wasUnread = state.stack.contains { route in
            route.pressArticleLines.contains { $0.id == article.id && !$0.isRead }
        }
        for index in state.stack.indices {
            state.stack[index].markRead(article.id)
            guard wasUnread, case .press(var stand) = state.stack[index], var sources = stand.sources,
                  let row = sources.firstIndex(where: { $0.url == article.sourceURL }) else { continue }
            sources[row].unreadCount = max(0, sources[row].unreadCount - 1)
            stand.sources = sources
            state.stack[index] = .press(stand)
        }
        if wasUnread, let unread = state.session?.summary.unread[.press] {
            state.session?.summary.unread[.press] = max(0, unread - 1)
        }
    }

    static func missing(_ id: Int64, state: inout AppState) {
        guard case .pressArticle(var reader) = state.route, reader.id == id else { return }
        reader.isMissing = true
        state.route = .pressArticle(reader)
    }

    static func measured(_ measure: PageMeasure, state: inout AppState) {
        guard case .pressArticle(var reader) = state.route else { return }
        reader.measure = measure
        reader.offset = min(reader.offset, reader.maxOffset)
        state.route = .pressArticle(reader)
    }

    /// The store failed while a press screen waited: it stops waiting and says so.
    static func failed(_ failure: StoreFailure, state: inout AppState) -> Bool {
        switch state.route {
        case .press(var stand): stand.failure = failure; state.route = .press(stand)
        case .pressArticles(var list): list.failure = failure; state.route = .pressArticles(list)
        case .pressSearch(var search): search.failure = failure; state.route = .pressSearch(search)
        case .pressArticle(var reader): reader.failure = failure; state.route = .pressArticle(reader)
        default: return false
        }
        return true
    }

    // MARK: - Effects

    private enum Load {
        case sources, byDate, source(String), search(String)
    }

    private static func load(_ what: Load, _ state: AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        let detainee = session.account.id
        let allowed = session.account.access.pressSources
        switch what {
        case .sources: return [.loadPressSources(detainee: detainee, allowed: allowed)]
        case .byDate: return [.loadPressArticles(detainee: detainee, source: nil, allowed: allowed)]
        case .source(let url): return [.loadPressArticles(detainee: detainee, source: url, allowed: allowed)]
        case .search(let query): return [.searchPress(query, detainee: detainee, allowed: allowed)]
        }
    }

    private static func open(_ id: Int64, _ state: inout AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        state.stack.append(.pressArticle(PressArticleState(id: id)))
        return [.openArticle(id: id, detainee: session.account.id, allowed: session.account.access.pressSources,
                             terminal: state.settings.terminalName)]
    }
}

extension Route {
    /// The article lines a press list on this screen shows (none for other screens).
    var pressArticleLines: [PressArticleSummary] {
        switch self {
        case .press(let stand): stand.latest ?? []
        case .pressArticles(let list): list.articles ?? []
        case .pressSearch(let search): search.results ?? []
        default: []
        }
    }

    /// Marks an article read in the press list on this screen, if it shows it.
    mutating func markRead(_ id: Int64) {
        switch self {
        case .press(var stand):
            if let row = stand.latest?.firstIndex(where: { $0.id == id }) { stand.latest?[row].isRead = true }
            self = .press(stand)
        case .pressArticles(var list):
            if let row = list.articles?.firstIndex(where: { $0.id == id }) { list.articles?[row].isRead = true }
            self = .pressArticles(list)
        case .pressSearch(var search):
            if let row = search.results?.firstIndex(where: { $0.id == id }) { search.results?[row].isRead = true }
            self = .pressSearch(search)
        default:
            break
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
