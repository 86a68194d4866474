import Foundation
import GRDB
import KioskCore
@testable import KioskStore
import XCTest

/// Searching the archive: typed text, accents and case ignored, never search syntax.
final class PressSearchTests: PressTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try store([
            draft("ecole", "La rentrée à l'École", hoursAgo: 5, text: "Les élèves reviennent en classe."),
            draft("muller", "Interview", hoursAgo: 4, text: "Herr Müller spricht über Straßen und Schulen."),
            draft("budget", "Budget 2026", hoursAgo: 3, text: "Le gouvernement présente le budget fédéral."),
            draft("meteo", "Météo", hoursAgo: 2, text: "Pluie sur Bruxelles, soleil à Liège."),
            draft("quote", "Le mot \"NEAR\" (et le reste)", hoursAgo: 1, text: "title:budget -x AND OR NOT *"),
        ], in: Self.soir)
    }

    func testAccentsAndCaseAreIgnored() throws {
        // Given the articles of setUp
        // When Julien types words without their accents or in another case
        // Then they are found, in the title or the text
        XCTAssertEqual(try titles(searching: "ecole"), ["La rentrée à l'École"])
        XCTAssertEqual(try titles(searching: "ÉCOLE"), ["La rentrée à l'École"])
        XCTAssertEqual(try titles(searching: "muller"), ["Interview"])
        XCTAssertEqual(try titles(searching: "Müller"), ["Interview"])
        XCTAssertEqual(try titles(searching: "eleves"), ["La rentrée à l'École"])
        XCTAssertEqual(try titles(searching: "liege"), ["Météo"])
        // And a decomposed accent (e + U+0301) is the same letter
        XCTAssertEqual(try titles(searching: "me\u{301}te\u{301}o"), ["Météo"])
    }

    func testWordsAreMatchedAsPrefixesAndAllMustMatch() throws {
        // Given the articles of setUp
        // When Julien types the start of words
        // Then every article with a word starting so is found
        XCTAssertEqual(try titles(searching: "bud"), ["Budget 2026", "Le mot \"NEAR\" (et le reste)"])
        XCTAssertEqual(try titles(searching: "2026"), ["Budget 2026"])
        // And every word must match, wherever it is
        XCTAssertEqual(try titles(searching: "budget federal"), ["Budget 2026"])
        XCTAssertEqual(try titles(searching: "budget météo"), [])
        XCTAssertEqual(try titles(searching: "pluie soleil brux"), ["Météo"])
        // And a word not in any article finds nothing
        XCTAssertEqual(try titles(searching: "zzz"), [])
    }

    func testATitleMatchRanksAboveATextMatchThenNewestFirst() throws {
        // Given "Budget 2026" (title and text) and the newer quote article (text only)
        // When Julien searches for budget
        let found = try titles(searching: "budget")
        // Then the title match comes first
        XCTAssertEqual(found, ["Budget 2026", "Le mot \"NEAR\" (et le reste)"])
        // And among equal matches, the newest comes first
        try store([draft("same-1", "Égalité", hoursAgo: 30), draft("same-2", "Égalité", hoursAgo: 20)], in: Self.standaard)
        let equal = try press.searchPress("egalite", detainee: julien.id, allowed: nil, limit: 5)
        XCTAssertEqual(equal.map(\.published), [noon - 20 * Self.hour, noon - 30 * Self.hour])
        XCTAssertEqual(try press.searchPress("egalite", detainee: julien.id, allowed: nil, limit: 1).count, 1)
        XCTAssertEqual(try press.searchPress("egalite", detainee: julien.id, allowed: nil, limit: 0), [])
    }

    func testAOneLetterWordIsFoundWholeNotAsAPrefix() throws {
        // Given an article with the word "B" and the articles of setUp (budget, Bruxelles)
        try store([draft("plan-b", "Un plan B pour la ville", hoursAgo: 6)], in: Self.standaard)
        // When Julien searches for one letter
        // Then only the article with that one-letter word is found
        XCTAssertEqual(try titles(searching: "b"), ["Un plan B pour la ville"])
        // And two letters are a prefix again
        XCTAssertEqual(try titles(searching: "bu"), ["Budget 2026", "Le mot \"NEAR\" (et le reste)"])
    }

    func testTitleMatchesComeFirstThenTextMatchesEachNewestFirst() throws {
        // Given articles holding "grève" in the title or only in the text, at various hours
        try store([
            draft("t-old", "Grève des trains", hoursAgo: 40),
            draft("x-new", "Transports", hoursAgo: 10, text: "Une grève est annoncée."),
            draft("t-new", "Nouvelle grève", hoursAgo: 20),
            draft("x-old", "Syndicats", hoursAgo: 50, text: "La grève continue."),
        ], in: Self.standaard)
        // When Julien searches for greve
        // Then the title matches come first, newest first, then the text matches, newest first
        XCTAssertEqual(try titles(searching: "greve"), ["Nouvelle grève", "Grève des trains", "Transports", "Syndicats"])
    }

    func testASearchLooksAtTwiceItsLimitOfTheMostRecentlyKeptMatches() throws {
        // Given three articles with "grève" in the title kept one sync after another (the last
        // sync bringing the oldest story), and one newer with it only in its text, kept last
        try store([draft("first", "Grève un", hoursAgo: 30)], in: Self.standaard)
        try store([draft("second", "Grève deux", hoursAgo: 20)], in: Self.standaard)
        try store([draft("third", "Grève trois", hoursAgo: 90), draft("text", "Autre", hoursAgo: 1, text: "grève")],
                  in: Self.standaard)
        // When Julien's search is limited to one article
        let one = try press.searchPress("greve", detainee: julien.id, allowed: nil, limit: 1).map(\.title)
        // Then it is the title match among the two kept last, not the newest story kept before them
        XCTAssertEqual(one, ["Grève trois"])
        // And a limit of two looks at all four: the title matches newest first
        XCTAssertEqual(try press.searchPress("greve", detainee: julien.id, allowed: nil, limit: 2).map(\.title),
                       ["Grève deux", "Grève un"])
        // And with room for all, the text match follows every title match
        XCTAssertEqual(try titles(searching: "greve"), ["Grève deux", "Grève un", "Grève trois", "Autre"])
    }

    func testAllowedSourcesAreAppliedBeforeTheLimit() throws {
        // Given ten newer title matches in De Standaard and an older one in Le Soir
        try store([draft("soir", "Grève au Soir", hoursAgo: 50)], in: Self.soir)
        try store((1...10).map { draft("std-\($0)", "Grève \($0)", hoursAgo: Double($0)) }, in: Self.standaard)
        // When Julien, allowed Le Soir only, searches with a limit of 3
        let found = try press.searchPress("greve", detainee: julien.id, allowed: ["Le Soir"], limit: 3).map(\.title)
        // Then the Le Soir article is found, not crowded out by articles he may not see
        XCTAssertEqual(found, ["Grève au Soir"])
    }

    func testSearchSyntaxIsTypedTextNeverAQuery() throws {
        // Given the articles of setUp, one of which holds FTS5 syntax as words
        // When Julien types FTS5 operators
        // Then they are words like any other, or separators, and nothing throws
        XCTAssertEqual(try titles(searching: "NEAR(budget gouvernement)"), [])
        XCTAssertEqual(try titles(searching: "near"), ["Le mot \"NEAR\" (et le reste)"])
        XCTAssertEqual(try titles(searching: "budget OR zzz"), [])
        XCTAssertEqual(try titles(searching: "budget NOT gouvernement"), [])
        XCTAssertEqual(try titles(searching: "-gouvernement"), ["Budget 2026"])
        XCTAssertEqual(try titles(searching: "title:budget"), ["Le mot \"NEAR\" (et le reste)"])
        XCTAssertEqual(try titles(searching: "\"budget"), ["Budget 2026", "Le mot \"NEAR\" (et le reste)"])
        XCTAssertEqual(try titles(searching: "bud\"*\" OR \"zzz"), [])
        XCTAssertEqual(try titles(searching: "l'école"), ["La rentrée à l'École"])
    }

    func testHostileQueriesNeverThrow() throws {
        // Given the articles of setUp
        let hostile = [
            "", " ", "\"", "\"\"", "*", "**", "-", ":", "(", ")", "()", "^", "+", "NEAR(", "NEAR(a b, 3)", "AND", "OR NOT",
            "{title}: x", "title:", "a\u{0}b", "\u{1B}[2J", "\u{202E}egami", "\u{FFFD}", "😀", "\u{301}\u{301}\u{301}",
            String(repeating: "\"*", count: 5000), String(repeating: "a", count: 10_000),
            String(repeating: "budget ", count: 2000), String(repeating: "é", count: 10_000),
            String(repeating: "NEAR(", count: 2000), "ǅemal", "ﬁn", "Ⅻ", "٣", "\u{E000}x",
        ]
        for query in hostile {
            // When Julien types it
            // Then the search answers, and what has no word finds nothing
            XCTAssertNoThrow(try titles(searching: query), "query \(query.prefix(20).debugDescription)")
        }
        for empty in ["", " ", "\"", "*", "-", ":", "()", "😀", "\u{1B}"] {
            XCTAssertEqual(try titles(searching: empty), [], "query \(empty.debugDescription)")
        }
        XCTAssertEqual(try titles(searching: String(repeating: "budget ", count: 2000)), ["Budget 2026", "Le mot \"NEAR\" (et le reste)"])
    }

    // MARK: - The query itself

    func testTheQueryQuotesEachWordWithAPrefixStar() {
        XCTAssertEqual(PressSearchQuery("École  Müller")?.pattern(), "\"École\"* AND \"Müller\"*")
        // And words shorter than the shortest prefix are whole words; a column filter holds them all
        XCTAssertEqual(PressSearchQuery("plan B 40")?.pattern(shortestPrefix: 2), "\"plan\"* AND \"B\" AND \"40\"*")
        XCTAssertEqual(PressSearchQuery("plan B")?.pattern(in: "title", shortestPrefix: 2), "{title} : (\"plan\"* AND \"B\")")
        XCTAssertEqual(PressSearchQuery("a\"b) OR c*:d")?.words, ["a", "b", "OR", "c", "d"])
        XCTAssertEqual(PressSearchQuery("l'e\u{301}cole")?.words, ["l", "école"])
        XCTAssertNil(PressSearchQuery("\"*-:() \u{1B}"))
        XCTAssertEqual(PressSearchQuery("[2J")?.words, ["2J"])
    }

    func testTheQueryIsCappedInLengthAndWords() throws {
        // Given very long text
        let many = try XCTUnwrap(PressSearchQuery((1...100).map { "w\($0)" }.joined(separator: " ")))
        let long = try XCTUnwrap(PressSearchQuery(String(repeating: "x", count: 10_000)))
        let late = PressSearchQuery(String(repeating: " ", count: 300) + "budget")
        // Then at most 8 words of 40 characters are kept, read from the first 200 characters
        XCTAssertEqual(many.words, (1...8).map { "w\($0)" })
        XCTAssertEqual(long.words, [String(repeating: "x", count: PressSearchQuery.maximumWordLength)])
        XCTAssertNil(late)
        // And no pattern ever holds a quote inside a word
        for query in [many, long] {
            XCTAssertTrue(query.words.allSatisfy { !$0.contains("\"") })
        }
    }
}
