import Foundation

/// The page reader: scrolling, links and fields by Tab or by number, back and forward,
/// reload, find, an address typed, bookmarks. Form fields are edited by `WebFormEditing`.
///
/// Every page comes through the browser, which decides it with the site rules; the reader
/// only asks and shows what came: the page, the refusal or the failure, each in words. Every
/// page shown is audited as `web.visit`, every refusal as `web.refused`, every failure as
/// `web.failed`. Back and forward show the pages of the visit as they were left (with what was
/// typed in their forms) without asking the site again; reload asks again.
enum WebPageFeature {
    static func reader(_ page: inout WebPageState, _ state: inout AppState, key: Key) -> [Effect] {
        page.notice = nil
        switch page.mode {
        case .address(let editor):
            return address(editor, &page, &state, key: key)
        case .find(let editor):
            find(editor, &page, key: key)
            state.route = .webPage(page)
            return []
        case .editing(let field, let editor, let original):
            WebFormEditing.edit(field, editor, original: original, &page, key: key)
            state.route = .webPage(page)
            return []
        case .reading:
            break
        }
        if key == .escape {
            state.goBack()
            return []
        }
        if let effects = linkNumber(&page, &state, key: key) { return effects }
        if page.awaited != nil {
            // The answer is on its way: only leaving makes sense.
            state.route = .webPage(page)
            return []
        }
        if let effects = WebFormEditing.fieldKey(&page, &state, key: key) { return effects }
        var effects: [Effect] = []
        switch key {
        case .backspace, .left:
            guard page.canGoBack else {
                state.goBack()
                return []
            }
            effects = move(in: &page, by: -1, state: &state)
        case .right:
            if page.canGoForward { effects = move(in: &page, by: 1, state: &state) }
        case .tab, .backTab:
            moveFocus(&page, forward: key == .tab)
        case .enter:
            if case .link(let index) = page.focus { return follow(index, &page, &state) }
        case .character("g"):
            page.mode = .address(TextEditorState(limit: WebAddress.maximumLength, allowsNewlines: false))
        case .character("/"):
            page.mode = .find(TextEditorState(text: page.find?.query ?? "", limit: WebFind.maximumLength, allowsNewlines: false))
        case .character("n"), .character("N"):
            nextMatch(&page, forward: key == .character("n"))
        case .character("b"):
            effects = bookmark(&page, state)
        case .character("r"), .function(5):
            let request = page.current.request
            guard request.method == .post else { return navigate(request, &page, &state, replacing: true) }
            // A form sent with POST is never sent again by a reload: its answer is asked for
            // again from the address it came from, and a refused or failed one stays as it is.
            if let shown = page.page { return navigate(PageRequest(url: shown.url), &page, &state, replacing: true) }
        default:
            if let offset = page.measure.scrolled(page.offset, by: key) {
                page.offset = min(max(0, offset), page.maxOffset)
            }
        }
        state.route = .webPage(page)
        return effects
    }

    // MARK: - Going to pages

    /// Asks for a page from the one on screen: the pages after it are forgotten, as in a
    /// browser; `replacing` asks again for the page on screen (reload).
    static func navigate(_ request: PageRequest, _ page: inout WebPageState, _ state: inout AppState,
                         replacing: Bool = false) -> [Effect] {
        var history = Array(page.history.prefix(page.position + (replacing ? 0 : 1)))
        history.append(WebHistoryEntry(request: request))
        if history.count > WebPageState.historyLimit { history.removeFirst(history.count - WebPageState.historyLimit) }
        page.history = history
        page.position = history.count - 1
        resetView(&page)
        state.route = .webPage(page)
        return JobSitesFeature.load(request, &state)
    }

    /// Back or forward to a page of the visit, shown as it was left; one that never arrived is
    /// asked for again.
    private static func move(in page: inout WebPageState, by step: Int, state: inout AppState) -> [Effect] {
        page.position += step
        resetView(&page)
        guard page.current.load == nil else { return [] }
        state.route = .webPage(page)
        return JobSitesFeature.load(page.current.request, &state)
    }

    /// A page on screen anew: nothing selected, nothing typed, measured again.
    private static func resetView(_ page: inout WebPageState) {
        page.focus = nil
        page.typedNumber = ""
        page.measure = PageMeasure()
        page.mode = .reading
        if var find = page.find {
            find.current = nil
            find.isPending = false
            page.find = find
        }
    }

    private static func follow(_ index: Int, _ page: inout WebPageState, _ state: inout AppState) -> [Effect] {
        guard let target = page.page?.document.links[safe: index] else {
            state.route = .webPage(page)
            return []
        }
        return navigate(PageRequest(url: target), &page, &state)
    }

    /// Digits typed to follow a link by number: kept while typed, Enter follows, Backspace
    /// takes one back; nil when the key is not about a number.
    private static func linkNumber(_ page: inout WebPageState, _ state: inout AppState, key: Key) -> [Effect]? {
        switch key {
        case .character(let character) where character.isASCII && character.isNumber && page.page != nil:
            if page.typedNumber.count < WebPageState.maximumLinkDigits { page.typedNumber.append(character) }
        case .backspace where !page.typedNumber.isEmpty:
            page.typedNumber.removeLast()
        case .enter where !page.typedNumber.isEmpty:
            let number = Int(page.typedNumber) ?? 0
            page.typedNumber = ""
            let count = page.page?.document.links.count ?? 0
            guard number >= 1 && number <= count else {
                page.notice = .noSuchLink(number)
                break
            }
            return follow(number - 1, &page, &state)
        default:
            page.typedNumber = ""
            return nil
        }
        state.route = .webPage(page)
        return []
    }

    /// The `g` line: Enter asks the browser for the address, Esc closes it.
    private static func address(_ editor: TextEditorState, _ page: inout WebPageState, _ state: inout AppState, key: Key) -> [Effect] {
        var editor = editor
        switch key {
        case .escape:
            page.mode = .reading
        case .enter:
            page.mode = .reading
            if let url = WebAddress.typed(editor.text) { return navigate(PageRequest(url: url), &page, &state) }
        default:
            _ = editor.apply(key)
            page.mode = .address(editor)
        }
        state.route = .webPage(page)
        return []
    }

    // MARK: - Focus

    /// Tab and Shift-Tab: the next or previous link or field; from none, the first in view
    /// (or the last before the end of the view). The view follows the focus.
    private static func moveFocus(_ page: inout WebPageState, forward: Bool) {
        guard let document = page.page?.document else { return }
        let targets = document.targets
        guard !targets.isEmpty else { return }
        let lines = page.measure.targets.count == targets.count ? page.measure.targets : nil
        let index: Int
        if let focus = page.focus, let current = targets.firstIndex(of: focus) {
            index = (current + (forward ? 1 : targets.count - 1)) % targets.count
        } else if let lines {
            let top = page.offset
            let bottom = page.offset + max(1, page.measure.height)
            index = forward ? (lines.firstIndex { $0 >= top } ?? 0) : (lines.lastIndex { $0 < bottom } ?? targets.count - 1)
        } else {
            index = forward ? 0 : targets.count - 1
        }
        page.focus = targets[index]
        if let line = lines?[index] { page.offset = page.measure.showing(line, from: page.offset) }
    }

    // MARK: - Find

    /// The `/` line: Enter searches the page for the text (the screen finds the lines), Esc closes it.
    private static func find(_ editor: TextEditorState, _ page: inout WebPageState, key: Key) {
        var editor = editor
        switch key {
        case .escape:
            page.mode = .reading
        case .enter:
            page.mode = .reading
            let query = editor.text.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty else {
                page.find = nil
                page.measure.matches = nil
                return
            }
            if query == page.find?.query, page.measure.matches != nil {
                nextMatch(&page, forward: true)
            } else {
                page.find = WebFind(query: query, isPending: true)
                page.measure.matches = nil
            }
        default:
            _ = editor.apply(key)
            page.mode = .find(editor)
        }
    }

    /// n and N: the next or previous line holding the text searched for, wrapping around.
    private static func nextMatch(_ page: inout WebPageState, forward: Bool) {
        guard var find = page.find, let matches = page.measure.matches else { return }
        find.isPending = false
        guard !matches.isEmpty else {
            find.current = nil
            page.find = find
            page.notice = .noMatch(find.query)
            return
        }
        let index: Int
        if let current = find.current {
            index = (current + (forward ? 1 : matches.count - 1)) % matches.count
        } else {
            index = forward ? (matches.firstIndex { $0 >= page.offset } ?? 0) : (matches.lastIndex { $0 < page.offset } ?? matches.count - 1)
        }
        find.current = index
        page.find = find
        page.offset = min(max(0, matches[index]), page.maxOffset)
    }

    // MARK: - Bookmarks

    /// `b`: keeps the page on screen, or forgets it when it is kept already.
    private static func bookmark(_ page: inout WebPageState, _ state: AppState) -> [Effect] {
        guard let detainee = state.session?.account.id else { return [] }
        guard let shown = page.page else {
            page.notice = .nothingToBookmark
            return []
        }
        let bookmarks = JobSitesFeature.bookmarks(state) ?? []
        if bookmarks.contains(where: { $0.url == shown.url }) {
            page.notice = .bookmarkRemoved
            return [.removeBookmark(url: shown.url, detainee: detainee)]
        }
        guard bookmarks.count < Bookmark.limit else {
            page.notice = .bookmarksFull
            return []
        }
        page.notice = .bookmarkAdded
        let title = shown.title.isEmpty ? shown.url : String(shown.title.prefix(Bookmark.maximumTitleLength))
        return [.addBookmark(url: shown.url, title: title, detainee: detainee)]
    }

    // MARK: - Results

    /// The browser answered: the answer shows if it is the one awaited (a late answer for a
    /// page left since is dropped), and is audited.
    static func loaded(_ request: PageRequest, _ load: PageLoad, state: inout AppState) -> [Effect] {
        guard case .webPage(var page) = state.route, page.awaited == request else { return [] }
        page.current.load = load
        page.current.offset = 0
        resetView(&page)
        state.route = .webPage(page)
        switch load {
        case .page(let shown):
            return [state.audit(action: "web.visit", subject: shown.url, detail: visitDetail(request, shown))]
        case .refused(let url, let hop, let refusal):
            let detail = hop == 0 ? refusal.description : "hop \(hop) from \(request.url): \(refusal)"
            return [state.audit(action: "web.refused", subject: url, detail: detail)]
        case .failed(let url, let failure):
            return [state.audit(action: "web.failed", subject: url, detail: failure.description)]
        }
    }

    /// How the page was asked for, and from where when it was redirected.
    private static func visitDetail(_ request: PageRequest, _ shown: WebPage) -> String {
        var detail = switch request.urlMethod {
        case .get: "link"
        case .getForm: "form (GET)"
        case .post: "form (POST)"
        }
        if shown.url != request.url { detail += ", asked for \(request.url)" }
        return detail
    }

    /// The screen measured the page: scrolling stays on it, and a text searched for is
    /// scrolled to once its lines are known.
    static func measured(_ measure: PageMeasure, state: inout AppState) {
        guard case .webPage(var page) = state.route else { return }
        page.measure = measure
        page.offset = min(max(0, page.offset), page.maxOffset)
        if page.find?.isPending == true, measure.matches != nil {
            nextMatch(&page, forward: true)
        }
        state.route = .webPage(page)
    }
}
