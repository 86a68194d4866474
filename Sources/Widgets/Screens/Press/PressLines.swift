import Foundation
import KioskCore

/// How the press screens write an article line and a newspaper line.
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
}
