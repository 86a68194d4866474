import KioskCore
@testable import Widgets
import XCTest

/// The detainee's list of requests.
final class RequestsScreenTests: XCTestCase {
    typealias Fixture = RequestFixture

    func testEachRequestShowsItsServiceStatusInWordsNumberDateAndNewReplies() {
        // Given an open medical request with two unread replies and a closed library request
        let state = Fixture.detainee([.requests(RequestsState(catalog: Fixture.catalog, items: [Fixture.openMedical, Fixture.closedLibrary]))])
        // When the list is drawn at 80x24
        let frame = Fixture.frame(state)
        let lines = frame.buffer.lines
        // Then each request reads in words, the first selected with ">", its unread replies as "2 new"
        XCTAssertEqual(lines[2], " Service requests")
        XCTAssertEqual(lines[4], " > Medical service · in progress · no. 12 · sent 2 Mar 2026              2 new")
        XCTAssertEqual(lines[5], "   Library · closed · no. 7 · sent 20 Feb 2026")
        XCTAssertEqual(frame.buffer[4, 1].role, .selected)
        // And the keys are on the status bar
        XCTAssertEqual(lines[23].trimmingCharacters(in: .whitespaces), "↑↓ move  Enter open  N new request  Esc back")
    }

    func testTheListSpeaksTheDetaineesLanguage() {
        let state = Fixture.detainee([.requests(RequestsState(catalog: Fixture.catalog, items: [Fixture.openMedical]))], language: .fr)
        let text = Fixture.text(state)
        XCTAssertTrue(text.contains("> Service médical · en cours · n° 12 · envoyée le 2 mars 2026"), text)
        XCTAssertTrue(text.contains("2 nouveau(x)"), text)
        XCTAssertTrue(text.contains("N nouvelle demande"), text)
    }

    func testLoadingEmptyAndFailedListsSaySo() {
        // Given the list loading, empty, and failed
        XCTAssertTrue(Fixture.text(Fixture.detainee([.requests(RequestsState())])).contains("Loading…"))
        let empty = Fixture.text(Fixture.detainee([.requests(RequestsState(catalog: Fixture.catalog, items: []))]))
        XCTAssertTrue(empty.contains("You have not sent any request yet. Press N to write one."), empty)
        var failed = RequestsState()
        failed.failure = .unavailable
        let text = Fixture.text(Fixture.detainee([.requests(failed)]))
        XCTAssertTrue(text.contains("! The kiosk cannot read its data right now."), text)
    }

    func testARequestToAServiceNoLongerInTheCatalogueShowsItsId() {
        let gone = RequestSummary(id: 3, service: "canteen", status: .declined, sentAt: .morning, updatedAt: .morning)
        let text = Fixture.text(Fixture.detainee([.requests(RequestsState(catalog: Fixture.catalog, items: [gone]))]))
        XCTAssertTrue(text.contains("> canteen · declined · no. 3"), text)
    }

    func testTheListFitsEverySize() {
        let many = (1...40).map { RequestSummary(id: Int64($0), service: $0 % 2 == 0 ? "medical" : "network", status: .new,
                                                 sentAt: .morning, updatedAt: .morning, unread: $0) }
        var failed = RequestsState()
        failed.failure = .notWritable
        let lists = [RequestsState(catalog: Fixture.catalog, items: many, selection: 39), RequestsState(),
                     RequestsState(catalog: Fixture.catalog, items: []), failed]
        for list in lists {
            for language in Language.allCases {
                assertFitsEverySize("\(list) \(language)") { Fixture.detainee([.requests(list)], size: $0, language: language) }
            }
        }
    }
}
