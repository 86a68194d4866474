import Foundation
import KioskCore
import KioskRuntime
import Widgets
import XCTest

final class RuntimeJobSitesTests: XCTestCase {
    private let site = StartSite(rule: "http://werkplein.localhost", category: .jobs, url: "http://werkplein.localhost/")
    private let start = WebPage(url: "http://werkplein.localhost/", title: "Werkplein", document: Document(blocks: [
        .paragraph([.link([.text("Kok")], target: "http://werkplein.localhost/jobs/job-104.html")]),
    ]))
    private let clock = ManualClock(Date(timeIntervalSince1970: 1_772_438_400))

    /// A runtime with Jean (id 7) logged in on the home menu.
    private func loggedIn(browser: FakeBrowser, jobSites: FakeJobSiteStore, audit: FakeAuditLog = FakeAuditLog()) throws -> Runtime {
        let store = FakeAccountStore()
        store.accounts["1001"] = ("1234", DetaineeAccount(id: 7, number: "1001", name: "Jean", language: .en, cell: "A-1"))
        let runtime = try RuntimeTests.makeRuntime(store: store, clock: clock, audit: audit, browser: browser, jobSites: jobSites)
        for key: Key in [.character("1"), .character("0"), .character("0"), .character("1"), .tab,
                         .character("1"), .character("2"), .character("3"), .character("4"), .enter] {
            runtime.send(.keyPressed(key))
        }
        return runtime
    }

    func testASiteOpensThroughTheBrowserIsAuditedAndTheSessionEndsAtLogout() throws {
        // Given Jean logged in, one site allowed and its start page served
        let browser = FakeBrowser()
        browser.pages[site.url] = .page(start)
        let jobSites = FakeJobSiteStore()
        jobSites.sites = [site]
        let audit = FakeAuditLog()
        let runtime = try loggedIn(browser: browser, jobSites: jobSites, audit: audit)
        // When the job sites open, the start page lists the site
        runtime.send(.keyPressed(.character("2")))
        guard case .jobSites(let startPage) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(startPage.entries, [.site(site)])
        // And Enter opens it: the browser is asked in this login's session, the page shows and is audited
        runtime.send(.keyPressed(.enter))
        XCTAssertEqual(browser.asked.map(\.request), [PageRequest(url: site.url)])
        XCTAssertEqual(browser.asked.first?.session, "T1|7|1772438400")
        guard case .webPage(let reader) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(reader.page, start)
        XCTAssertGreaterThan(reader.measure.height, 0, "the screen measured the page")
        XCTAssertEqual(reader.measure.targets.count, 1, "and where its link stands")
        XCTAssertEqual(audit.events.last?.action, "web.visit")
        XCTAssertEqual(audit.events.last?.subject, site.url)
        // When b keeps it, the store has it and the start page under the reader lists it
        runtime.send(.keyPressed(.character("b")))
        XCTAssertEqual(jobSites.kept[7]?.map(\.url), [site.url])
        XCTAssertEqual(runtime.state.stack.compactMap { if case .jobSites(let s) = $0 { s.bookmarks } else { nil } }.first?.map(\.url),
                       [site.url])
        // Then logging out ends the browser session
        runtime.send(.keyPressed(.escape))
        runtime.send(.keyPressed(.escape))
        runtime.send(.keyPressed(.character("6")))
        XCTAssertEqual(browser.ended, ["T1|7|1772438400"])
    }

    func testTheLoadingScreenIsDrawnBeforeThePageIsAskedFor() throws {
        // Given Jean on the start page, and a run loop's hook recording what it drew
        let browser = FakeBrowser()
        browser.pages[site.url] = .page(start)
        let jobSites = FakeJobSiteStore()
        jobSites.sites = [site]
        let runtime = try loggedIn(browser: browser, jobSites: jobSites)
        runtime.send(.keyPressed(.character("2")))
        var drawn: [Route] = []
        runtime.beforeSlowEffect = { drawn.append(runtime.state.route) }
        var routeWhenAsked: Route?
        browser.onLoad = { routeWhenAsked = drawn.last }
        // When Enter opens the site
        runtime.send(.keyPressed(.enter))
        // Then the hook ran once, before the browser was asked, on the reader waiting for the page
        XCTAssertEqual(drawn.count, 1)
        guard case .webPage(let waiting) = routeWhenAsked else { return XCTFail("\(String(describing: routeWhenAsked))") }
        XCTAssertEqual(waiting.awaited, PageRequest(url: site.url))
        // And nothing else (a bookmark, a store read) calls it
        runtime.send(.keyPressed(.character("b")))
        XCTAssertEqual(drawn.count, 1)
    }

    func testTheRunLoopPresentsTheLoadingFrameBeforeABlockingLoad() throws {
        // Given Jean on the start page, and a terminal that will press Enter
        let browser = FakeBrowser()
        browser.pages[site.url] = .page(start)
        let jobSites = FakeJobSiteStore()
        jobSites.sites = [site]
        let runtime = try loggedIn(browser: browser, jobSites: jobSites)
        runtime.send(.keyPressed(.character("2")))
        let terminal = HeadlessTerminal()
        terminal.send(.enter)
        var framesWhenAsked: Int?
        var screenWhenAsked = ""
        browser.onLoad = {
            framesWhenAsked = terminal.presentCount
            screenWhenAsked = terminal.text
        }
        var polls = 0
        // When the loop runs until a stop signal on its third wait
        RunLoop(runtime: runtime, terminal: terminal, clock: clock, stopSignal: {
            polls += 1
            return polls >= 3 ? 15 : nil
        }).run()
        // Then the frame of the reader waiting for the page was presented before the browser answered
        XCTAssertEqual(browser.asked.count, 1)
        XCTAssertEqual(framesWhenAsked, 2, "the start page, then the loading frame")
        XCTAssertTrue(screenWhenAsked.contains("Loading http://werkplein.localhost/…"), screenWhenAsked)
        XCTAssertNil(runtime.beforeSlowEffect, "the loop removes its hook when it ends")
    }

    func testAStoreFailureOnTheStartPageIsShownNotWaitedFor() throws {
        let jobSites = FakeJobSiteStore()
        jobSites.failure = .unavailable
        let runtime = try loggedIn(browser: FakeBrowser(), jobSites: jobSites)
        runtime.send(.keyPressed(.character("2")))
        guard case .jobSites(let startPage) = runtime.state.route else { return XCTFail("\(runtime.state.route)") }
        XCTAssertEqual(startPage.failure, .unavailable)
    }
}
