import KioskCore
import XCTest
@testable import KioskWeb

/// The plain-text report of a sync, built by hand.
final class PressSyncReportTests: XCTestCase {
    private func stored(_ added: Int, known: Int = 0, tooOld: Int = 0, duplicates: Int = 0) -> PressSourceReport.Outcome {
        .stored(PressStoreResult(added: added, known: known, tooOld: tooOld), duplicatesInFeed: duplicates, format: .rss2)
    }

    private func source(_ name: String, _ outcome: PressSourceReport.Outcome, url: String = "https://press.example/feed.xml") -> PressSourceReport {
        PressSourceReport(url: url, name: name, outcome: outcome)
    }

    func testOneLinePerSourceInColumnsThenASummary() {
        // Given a report with a stored, an unchanged and a failed source, and 2 articles pruned
        let report = PressSyncReport(sources: [
            source("Le Journal du Quartier", stored(3, known: 10)),
            source("De Wijkkrant", .notModified),
            source("Broken feed", .failed("the server answered HTTP 404 (not found)")),
        ], removedByRetention: 2)
        // When it is rendered
        let lines = report.lines
        // Then names line up and the summary counts sources and articles
        XCTAssertEqual(lines, [
            "ok      Le Journal du Quartier   3 new, 10 already kept",
            "same    De Wijkkrant             not modified since the last sync",
            "error   Broken feed              the server answered HTTP 404 (not found)",
            "3 sources: 1 synced, 1 unchanged, 1 failed; 3 articles added, 2 removed by retention",
        ])
        XCTAssertEqual(report.summary, lines.last)
    }

    func testTotalsAddUpEverySource() {
        // Given two stored sources and one unchanged
        let report = PressSyncReport(sources: [
            source("A", stored(3, known: 1, tooOld: 2)), source("B", stored(4, known: 5)), source("C", .notModified),
        ])
        // Then the totals are the sums
        XCTAssertEqual(report.syncedCount, 2)
        XCTAssertEqual(report.unchangedCount, 1)
        XCTAssertEqual(report.failedCount, 0)
        XCTAssertEqual(report.articlesAdded, 7)
        XCTAssertEqual(report.articlesKnown, 6)
        XCTAssertEqual(report.articlesTooOld, 2)
    }

    func testStoredDetailsNameWhatWasLeftOut() {
        // Given sources with old, repeated and no articles
        let report = PressSyncReport(sources: [
            source("Old", stored(1, known: 2, tooOld: 3, duplicates: 1)),
            source("Empty", stored(0)),
            source("Nothing new", stored(0, known: 4)),
        ])
        // Then each line says what happened to its articles
        XCTAssertEqual(Array(report.lines.prefix(3)), [
            "ok      Old           1 new, 2 already kept, 3 too old to keep, 1 repeated in the feed",
            "ok      Empty         the feed holds no articles",
            "ok      Nothing new   0 new, 4 already kept",
        ])
    }

    func testOneSourceAndOneArticleAreSingular() {
        let report = PressSyncReport(sources: [source("Only", stored(1))], removedByRetention: 1)
        XCTAssertEqual(report.summary, "1 source: 1 synced, 0 unchanged, 0 failed; 1 article added, 1 removed by retention")
    }

    func testNoSourcesIsAnEmptySummary() {
        let report = PressSyncReport(sources: [])
        XCTAssertEqual(report.lines, ["0 sources: 0 synced, 0 unchanged, 0 failed; 0 articles added, 0 removed by retention"])
        XCTAssertFalse(report.hasFailures)
    }

    func testStaffTypedNamesAndReasonsArePrintedClean() {
        // Given a name and a reason carrying terminal escapes, a bidi override and a C1 control
        let report = PressSyncReport(sources: [
            source("Evil\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07} \u{202E}feed\u{9B}31m", .failed("bad\u{1B}[5m\nthing")),
        ])
        // When it is rendered
        let line = report.lines[0]
        // Then nothing that drives a terminal is left, and the line stays one line
        XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertFalse(line.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
        XCTAssertEqual(line, "error   Evil[2J]52;c;SGVsbG8= feed31m   bad[5m thing")
    }

    func testABlankNameShowsTheURL() {
        let report = PressSyncReport(sources: [source("  ", .notModified, url: "https://press.example/courier.rdf")])
        XCTAssertEqual(report.lines[0], "same    https://press.example/courier.rdf   not modified since the last sync")
    }

    func testVeryLongNamesDoNotWidenTheColumnPastItsLimit() {
        // Given a 50-character name and a short one
        let long = String(repeating: "n", count: 50)
        let report = PressSyncReport(sources: [source(long, .notModified), source("Short", .notModified)])
        // Then the column is 40 wide, and the long name is printed whole
        XCTAssertEqual(report.lines[0], "same    \(long)   not modified since the last sync")
        XCTAssertEqual(report.lines[1], "same    Short" + String(repeating: " ", count: 35) + "   not modified since the last sync")
    }

    func testHasFailuresFollowsSourcesListingAndPrune() {
        let fine = PressSyncReport(sources: [source("A", stored(1)), source("B", .notModified)])
        XCTAssertFalse(fine.hasFailures)
        XCTAssertTrue(PressSyncReport(sources: [source("A", stored(1)), source("B", .failed("x"))]).hasFailures)
        XCTAssertTrue(PressSyncReport(sources: [], sourcesFailure: .unavailable).hasFailures)
        XCTAssertTrue(PressSyncReport(sources: [source("A", stored(1))], pruneFailure: .notWritable).hasFailures)
    }
}
