@testable import KioskCore
import Foundation

/// The fictional job site of the job-sites tests, as the browser would return its pages.
enum Werkplein {
    static let root = "http://werkplein.localhost/"
    static let listingURL = "http://werkplein.localhost/jobs/page-1.html"
    static let jobURL = "http://werkplein.localhost/jobs/job-104.html"
    static let nextURL = "http://werkplein.localhost/jobs/page-2.html"
    static let resultsURL = "http://werkplein.localhost/search/results"
    static let applyURL = "http://werkplein.localhost/apply/send"

    static let site = StartSite(rule: "http://werkplein.localhost", category: .jobs, url: root)
    static let library = StartSite(rule: "bibliotheek.example", category: .library, url: "https://bibliotheek.example/")
    static let saved = Bookmark(url: jobURL, title: "Kok (m/v/x)", createdAt: .morning)

    /// A listing: two links in a paragraph, then a search form, then a third link.
    static let listingDocument = Document(title: "Vacatures", blocks: [
        .heading(level: 1, [.text("Vacatures")]),
        .paragraph([.link([.text("Kok")], target: jobURL), .text(" · "), .link([.text("Volgende")], target: nextURL)]),
        .form(searchForm),
        .paragraph([.link([.text("Start")], target: root)]),
    ])

    /// A GET search form: a text, a list, two boxes, two radio buttons, a hidden field and a button.
    static let searchForm = Document.Form(method: .get, action: resultsURL, fields: [
        Document.FormField(kind: .text, name: "q", label: "Trefwoord"),
        Document.FormField(kind: .select, name: "region", value: "wal", label: "Regio", options: [
            .init(value: "", label: "Overal"), .init(value: "vl", label: "Vlaanderen"), .init(value: "wal", label: "Wallonie"),
        ]),
        Document.FormField(kind: .checkbox, name: "contract", value: "vast", label: "vast", isChecked: true),
        Document.FormField(kind: .checkbox, name: "contract", value: "tijdelijk", label: "tijdelijk"),
        Document.FormField(kind: .radio, name: "lang", value: "nl", label: "Nederlands"),
        Document.FormField(kind: .radio, name: "lang", value: "fr", label: "Français", isChecked: true),
        Document.FormField(kind: .hidden, name: "from", value: "kiosk"),
        Document.FormField(kind: .submit, name: "go", value: "Zoeken", label: "Zoeken"),
        Document.FormField(kind: .submit, name: "all", value: "Alles", label: "Alles"),
    ])

    static let listing = WebPage(url: listingURL, title: "Vacatures · Werkplein", document: listingDocument)
    static let job = WebPage(url: jobURL, title: "Kok (m/v/x)", document: Document(blocks: [.paragraph([.text("Kok gezocht.")])]))
    static let next = WebPage(url: nextURL, title: "Vacatures 2", document: Document(blocks: [.paragraph([.text("Pagina 2.")])]))

    /// The targets of the listing in focus order: links 0 and 1, the form's seven visible
    /// fields, link 2.
    static let listingTargets: [Document.Target] = [.link(0), .link(1)]
        + [0, 1, 2, 3, 4, 5, 7, 8].map { .field(Document.FieldAddress(form: 0, field: $0)) } + [.link(2)]
}

extension AppState {
    /// Jean's browser session name at `Date.morning` on the terminal "kiosk".
    static let jeanSession = "kiosk|1|1772438400"

    /// Jean on the job sites' start page, the site and no bookmark loaded.
    static func onStartPage(_ account: DetaineeAccount = .jean, bookmarks: [Bookmark] = []) -> AppState {
        var state = AppState.loggedIn(account)
        state.stack = [.home(HomeState(selection: 1)), .jobSites(JobSitesState(sites: [Werkplein.site], bookmarks: bookmarks))]
        state.session?.visit = SectionVisit(section: .jobSites, since: .morning)
        return state
    }

    /// Jean reading `entries` (the last on screen) over the start page, his browser session named.
    static func reading(_ entries: [WebHistoryEntry], position: Int? = nil, measure: PageMeasure = PageMeasure(),
                        bookmarks: [Bookmark] = []) -> AppState {
        var state = onStartPage(bookmarks: bookmarks)
        state.session?.webSession = jeanSession
        state.stack.append(.webPage(WebPageState(history: entries, position: position ?? entries.count - 1, measure: measure)))
        return state
    }

    /// The reader on top.
    var reader: WebPageState? {
        if case .webPage(let page) = route { return page }
        return nil
    }
}

extension WebHistoryEntry {
    static func shown(_ page: WebPage, offset: Int = 0) -> WebHistoryEntry {
        WebHistoryEntry(request: PageRequest(url: page.url), load: .page(page), offset: offset)
    }
}

extension Effect {
    /// Jean's request for a page.
    static func load(_ request: PageRequest, categories: Set<SiteCategory>? = nil) -> Effect {
        .loadPage(request, session: AppState.jeanSession, categories: categories)
    }

    /// An audit line by Jean on the terminal "kiosk" at `Date.morning`.
    static func audit(_ action: String, _ subject: String, _ detail: String = "") -> Effect {
        .audit(AuditEvent(at: .morning, actor: "detainee:1001", terminal: "kiosk", action: action, subject: subject, detail: detail))
    }
}
