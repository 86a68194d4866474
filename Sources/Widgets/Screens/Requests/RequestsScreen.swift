import KioskCore

/// The detainee's requests, most recently updated first: each with its service, its status in
/// words, its number and the day it was sent, and the replies not yet read as "2 new".
struct RequestsScreen {
    let state: AppState
    let list: RequestsState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("N", catalog[.hintNewRequest]),
         KeyHint("Esc", catalog[.hintBack])]
    }

    /// "Medical service · in progress · no. 12 · sent 2 Mar 2026", with "2 new" as its badge:
    /// the status comes early so a narrow screen still shows it.
    static func item(_ request: RequestSummary, _ services: ServiceCatalog?, _ state: AppState) -> MenuItem {
        let catalog = state.catalog
        let label = [RequestLines.service(request.service, services, state), RequestLines.status(request.status, catalog),
                     RequestLines.number(request.id, catalog),
                     catalog.text(.requestSentOn, ["date": RequestLines.day(request.sentAt, state)])].joined(separator: " · ")
        let badge = request.unread > 0 ? catalog.text(.requestUnread, ["count": String(request.unread)]) : nil
        return MenuItem(label, badge: badge)
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.menuRequests], section: .requests, state, in: &buffer, area: area)
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2))
        SectionLines.drawList(list.items?.map { Self.item($0, list.catalog, state) }, selection: list.selection,
                              empty: catalog[.requestsEmpty], loading: catalog[.requestLoading], failure: list.failure, catalog,
                              in: &buffer, area: listArea)
    }
}
