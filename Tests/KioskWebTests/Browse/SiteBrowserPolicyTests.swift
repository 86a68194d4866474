import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class SiteBrowserPolicyTests: BrowserTestCase {
    func testOnlyRulesOfTheCategoriesAskedForApply() throws {
        // Given the job site listed as a jobs site only
        let browser = browser()
        // When it is loaded for the training section, then for jobs and training
        let training = browser.load(PageRequest(url: url("/")), session: session, categories: [.training])
        let jobs = browser.load(PageRequest(url: url("/")), session: session, categories: [.jobs, .training])
        // Then only the second is allowed
        XCTAssertEqual(training, .refused(url: url("/"), hop: 0, .notListed(host: JobSite.host, path: "/")))
        XCTAssertNotNil(try page(jobs))
        XCTAssertEqual(targets, ["/"])
    }

    func testPressRulesNeverOpenAPage() throws {
        // Given the site listed only as a press source
        rules.set([try SiteRule("http://\(JobSite.host):\(site.port)", category: .press)])
        let browser = browser()
        // When it is loaded for every category, and for press explicitly
        let every = browser.load(PageRequest(url: url("/")), session: session, categories: nil)
        let press = browser.load(PageRequest(url: url("/")), session: session, categories: [.press])
        // Then both are refused without a request
        XCTAssertEqual(every, .refused(url: url("/"), hop: 0, .notListed(host: JobSite.host, path: "/")))
        XCTAssertEqual(press, every)
        XCTAssertEqual(site.requests.count, 0)
        XCTAssertTrue(browser.policy(categories: nil).rules.isEmpty)
    }

    func testRulesAreReadAgainAtEveryLoad() throws {
        // Given a browser that loaded the start page
        let browser = browser()
        XCTAssertNotNil(try page(browser.load(PageRequest(url: url("/")), session: session, categories: nil)))
        // When staff remove the site's rules
        rules.set([])
        let after = browser.load(PageRequest(url: url("/")), session: session, categories: nil)
        // Then the next load is refused at once
        XCTAssertEqual(after, .refused(url: url("/"), hop: 0, .notListed(host: JobSite.host, path: "/")))
        XCTAssertEqual(site.requests.count, 1)
    }

    func testRulesThatCannotBeReadAllowNothing() throws {
        // Given a rule store that fails
        rules.fail()
        // When a page is loaded
        let load = browser().load(PageRequest(url: url("/")), session: session, categories: nil)
        // Then it is refused (default deny) and nothing is sent
        XCTAssertEqual(load, .refused(url: url("/"), hop: 0, .notListed(host: JobSite.host, path: "/")))
        XCTAssertEqual(site.requests.count, 0)
    }

    func testTheURLFetchedIsTheNormalisedURLThatWasDecided() throws {
        // Given an address written with upper case, a trailing dot and an escaped letter
        let request = PageRequest(url: "HTTP://WERKPLEIN.localhost.:\(site.port)/%6aobs/page-1.html#top")
        // When it is loaded
        let page = try page(browser().load(request, session: session, categories: nil))
        // Then the normal form was requested and is the page's URL
        XCTAssertEqual(targets, ["/jobs/page-1.html"])
        XCTAssertEqual(page.url, url("/jobs/page-1.html"))
    }
}
