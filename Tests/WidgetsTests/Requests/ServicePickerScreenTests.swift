import KioskCore
@testable import Widgets
import XCTest

/// Choosing the service a new request goes to.
final class ServicePickerScreenTests: XCTestCase {
    typealias Fixture = RequestFixture

    func testAServiceWhoseLimitIsReachedIsMarkedInWordsWithTheOpenRequest() {
        // Given Jean's open medical request and the medical service (one open request at most) selected
        let picker = ServicePickerState(catalog: Fixture.catalog, requests: [Fixture.openMedical, Fixture.closedLibrary])
        let frame = Fixture.frame(Fixture.detainee([.servicePicker(picker)]))
        let lines = frame.buffer.lines
        // Then the services are listed, the limited one marked "limit reached"
        XCTAssertEqual(lines[2], " New request: choose a service")
        XCTAssertEqual(lines[4], " > Medical service                                               limit reached")
        XCTAssertEqual(lines[5], "   Network meeting")
        XCTAssertEqual(lines[6], "   Library")
        // And under the list, the limit and his open request, then what the service does
        XCTAssertEqual(lines[8], " 1 open request at most — yours: no. 12")
        XCTAssertEqual(frame.buffer[8, 1].role, .warning)
        XCTAssertEqual(lines[9], " A doctor or a nurse sees you.")
        XCTAssertEqual(lines[23].trimmingCharacters(in: .whitespaces), "↑↓ move  Enter choose  Esc back")
    }

    func testAServiceWithoutLimitShowsOnlyItsDescription() {
        // Given the network meeting selected (no limit) while the medical one is limited
        let picker = ServicePickerState(catalog: Fixture.catalog, requests: [Fixture.openMedical], selection: 1)
        let lines = Fixture.frame(Fixture.detainee([.servicePicker(picker)])).buffer.lines
        XCTAssertEqual(lines[8], " Meet the people who help you.")
        XCTAssertFalse(lines.joined().contains("at most"))
    }

    func testEnterOnALimitedServiceSaysTheLimitIsReachedWhichRequestIsOpenAndWhatToDo() {
        // Given Enter was refused on the medical service
        let picker = ServicePickerState(catalog: Fixture.catalog, requests: [Fixture.openMedical], blocked: 12)
        let text = Fixture.text(Fixture.detainee([.servicePicker(picker)]))
        // Then a clear message names the open request and says when a new one can be sent
        XCTAssertTrue(text.contains("! You cannot send a new request to Medical service yet: your request no. 12 is\n"
                                    + " still open. You can send a new one once it is closed."), text)
        // And at 40x12 the message still shows whole, the list giving way
        let small = Fixture.text(Fixture.detainee([.servicePicker(picker)], size: TerminalSize(cols: 40, rows: 12)))
        XCTAssertTrue(small.contains("no.\n 12 is still open.") && small.contains("once it is closed."), small)
        // And in German
        let german = Fixture.text(Fixture.detainee([.servicePicker(picker)], language: .de))
        XCTAssertTrue(german.contains("Nr. 12 ist noch offen"), german)
    }

    func testAnEmptyCatalogueSaysNoServiceTakesRequests() {
        let text = Fixture.text(Fixture.detainee([.servicePicker(ServicePickerState(catalog: .empty, requests: []))]))
        XCTAssertTrue(text.contains("No service takes requests at the moment."), text)
    }

    func testThePickerFitsEverySize() {
        let long = ServiceDefinition(id: "long", department: "medical", title: LocalizedText(String(repeating: "Très long titre ", count: 10)),
                                     description: LocalizedText(String(repeating: "Une longue description. ", count: 40)), openLimit: 3)
        let catalog = ServiceCatalog(departments: Fixture.catalog.departments, services: Fixture.catalog.services + [long])
        let pickers = [ServicePickerState(catalog: catalog, requests: [Fixture.openMedical], blocked: 12),
                       ServicePickerState(catalog: catalog, requests: [], selection: 3),
                       ServicePickerState(catalog: .empty, requests: [])]
        for picker in pickers {
            for language in Language.allCases {
                assertFitsEverySize("\(picker) \(language)") { Fixture.detainee([.servicePicker(picker)], size: $0, language: language) }
            }
        }
    }
}
