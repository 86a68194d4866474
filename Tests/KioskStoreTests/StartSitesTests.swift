import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class StartSitesTests: StoreTestCase {
    /// A database with rules of every category, and sub-rules that only add form rights.
    private func seeded() throws -> KioskDatabase {
        let database = try openDatabase()
        let allowlist = AllowlistRepository(database: database)
        try allowlist.addSiteRule("http://werkplein.localhost", category: .jobs, by: "test", now: Self.noon)
        try allowlist.addSiteRule("http://werkplein.localhost/search", category: .jobs, allowsGetForms: true, by: "test", now: Self.noon)
        try allowlist.addSiteRule("http://werkplein.localhost/apply", category: .jobs, allowsPost: true, by: "test", now: Self.noon)
        try allowlist.addSiteRule("actiris.example/vacatures", category: .jobs, by: "test", now: Self.noon)
        try allowlist.addSiteRule("opleiding.example", category: .training, by: "test", now: Self.noon)
        try allowlist.addSiteRule("www.belgium.example", category: .government, by: "test", now: Self.noon)
        try allowlist.addSiteRule("bibliotheek.example", category: .library, by: "test", now: Self.noon)
        // A sub-rule of a site, but of another category: a site of its own in that category.
        try allowlist.addSiteRule("bibliotheek.example/cursussen", category: .training, by: "test", now: Self.noon)
        try allowlist.addSiteRule("press.example", category: .press, by: "test", now: Self.noon)
        return database
    }

    func testEverySiteButThePressByCategoryWithoutTheRulesInsideASite() throws {
        let store = JobSiteRepository(database: try seeded())
        XCTAssertEqual(try store.startSites(categories: nil), [
            StartSite(rule: "actiris.example/vacatures", category: .jobs, url: "https://actiris.example/vacatures"),
            StartSite(rule: "http://werkplein.localhost", category: .jobs, url: "http://werkplein.localhost/"),
            StartSite(rule: "bibliotheek.example/cursussen", category: .training, url: "https://bibliotheek.example/cursussen"),
            StartSite(rule: "opleiding.example", category: .training, url: "https://opleiding.example/"),
            StartSite(rule: "www.belgium.example", category: .government, url: "https://www.belgium.example/"),
            StartSite(rule: "bibliotheek.example", category: .library, url: "https://bibliotheek.example/"),
        ])
    }

    func testOnlyTheCategoriesAskedForAndNeverThePress() throws {
        let store = JobSiteRepository(database: try seeded())
        XCTAssertEqual(try store.startSites(categories: [.library, .press]).map(\.rule), ["bibliotheek.example"])
        XCTAssertEqual(try store.startSites(categories: []), [])
    }

    func testARuleInsideASiteIsListedWhenItsSiteIsNot() throws {
        // Given only the site's form rule (its whole-site rule removed)
        let database = try seeded()
        try AllowlistRepository(database: database).removeSiteRule("http://werkplein.localhost", by: "test", now: Self.noon)
        // Then the two rules left under it are sites of their own
        XCTAssertEqual(try JobSiteRepository(database: database).startSites(categories: [.jobs]).map(\.rule), [
            "actiris.example/vacatures", "http://werkplein.localhost/apply", "http://werkplein.localhost/search",
        ])
    }

    func testCoverageNeedsTheSameSchemePortAndAWiderHostOrPath() throws {
        let site = try SiteRule("werkplein.example", category: .jobs)
        XCTAssertTrue(AllowlistRepository.covers(site, try SiteRule("werkplein.example/search", category: .jobs, allowsGetForms: true)))
        XCTAssertTrue(AllowlistRepository.covers(site, try SiteRule("jobs.werkplein.example", category: .jobs)))
        XCTAssertTrue(AllowlistRepository.covers(site, try SiteRule(".werkplein.example", category: .jobs)))
        XCTAssertFalse(AllowlistRepository.covers(try SiteRule(".werkplein.example", category: .jobs), site))
        XCTAssertFalse(AllowlistRepository.covers(site, try SiteRule("http://werkplein.example", category: .jobs)))
        XCTAssertFalse(AllowlistRepository.covers(site, try SiteRule("werkplein.example:8443", category: .jobs)))
        XCTAssertFalse(AllowlistRepository.covers(site, try SiteRule("werkplein.example/search", category: .training)))
        XCTAssertFalse(AllowlistRepository.covers(try SiteRule("werkplein.example/jobs", category: .jobs), site))
        XCTAssertFalse(AllowlistRepository.covers(site, site))
    }
}
