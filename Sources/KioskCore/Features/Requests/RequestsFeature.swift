/// The detainee's requests: the list, choosing a service, and a request's thread with replies.
///
/// Whether the section is open at all is decided by `SectionGate` before any of these screens
/// is shown. The form itself is `RequestFormFeature`.
enum RequestsFeature {
    /// The list, as the gate opens it: loading.
    static func enter(_ state: AppState) -> (Route, [Effect]) {
        (.requests(RequestsState()), load(state))
    }

    static func load(_ state: AppState) -> [Effect] {
        guard let detainee = state.session?.account.id else { return [] }
        return [.loadRequests(detainee: detainee)]
    }

    // MARK: - The list

    static func list(_ list: inout RequestsState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .character("n"), .character("N"), .insert:
            state.route = .requests(list)
            guard let catalog = list.catalog, let items = list.items else { return [] }
            state.stack.append(.servicePicker(ServicePickerState(catalog: catalog, requests: items)))
            return []
        case .enter, .right:
            state.route = .requests(list)
            guard let catalog = list.catalog, let request = list.items?[safe: list.selection] else { return [] }
            return open(request, catalog: catalog, &state)
        default:
            ListKeys.move(&list.selection, count: list.items?.count ?? 0, key: key)
            state.route = .requests(list)
            return []
        }
    }

    static func loaded(_ catalog: ServiceCatalog, _ items: [RequestSummary], state: inout AppState) {
        guard case .requests(var list) = state.route else { return }
        list.catalog = catalog
        list.items = items
        list.failure = nil
        list.selection = min(list.selection, max(0, items.count - 1))
        state.route = .requests(list)
    }

    /// Leaves a screen above the list and loads the list again: statuses and unread counts
    /// may have changed.
    static func backToList(_ state: inout AppState) -> [Effect] {
        state.goBack()
        guard case .requests = state.route else { return [] }
        return load(state)
    }

    // MARK: - Choosing a service

    static func picker(_ picker: inout ServicePickerState, _ state: inout AppState, key: Key) -> [Effect] {
        switch key {
        case .escape, .backspace, .left:
            state.goBack()
            return []
        case .enter, .right:
            guard let service = picker.selectedService else { break }
            if let open = picker.blockingRequest(for: service) {
                picker.blocked = open
                break
            }
            picker.blocked = nil
            state.route = .servicePicker(picker)
            guard let detainee = state.session?.account.id else { return [] }
            let key = "\(state.settings.terminalName)-\(detainee)-\(Int64(state.now.timeIntervalSince1970 * 1000))-\(service.id)"
            state.stack.append(.requestForm(RequestFormState(service: service, key: key)))
            return []
        default:
            let before = picker.selection
            ListKeys.move(&picker.selection, count: picker.catalog.services.count, key: key)
            if picker.selection != before { picker.blocked = nil }
        }
        state.route = .servicePicker(picker)
        return []
    }

    // MARK: - A request's thread

    /// Opens a request's thread: at its end when staff wrote something new (it is the end that
    /// is new), else at what was asked.
    static func open(_ request: RequestSummary, catalog: ServiceCatalog, _ state: inout AppState) -> [Effect] {
        guard let detainee = state.session?.account.id else { return [] }
        var page = RequestThreadState(id: request.id, catalog: catalog)
        if request.unread > 0 { page.offset = PageMeasure.toEnd }
        state.stack.append(.requestThread(page))
        return [.openRequest(id: request.id, detainee: detainee)]
    }

    static func thread(_ page: inout RequestThreadState, _ state: inout AppState, key: Key) -> [Effect] {
        if page.isReplying { return composing(&page, &state, key: key) }
        switch key {
        case .escape, .backspace, .left:
            return backToList(&state)
        case .character("r"), .character("R"):
            guard page.canReply, let detainee = state.session?.account.id else { break }
            if page.reply == nil {
                page.reply = ReplyComposer(key: "\(state.settings.terminalName)-\(detainee)-\(page.id)-"
                                               + "\(Int64(state.now.timeIntervalSince1970 * 1000))")
            }
            page.isReplying = true
            page.replySent = false
        default:
            if let offset = page.measure.scrolled(page.offset, by: key) {
                page.offset = min(max(0, offset), page.measure.maxOffset)
            }
        }
        state.route = .requestThread(page)
        return []
    }

    private static func composing(_ page: inout RequestThreadState, _ state: inout AppState, key: Key) -> [Effect] {
        guard var reply = page.reply else {
            page.isReplying = false
            state.route = .requestThread(page)
            return []
        }
        defer { state.route = .requestThread(page) }
        if reply.isSending { return [] }
        switch key {
        case .escape:
            // The text stays: R opens the box again with it.
            page.isReplying = false
        case .tab, .backTab:
            reply.isOnSend.toggle()
        case .enter where reply.isOnSend:
            let text = TextSanitizer(maxLength: ReplyComposer.limit, keepsNewlines: true).clean(reply.editor.text)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, let detainee = state.session?.account.id else {
                reply.isOnSend = false
                break
            }
            reply.isSending = true
            reply.failure = nil
            page.reply = reply
            return [.replyToRequest(id: page.id, text: text, key: reply.key, detainee: detainee)]
        default:
            if !reply.isOnSend { _ = reply.editor.apply(key) }
        }
        page.reply = reply
        return []
    }

    static func opened(_ thread: RequestThread, state: inout AppState) {
        guard case .requestThread(var page) = state.route, page.id == thread.summary.id else { return }
        page.thread = thread
        page.failure = nil
        state.route = .requestThread(page)
    }

    static func replied(_ thread: RequestThread, state: inout AppState) {
        guard case .requestThread(var page) = state.route, page.id == thread.summary.id else { return }
        let written = { (thread: RequestThread?) in thread?.messages.filter { $0.author == .detainee }.count ?? 0 }
        if written(thread) <= written(page.thread) {
            // The store wrote nothing: the request was finished meanwhile. Its new status shows;
            // the text stays in the box, never called sent.
            page.thread = thread
            page.reply?.isSending = false
            page.isReplying = false
            state.route = .requestThread(page)
            return
        }
        page.thread = thread
        page.reply = nil
        page.isReplying = false
        page.replySent = true
        // The new message is at the end: show it.
        page.offset = PageMeasure.toEnd
        state.route = .requestThread(page)
    }

    static func missing(_ id: Int64, state: inout AppState) {
        guard case .requestThread(var page) = state.route, page.id == id else { return }
        page.isMissing = true
        page.reply?.isSending = false
        state.route = .requestThread(page)
    }

    static func measured(_ measure: PageMeasure, state: inout AppState) {
        switch state.route {
        case .requestThread(var page):
            page.measure = measure
            page.offset = min(max(0, page.offset), measure.maxOffset)
            state.route = .requestThread(page)
        case .requestForm(var form) where form.isReviewing:
            form.reviewMeasure = measure
            form.reviewOffset = min(max(0, form.reviewOffset), measure.maxOffset)
            state.route = .requestForm(form)
        default:
            break
        }
    }

    /// Shows a store failure on the request screen on top; false when another screen is.
    static func failed(_ failure: StoreFailure, state: inout AppState) -> Bool {
        switch state.route {
        case .requests(var list):
            list.failure = failure
            state.route = .requests(list)
        case .requestThread(var page):
            if page.reply?.isSending == true {
                page.reply?.isSending = false
                page.reply?.failure = failure
            } else {
                page.failure = failure
            }
            state.route = .requestThread(page)
        case .requestForm(var form):
            guard form.phase == .sending else { return true }
            form.phase = .notSent(.failure(failure))
            state.route = .requestForm(form)
        default:
            return false
        }
        return true
    }
}
