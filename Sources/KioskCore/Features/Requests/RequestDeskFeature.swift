/// A department's work: its queue with filters, and one request to take, answer, note,
/// forward or decide.
///
/// The store decides what a member of staff may see (their departments); these screens only
/// ask with their login. Every act is audited by the store with the change.
enum RequestDeskFeature {
    /// The queue of the member's first department, loading.
    static func enter(_ state: inout AppState) -> [Effect] {
        guard let staff = state.staff?.account else { return [] }
        let queue = RequestQueueState(departments: staff.departments)
        state.stack.append(.requestQueue(queue))
        return load(queue, state)
    }

    private static func load(_ queue: RequestQueueState, _ state: AppState) -> [Effect] {
        guard let login = state.staff?.account.login, !queue.departments.isEmpty else { return [] }
        return [.loadRequestQueue(queue.filter, staff: login)]
    }

    // MARK: - The queue

    static func queue(_ queue: inout RequestQueueState, _ state: inout AppState, key: Key) -> [Effect] {
        if queue.wingDraft != nil { return typingWing(&queue, &state, key: key) }
        var reload = false
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .enter, .right:
            state.route = .requestQueue(queue)
            guard let catalog = queue.catalog, let item = queue.items?[safe: queue.selection],
                  let login = state.staff?.account.login else { return [] }
            state.stack.append(.staffRequest(StaffRequestState(id: item.id, catalog: catalog)))
            return [.loadStaffRequest(id: item.id, staff: login)]
        case .character("d"), .character("D"):
            guard let next = cycle(queue.filter.department, in: queue.departments) else { break }
            queue.filter.department = next
            reload = true
        case .character("s"), .character("S"):
            queue.filter.status = cycle(queue.filter.status, in: RequestQueueFilter.StatusFilter.allCases) ?? .open
            reload = true
        case .character("a"), .character("A"):
            queue.filter.olderThanDays = cycle(queue.filter.olderThanDays, in: RequestQueueState.ages) ?? 0
            reload = true
        case .character("m"), .character("M"):
            queue.filter.assignee = queue.filter.assignee == nil ? state.staff?.account.login : nil
            reload = true
        case .character("w"), .character("W"):
            queue.wingDraft = queue.filter.wing
        default:
            ListKeys.move(&queue.selection, count: queue.items?.count ?? 0, key: key)
        }
        if reload {
            queue.items = nil
            queue.failure = nil
            queue.selection = 0
        }
        state.route = .requestQueue(queue)
        return reload ? load(queue, state) : []
    }

    private static func typingWing(_ queue: inout RequestQueueState, _ state: inout AppState, key: Key) -> [Effect] {
        var draft = queue.wingDraft ?? ""
        defer { state.route = .requestQueue(queue) }
        switch key {
        case .escape:
            queue.wingDraft = nil
            return []
        case .enter:
            queue.wingDraft = nil
            queue.filter.wing = draft.uppercased()
            queue.items = nil
            queue.failure = nil
            queue.selection = 0
            return load(queue, state)
        case .character(let character) where !(character.isASCII && (character.isLetter || character.isNumber)):
            return []
        default:
            _ = TextEditing.edit(&draft, key: key, limit: 4)
            queue.wingDraft = draft
            return []
        }
    }

    private static func cycle<Value: Equatable>(_ current: Value, in values: [Value]) -> Value? {
        guard !values.isEmpty else { return nil }
        let index = values.firstIndex(of: current) ?? -1
        return values[(index + 1) % values.count]
    }

    static func queueLoaded(_ filter: RequestQueueFilter, _ catalog: ServiceCatalog, _ items: [QueuedRequest],
                            state: inout AppState) {
        // Results of an older filter are dropped.
        guard case .requestQueue(var queue) = state.route, queue.filter == filter else { return }
        queue.catalog = catalog
        queue.items = items
        queue.failure = nil
        queue.selection = min(queue.selection, max(0, items.count - 1))
        state.route = .requestQueue(queue)
    }

    /// Leaves the request for the queue, loaded again (statuses and owners may have changed).
    private static func backToQueue(_ state: inout AppState) -> [Effect] {
        state.goBack()
        guard case .requestQueue(var queue) = state.route else { return [] }
        queue.items = nil
        state.route = .requestQueue(queue)
        return load(queue, state)
    }

    // MARK: - One request

    static func request(_ page: inout StaffRequestState, _ state: inout AppState, key: Key) -> [Effect] {
        if page.composer != nil { return composing(&page, &state, key: key) }
        guard let login = state.staff?.account.login else { return [] }
        var effects: [Effect] = []
        if page.request == nil, key != .escape, key != .backspace, key != .left { return [] }
        switch key {
        case .escape, .backspace, .left:
            return backToQueue(&state)
        case .character("t"), .character("T"):
            page.outcome = nil
            effects = [.actOnRequest(.take, id: page.id, staff: login, by: state.changeAuthor)]
        case .character("r"), .character("R"):
            page.composer = StaffComposer(kind: .reply)
        case .character("n"), .character("N"):
            page.composer = StaffComposer(kind: .note)
        case .character("f"), .character("F"):
            guard let request = page.request else { break }
            let others = page.catalog.departments.map(\.id).filter { $0 != request.thread.department }
            guard !others.isEmpty else { break }
            page.composer = StaffComposer(kind: .forward, departments: others)
        case .character("s"), .character("S"):
            page.composer = StaffComposer(kind: .status, status: next(after: page.request?.thread.summary.status ?? .new))
        case .character("c"), .character("C"):
            var composer = StaffComposer(kind: .status, status: .closed)
            composer.focus = .text
            page.composer = composer
        default:
            if let offset = page.measure.scrolled(page.offset, by: key) {
                page.offset = min(max(0, offset), page.measure.maxOffset)
            }
        }
        if page.composer != nil { page.outcome = nil }
        state.route = .staffRequest(page)
        return effects
    }

    /// The status S proposes first: the next one after the current, skipping it.
    private static func next(after status: RequestStatus) -> RequestStatus {
        let all = RequestStatus.allCases.filter { $0 != .new }
        let index = all.firstIndex(of: status) ?? -1
        return all[(index + 1) % all.count]
    }

    private static func composing(_ page: inout StaffRequestState, _ state: inout AppState, key: Key) -> [Effect] {
        guard var composer = page.composer, let login = state.staff?.account.login else { return [] }
        defer { state.route = .staffRequest(page) }
        if composer.isSending { return [] }
        switch key {
        case .escape:
            page.composer = nil
            return []
        case .tab, .backTab:
            let order = composer.focusOrder
            let index = order.firstIndex(of: composer.focus) ?? 0
            composer.focus = order[(index + (key == .tab ? 1 : order.count - 1)) % order.count]
        case .enter where composer.focus == .send:
            guard let act = composer.act else {
                page.outcome = .invalid(.requestActTextMissing)
                composer.focus = .text
                break
            }
            composer.isSending = true
            page.composer = composer
            page.outcome = nil
            return [.actOnRequest(act, id: page.id, staff: login, by: state.changeAuthor)]
        case .left where composer.focus == .choice, .right where composer.focus == .choice,
             .character(" ") where composer.focus == .choice:
            switch composer.kind {
            case .forward:
                let count = composer.departments.count
                if count > 0 { composer.department = (composer.department + (key == .left ? count - 1 : 1)) % count }
            case .status:
                let statuses = RequestStatus.allCases.filter { $0 != .new }
                let index = statuses.firstIndex(of: composer.status) ?? 0
                composer.status = statuses[(index + (key == .left ? statuses.count - 1 : 1)) % statuses.count]
            case .reply, .note:
                break
            }
        default:
            if composer.focus == .text { _ = composer.editor.apply(key) }
        }
        page.composer = composer
        return []
    }

    static func requestLoaded(_ request: StaffRequestThread, state: inout AppState) {
        guard case .staffRequest(var page) = state.route, page.id == request.thread.summary.id else { return }
        page.request = request
        state.route = .staffRequest(page)
    }

    static func missing(_ id: Int64, state: inout AppState) {
        guard case .staffRequest(var page) = state.route, page.id == id else { return }
        page.isMissing = true
        page.composer = nil
        state.route = .staffRequest(page)
    }

    static func acted(id: Int64, _ result: ChangeResult<StaffRequestThread>, state: inout AppState) -> [Effect] {
        guard case .staffRequest(var page) = state.route, page.id == id else { return [] }
        switch result {
        case .done(let request):
            let wasForward = page.composer?.kind == .forward
            page.request = request
            page.composer = nil
            page.outcome = .saved
            // What was just written is at the end: show it.
            page.offset = PageMeasure.toEnd
            state.route = .staffRequest(page)
            // A request sent to another department leaves this queue.
            if wasForward, let login = state.staff?.account.login {
                return [.loadStaffRequest(id: id, staff: login)]
            }
        case .refused(let reason):
            page.composer?.isSending = false
            page.outcome = .refused(reason)
            state.route = .staffRequest(page)
        }
        return []
    }

    static func measured(_ measure: PageMeasure, state: inout AppState) {
        guard case .staffRequest(var page) = state.route else { return }
        page.measure = measure
        page.offset = min(max(0, page.offset), measure.maxOffset)
        state.route = .staffRequest(page)
    }

    /// Shows a store failure on the queue or request on top; false when another screen is.
    static func failed(_ failure: StoreFailure, state: inout AppState) -> Bool {
        switch state.route {
        case .requestQueue(var queue):
            queue.failure = failure
            state.route = .requestQueue(queue)
        case .staffRequest(var page):
            page.composer?.isSending = false
            page.outcome = .failed(failure)
            state.route = .staffRequest(page)
        default:
            return false
        }
        return true
    }
}
