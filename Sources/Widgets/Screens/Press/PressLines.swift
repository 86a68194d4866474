import Foundation
import KioskCore

/// How the press screens write an article line and a newspaper line.
enum PressLines {
    /// "sam. 28 févr.  Title · Source", one line per article: the date first, padded to the
    /// widest date of the list, so the list reads as a timeline with its titles in a column;
    /// unread articles carry the word "new" as a badge (words, not only colour).
    static func articles(_ articles: [PressArticleSummary], showsSource: Bool, _ state: AppState) -> [MenuItem] {
        let days = articles.map { DateText.day($0.published, language: state.language, timeZone: state.settings.timeZone) }
        let width = days.map(TextWidth.of).max() ?? 0
        return zip(articles, days).map { article, day in
            var label = day + String(repeating: " ", count: width - TextWidth.of(day) + 2) + article.title
            if showsSource { label += " · " + article.sourceName }
            return MenuItem(label, badge: article.isRead ? nil : state.catalog[.pressUnreadMark])
        }
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
