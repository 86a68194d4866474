@testable import KioskCore
import XCTest

final class CatalogTests: XCTestCase {
    func testEveryLanguageHasEveryKey() {
        for language in Language.allCases {
            // Given a language's catalog, then no key is missing
            XCTAssertEqual(Catalog(language).missingKeys, [], "\(language) lacks keys")
        }
    }

    func testPlaceholdersAreTheSameInEveryLanguage() {
        let english = Catalog(.en)
        for language in Language.allCases {
            let catalog = Catalog(language)
            for key in MessageKey.allCases {
                XCTAssertEqual(catalog.placeholders(of: key), english.placeholders(of: key), "\(language) \(key)")
            }
        }
    }

    func testNoTextIsEmptyOrUntranslatedByAccident() {
        for language in Language.allCases {
            for key in MessageKey.allCases {
                XCTAssertFalse(Catalog(language)[key].trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(key)")
            }
        }
        // The menu is really translated (a copy of English would pass the tests above)
        XCTAssertEqual(Set(Language.allCases.map { Catalog($0)[.menuRequests] }).count, 4)
    }

    func testPlaceholdersAreFilled() {
        // Given the French greeting, when a name is given, then it appears in place
        XCTAssertEqual(Catalog(.fr).text(.homeGreeting, ["name": "Jean"]), "Bonjour, Jean")
        XCTAssertEqual(Catalog(.de).text(.homeUnread, ["count": "3"]), "3 neu")
    }
}
