import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// One feed item becoming the article the archive keeps.
final class PressArticleBuilderTests: XCTestCase {
    private let published = Date(timeIntervalSince1970: 1_772_000_000)
    private let feedURL: StrictURL = {
        guard case .success(let url) = StrictURL.parse("https://press.example/feeds/quartier.xml") else { fatalError() }
        return url
    }()

    private func item(title: String = "Titre", link: String? = "https://press.example/a/1",
                      summary: String? = nil, content: String? = nil) -> FeedItem {
        FeedItem(id: "item-1", title: title, link: link, published: published, dateWasMissing: false,
                 author: "Jeanne", summaryHTML: summary, contentHTML: content)
    }

    private func draft(_ item: FeedItem, language: Language = .fr) -> PressArticleDraft {
        PressArticleBuilder(converter: HTMLDocumentConverter(), feedURL: feedURL, language: language).draft(item)
    }

    func testTheItemsFieldsCarryOver() {
        // Given an item with every field
        let article = draft(item(content: "<p>Texte</p>"))
        // Then the article keeps them, keyed by the item's identity
        XCTAssertEqual(article.key, "item-1")
        XCTAssertEqual(article.title, "Titre")
        XCTAssertEqual(article.document.title, "Titre")
        XCTAssertEqual(article.link, "https://press.example/a/1")
        XCTAssertEqual(article.author, "Jeanne")
        XCTAssertEqual(article.published, published)
        XCTAssertFalse(article.dateWasMissing)
    }

    func testTheContentIsPreferredToTheSummary() {
        let article = draft(item(summary: "<p>Résumé court</p>", content: "<p>Texte complet</p>"))
        XCTAssertEqual(article.document.plainText, "Texte complet")
    }

    func testTheSummaryIsTheBodyWhenThereIsNoContent() {
        let article = draft(item(summary: "<p>Résumé <em>court</em></p>"))
        XCTAssertEqual(article.document.blocks, [.paragraph([.text("Résumé "), .text("court", .emphasis)])])
    }

    func testNoBodyGivesAnEmptyDocumentWithTheTitle() {
        let article = draft(item())
        XCTAssertEqual(article.document, Document(title: "Titre", blocks: []))
    }

    func testRelativeLinksResolveAgainstTheItemsLinkElseTheFeed() {
        // Given the same relative link in an item with a link and in one without
        let body = "<p><a href=\"suite\">suite</a></p>"
        // Then the first resolves against the item's link, the second against the feed's URL
        XCTAssertEqual(draft(item(content: body)).document.links, ["https://press.example/a/suite"])
        XCTAssertEqual(draft(item(link: nil, content: body)).document.links, ["https://press.example/feeds/suite"])
    }

    func testAnUntitledItemIsNamedByItsFirstWords() {
        // Given an item without title whose text is long
        let text = "La bibliothèque de la prison ouvre une nouvelle salle de lecture avec des journaux en quinze langues et des dictionnaires"
        let article = draft(item(title: "", content: "<p>\(text)</p>"))
        // Then its title is its first words, cut on a word, at most 80 characters and marked as cut
        XCTAssertEqual(article.title, "La bibliothèque de la prison ouvre une nouvelle salle de lecture avec des…")
        XCTAssertLessThanOrEqual(article.title.count, 81)
        XCTAssertEqual(article.document.title, article.title)
    }

    func testAnUntitledItemWithoutTextIsNamedByItsLinkElseByItsLanguage() {
        XCTAssertEqual(draft(item(title: " ")).title, "https://press.example/a/1")
        XCTAssertEqual(draft(item(title: "", link: nil), language: .fr).title, "Article sans titre")
        XCTAssertEqual(draft(item(title: "", link: nil), language: .nl).title, "Artikel zonder titel")
        XCTAssertEqual(draft(item(title: "", link: nil), language: .de).title, "Artikel ohne Titel")
        XCTAssertEqual(draft(item(title: "", link: nil), language: .en).title, "Untitled article")
    }

    func testASingleWordLongerThanTheLimitIsCut() {
        let word = String(repeating: "a", count: 100)
        XCTAssertEqual(PressArticleBuilder.leadingWords(of: word, maximum: 80), String(repeating: "a", count: 80) + "…")
        XCTAssertEqual(PressArticleBuilder.leadingWords(of: "  deux\nmots ", maximum: 80), "deux mots")
    }
}
