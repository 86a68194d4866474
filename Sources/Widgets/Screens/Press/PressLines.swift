import Foundation
import KioskCore

/// How the press screens write an article line, a newspaper line and a waiting list.
enum PressLines {
    /// "sam. 28 févr.  Title · Source": the date first so a list reads as a timeline; unread
    /// articles carry the word "new" as a badge (words, not only colour).
    static func article(_ article: PressArticleSummary, showsSource: Bool, _ state: AppState) -> MenuItem {
        let day = DateText.day(article.published, language: state.language, timeZone: state.settings.timeZone)
        var label = day + "  " + article.title
        if showsSource { label += " · " + article.sourceName }
        return MenuItem(label, badge: article.isRead ? nil : state.catalog[.pressUnreadMark])
    }

    /// "Le Journal du Quartier (fr) · 12 articles · sam. 28 févr.", with "3 new" as its badge.
    static func source(_ source: PressSourceSummary, _ state: AppState) -> MenuItem {
        let catalog = state.catalog
        var label = "\(source.name) (\(source.language.rawValue)) · "
            + (source.articleCount == 1 ? catalog[.pressArticleCountOne]
                : catalog.text(.pressArticleCount, ["count": String(source.articleCount)]))
        if let latest = source.latest {
            label += " · " + DateText.day(latest, language: state.language, timeZone: state.settings.timeZone)
        }
        let badge = source.unreadCount > 0 ? catalog.text(.pressUnreadCount, ["count": String(source.unreadCount)]) : nil
        return MenuItem(label, badge: badge)
    }

    /// A list, or what stands in its place: loading, a store failure, or what empty means.
    static func drawList(_ items: [MenuItem]?, selection: Int, empty: String, failure: StoreFailure?, _ catalog: Catalog,
                         in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let message: (String, Role)? = if let failure {
            ("! " + catalog[failure == .notWritable ? .storeNotWritable : .storeUnavailable], .error)
        } else if let items {
            items.isEmpty ? (empty, .muted) : nil
        } else {
            (catalog[.pressLoading], .muted)
        }
        if let (text, role) = message {
            for (index, line) in TextLayout.wrap(text, width: area.cols).prefix(area.rows).enumerated() {
                buffer.write(line, row: area.row + index, col: area.col, role: role)
            }
            return
        }
        MenuList(items: items ?? [], selection: selection).draw(in: &buffer, area: area)
    }

    /// The title, and on its right the minutes left today when the press has a daily quota.
    static func drawTitle(_ title: String, _ state: AppState, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var left = ""
        if let minutes = SectionScreen.minutesLeft(in: .press, state) {
            left = state.catalog.text(.sectionTimeLeft, ["minutes": String(minutes)])
        }
        let leftWidth = TextWidth.of(left)
        let room = leftWidth > 0 && leftWidth + 4 < area.cols ? area.cols - leftWidth - 2 : area.cols
        buffer.write(TextLayout.truncate(title, width: room), row: area.row, col: area.col, role: .title)
        if room < area.cols { buffer.write(left, row: area.row, col: area.right - leftWidth, role: .muted) }
    }
}
