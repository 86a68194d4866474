import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

/// Importing a feed from a file for one listed source: the maintainer command and the demo seed.
final class PressFeedImportTests: XCTestCase {
    /// Monday 2 March 2026, 09:00 in Brussels.
    private let now = Date(timeIntervalSince1970: 1_772_438_400)
    private let quartier = PressSyncSource(
        url: DemoFeed.quartier.demoURL, name: DemoFeed.quartier.name, language: .fr,
        etag: "\"old\"", lastModified: "Sun, 01 Feb 2026 00:00:00 GMT")

    private func importer(_ archive: InMemoryPressArchive) -> PressFeedImport {
        PressFeedImport(archive: archive, defaultRetentionDays: 30, now: now)
    }

    func testAFeedFileIsKeptForItsSourceAsASyncWouldKeepIt() throws {
        // Given the French demo feed's bytes and its source listed with old validators
        let archive = InMemoryPressArchive(sources: [quartier])
        // When it is imported for the source's URL
        let report = importer(archive).run(try DemoFeed.quartier.data(), sourceURL: quartier.url)
        // Then its six articles are kept, as a sync would keep them
        XCTAssertEqual(report, PressSourceReport(
            source: quartier, outcome: .stored(PressStoreResult(added: 6), duplicatesInFeed: 0, format: .rss2)))
        let call = try XCTUnwrap(archive.storeCalls.first)
        XCTAssertEqual(call.source, quartier.url)
        XCTAssertEqual(call.keepAfter, now.addingTimeInterval(-30 * 86_400))
        XCTAssertEqual(call.at, now)
        // And without validators, so the next sync fetches the source in full
        XCTAssertNil(call.etag)
        XCTAssertNil(call.lastModified)
        // And relative links resolve against the article's link, or the source URL without one
        let course = try XCTUnwrap(archive.article("quartier-2026-0227-formation-cuisine", of: quartier.url))
        XCTAssertEqual(course.document.links, ["https://press.example/formations/cuisine-collectivite"])
        XCTAssertEqual(ArticleProbe.headings(course.document), ["Qui peut s'inscrire ?", "Comment s'inscrire ?"])
        let brief = try XCTUnwrap(archive.article("quartier-2026-breve-collecte", of: quartier.url))
        XCTAssertEqual(brief.document.links, ["https://press.example/breves/collecte.html"])
        XCTAssertEqual(brief.published, now)
        // And nothing else was asked of the archive
        XCTAssertEqual(archive.pruneCalls, [])
        XCTAssertEqual(archive.failureCalls, [])
    }

    func testImportingTheSameFileTwiceAddsNothing() throws {
        // Given the Dutch feed already imported
        let source = PressSyncSource(url: DemoFeed.wijkkrant.demoURL, name: DemoFeed.wijkkrant.name, language: .nl)
        let archive = InMemoryPressArchive(sources: [source])
        let data = try DemoFeed.wijkkrant.data()
        _ = importer(archive).run(data, sourceURL: source.url)
        // When it is imported again
        let report = importer(archive).run(data, sourceURL: source.url)
        // Then every article is already kept
        XCTAssertEqual(report.storeResult, PressStoreResult(known: 5))
    }

    func testTheSourceURLIsMatchedInNormalForm() throws {
        // Given the English source, named with an upper-case host and default port
        let source = PressSyncSource(url: DemoFeed.courier.demoURL, name: DemoFeed.courier.name, language: .en)
        let archive = InMemoryPressArchive(sources: [source])
        // When it is imported
        let report = importer(archive).run(try DemoFeed.courier.data(), sourceURL: "HTTPS://Press.Example:443/courier.rdf")
        // Then it is the listed source that gets the articles
        XCTAssertEqual(report.storeResult, PressStoreResult(added: 5))
        XCTAssertEqual(report.name, "The Workshop Courier")
        XCTAssertEqual(archive.storeCalls.map(\.source), [source.url])
    }

    func testAnUnlistedSourceIsRefused() throws {
        // Given an archive that lists only the French source
        let archive = InMemoryPressArchive(sources: [quartier])
        // When a feed is imported for another URL
        let report = importer(archive).run(try DemoFeed.courier.data(), sourceURL: "https://press.example/other.xml")
        // Then nothing is stored and the report says why
        XCTAssertEqual(report.failureReason, "https://press.example/other.xml is not an enabled press source")
        XCTAssertEqual(archive.storeCalls.count, 0)
    }

    func testAFileThatIsNotAFeedIsReportedButNotRecordedAsTheSourcesFailure() {
        // Given a malformed file
        let archive = InMemoryPressArchive(sources: [quartier])
        // When it is imported
        let report = importer(archive).run(Data(FeedFixtures.malformed.utf8), sourceURL: quartier.url)
        // Then the import fails with the parser's reason, and the source's own state is untouched
        XCTAssertEqual(report.failureReason?.hasPrefix("not a feed: line 5, column "), true)
        XCTAssertEqual(archive.failureCalls, [])
        XCTAssertEqual(archive.storeCalls.count, 0)
    }

    func testUnreadableSourcesFailTheImport() {
        let archive = InMemoryPressArchive(sources: [quartier])
        archive.listingFailure = .unavailable
        let report = importer(archive).run(Data(), sourceURL: quartier.url)
        XCTAssertEqual(report.failureReason, "the press sources could not be read: the database could not be read or is damaged")
    }
}
