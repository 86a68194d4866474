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

    func testAValueHoldingAPlaceholderIsNotFilledAgain() {
        // Given a press search for text that looks like the other placeholder of the message
        let catalog = Catalog(.en)

        // When the message is worded
        let text = catalog.text(.pressSearchResults, ["count": "2", "query": "{count} {missing}"])

        // Then the typed text is shown as typed, whatever order the values are read in
        XCTAssertEqual(text, "2 articles for “{count} {missing}”")
    }

    func testAPlaceholderWithoutAValueStaysAsWritten() {
        // Given a message with two placeholders, when only one has a value
        let text = Catalog(.en).text(.staffGreeting, ["role": "staff", "unused": "x"])

        // Then the other stays as written and the known one is filled
        XCTAssertEqual(text, "Supervisor mode: {name}, staff")
    }

    func testAValueWithAnOpenBraceIsPutInAsItIs() {
        // Given a name that holds an open brace, when the greeting is worded
        let text = Catalog(.en).text(.homeGreeting, ["name": "{Jo"])

        // Then the brace is kept and nothing else changes
        XCTAssertEqual(text, "Hello, {Jo")
    }

    func testEveryKeyIsFoundAsItselfByItsHash() {
        // Given a table holding every key's own name
        let table = Dictionary(uniqueKeysWithValues: MessageKey.allCases.map { ($0, $0.rawValue) })

        // Then every key finds its own entry, and distinct keys hash apart
        for key in MessageKey.allCases { XCTAssertEqual(table[key], key.rawValue) }
        XCTAssertNotEqual(MessageKey.menuCourses.hashValue, MessageKey.menuPress.hashValue)
    }
}
