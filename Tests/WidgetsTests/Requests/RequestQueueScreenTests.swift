import KioskCore
@testable import Widgets
import XCTest

/// A department's queue of requests for staff.
final class RequestQueueScreenTests: XCTestCase {
    typealias Fixture = RequestFixture

    static let items = [
        QueuedRequest(id: 12, service: "medical", status: .inProgress, sentAt: Date.morning.addingTimeInterval(-86_400 * 3),
                      updatedAt: .morning, requester: Fixture.jean, assignee: Fixture.sophie, awaitsAnswer: true),
        QueuedRequest(id: 14, service: "medical", status: .new, sentAt: .morning, updatedAt: .morning,
                      requester: RequestRequester(number: "1004", name: "Daniel Okafor", cell: "B-210", wing: "B")),
    ]

    private func queue(departments: [String] = ["medical"], items: [QueuedRequest]? = items,
                       _ change: (inout RequestQueueState) -> Void = { _ in }) -> RequestQueueState {
        var queue = RequestQueueState(departments: departments)
        queue.catalog = Fixture.catalog
        queue.items = items
        change(&queue)
        return queue
    }

    private func frame(_ queue: RequestQueueState, size: TerminalSize = .standard, language: Language = .en) -> Frame {
        Fixture.frame(Fixture.staff(.requestQueue(queue), size: size, language: language, departments: queue.departments))
    }

    func testTheQueueIsATableUnderTheDepartmentAndItsFiltersInWords() {
        // Given the medical queue: no. 12 awaits an answer and is taken by Sophie, no. 14 is new
        let frame = frame(queue())
        let lines = frame.buffer.lines
        // Then the department is the title and the filters are in words, each after its key
        XCTAssertEqual(lines[2], " Requests: Medical")
        XCTAssertEqual(lines[3], " S Status: open   A Age: any   W Wing: all   M Taken by: anyone")
        XCTAssertEqual(frame.buffer.cols(in: .key, row: 3), [1, 18, 31, 45])
        // And every request is a row: number, age in days, wing, prison number, service, status, who has it
        XCTAssertEqual(lines[5], "      No.  Days  Wing  Prison no.  Service          Status       Taken by")
        XCTAssertEqual(lines[6], " > !  12   3     A     1001        Medical service  in progress  Sophie Martens")
        XCTAssertEqual(lines[7], "      14   0     B     1004        Medical service  new          nobody")
        XCTAssertEqual(frame.buffer[6, 1].role, .selected)
        // And the mark is explained, the keys are on the status bar
        XCTAssertEqual(lines[22], " ! awaits an answer")
        XCTAssertEqual(lines[23].trimmingCharacters(in: .whitespaces), "↑↓ move  Enter open  Esc back  S status  A age  W wing  M mine")
    }

    func testEveryKeyIsOnTheStatusBarOrTheFilterLinesInEveryLanguage() {
        for language in Language.allCases {
            let lines = frame(queue(departments: ["coordination", "medical"]), language: language).buffer.lines
            XCTAssertTrue(lines[23].contains("↑↓ ") && lines[23].contains("Enter ") && lines[23].contains("Esc "), lines[23])
            let filters = lines[3] + " " + lines[4]
            for key in ["S ", "A ", "W ", "M ", "D "] {
                XCTAssertTrue(filters.hasPrefix(" " + key) || filters.contains("  " + key), "\(language) \(key): \(filters)")
            }
        }
    }

    func testWithoutARequestAwaitingAnAnswerThereIsNoColumnOfMarks() {
        let quiet = Self.items.map { item -> QueuedRequest in
            var item = item
            item.awaitsAnswer = false
            return item
        }
        let lines = frame(queue(items: quiet)).buffer.lines
        XCTAssertEqual(lines[5], "   No.  Days  Wing  Prison no.  Service          Status       Taken by")
        XCTAssertFalse(lines.contains(" ! awaits an answer"))
    }

    func testChangedFiltersReadInWordsAndASecondDepartmentAddsD() {
        // Given a member of two departments who filtered finished requests of wing B, a week old, hers
        let filter = RequestQueueFilter(department: "coordination", status: .finished, olderThanDays: 7, wing: "B", assignee: "medical")
        let frame = frame(queue(departments: ["coordination", "medical"], items: []) { $0.filter = filter })
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[2], " Requests: Coordination")
        XCTAssertEqual(lines[3], " S Status: finished   A Age: 7+ days   W Wing: B   M Taken by: me or nobody")
        XCTAssertEqual(lines[4], " D Department: Coordination")
        XCTAssertEqual(lines[6], " No request matches these filters.")
        XCTAssertTrue(lines[23].contains("D department"), lines[23])
    }

    func testTypingAWingShowsTheFieldWithTheCursor() {
        let frame = frame(queue { $0.wingDraft = "B" })
        XCTAssertEqual(frame.buffer.lines[4], "   Wing (empty: all) [B    ]")
        XCTAssertEqual(frame.cursor, Position(row: 4, col: 23))
        XCTAssertEqual(frame.buffer.lines[23].trimmingCharacters(in: .whitespaces), "Enter apply  Esc cancel")
    }

    func testAMemberOfNoDepartmentIsToldToAskAnAdministrator() {
        let frame = frame(RequestQueueState(departments: []))
        let text = frame.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains(" Request queue\n\n You are not a member of any department, so you have no request queue. Ask an\n"
                                    + " administrator to add you to one."), text)
        XCTAssertEqual(frame.buffer.lines[23].trimmingCharacters(in: .whitespaces), "Esc back")
        let french = self.frame(RequestQueueState(departments: []), language: .fr).buffer.lines.joined(separator: " ")
        XCTAssertTrue(french.contains("Demandez à un administrateur"), french)
    }

    func testALoadingOrFailedQueueSaysSo() {
        XCTAssertTrue(frame(queue(items: nil)).buffer.lines.contains(" Loading…"))
        let failed = frame(queue(items: nil) { $0.failure = .unavailable }).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(failed.contains("! The kiosk cannot read its data right now."), failed)
    }

    func testANarrowQueueWritesTheSelectedRequestOutInWords() {
        let text = frame(queue(), size: TerminalSize(cols: 40, rows: 14)).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("no. 12 · Medical service · in progress\n · sent 3 days ago · Jean Dupont\n (1001), cell A-101"), text)
    }

    func testTheQueueFitsEverySizeInEveryLanguage() {
        let requester = RequestRequester(number: "123456789012", name: String(repeating: "名", count: 30), cell: "C-1", wing: "C")
        let long = StaffName(login: "x", name: String(repeating: "Long name ", count: 8))
        let many = (1...60).map { (index: Int) -> QueuedRequest in
            let sentAt = Date.morning.addingTimeInterval(Double(-86_400 * index))
            return QueuedRequest(id: Int64(index * 1000), service: index % 2 == 0 ? "medical" : "gone", status: .approved,
                                 sentAt: sentAt, updatedAt: .morning, requester: requester, assignee: long,
                                 awaitsAnswer: index % 3 == 0)
        }
        let queues = [
            queue(departments: ["coordination", "medical"], items: many) { $0.selection = 59; $0.wingDraft = "ABCD" },
            queue(items: nil),
            queue(items: []),
            queue(items: nil) { $0.failure = .notWritable },
            RequestQueueState(departments: []),
        ]
        for queue in queues {
            for language in Language.allCases {
                assertFitsEverySize("\(queue.departments) \(language)") {
                    Fixture.staff(.requestQueue(queue), size: $0, language: language, departments: queue.departments)
                }
            }
        }
    }
}
