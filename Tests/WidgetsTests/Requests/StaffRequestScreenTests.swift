import KioskCore
@testable import Widgets
import XCTest

/// One request as its department works it.
final class StaffRequestScreenTests: XCTestCase {
    typealias Fixture = RequestFixture

    private func page(_ change: (inout StaffRequestState) -> Void = { _ in }) -> StaffRequestState {
        var page = StaffRequestState(id: 12, catalog: Fixture.catalog,
                                     request: StaffRequestThread(thread: Fixture.medicalThread(forStaff: true), requester: Fixture.jean,
                                                                 assignee: Fixture.sophie))
        change(&page)
        return page
    }

    private func frame(_ page: StaffRequestState, size: TerminalSize = .standard, language: Language = .en) -> Frame {
        Fixture.frame(Fixture.staff(.staffRequest(page), size: size, language: language))
    }

    private func hints(_ frame: Frame) -> String {
        frame.buffer.lines.last?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    func testTheHeaderSaysWhoSentItWhereItStandsAndWhoHasIt() {
        let frame = frame(page())
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[2], " Medical service — no. 12")
        XCTAssertEqual(lines[3], " Jean Dupont (1001), cell A-101")
        XCTAssertEqual(lines[4], " Status: approved · Department: Medical · taken by Sophie Martens")
        XCTAssertEqual(hints(frame), "T take  R reply  N note  F forward  S status  C close  Esc back  ↑↓ scroll")
        // And a request nobody took says so
        let untaken = self.frame(page { $0.request?.assignee = nil }).buffer.lines[4]
        XCTAssertEqual(untaken, " Status: approved · Department: Medical · not taken yet")
    }

    func testTheThreadMarksInternalNotesAndWhoTookItAndNamesTheDetainee() {
        // Given the whole thread, scrolled to the entries
        let text = frame(page { $0.offset = 13 }, size: TerminalSize(cols: 80, rows: 40)).buffer.lines.joined(separator: "\n")
        // Then the assignment is an entry of its own, and the note stands in a bar under the word "internal"
        XCTAssertTrue(text.contains(" Sophie Martens took the request. · Mon 2 Mar 09:10"), text)
        XCTAssertTrue(text.contains(" │ INTERNAL NOTE — staff only\n │ Sophie Martens, Medical · Mon 2 Mar 09:20\n"
                                    + " │ Check the file first"), text)
        // And the detainee's words are his, by name and number; status changes keep their reason
        XCTAssertTrue(text.contains(" Jean Dupont (1001) · Mon 2 Mar 09:40\n Thank you"), text)
        XCTAssertTrue(text.contains(" Status changed: in progress → approved\n Reason: Appointment on Thursday"), text)
        // And in French the note is still marked
        let french = frame(page { $0.offset = 13 }, size: TerminalSize(cols: 80, rows: 40), language: .fr).buffer.lines.joined()
        XCTAssertTrue(french.contains("NOTE INTERNE — personnel uniquement"), french)
    }

    func testEveryActKeyIsOnTheStatusBarAt80ColumnsInEveryLanguage() {
        for language in Language.allCases {
            let bar = hints(frame(page(), language: language))
            for key in ["T ", "R ", "N ", "F ", "S ", "C "] {
                XCTAssertTrue(bar.hasPrefix(key) || bar.contains("  " + key), "\(language) \(key): \(bar)")
            }
        }
    }

    func testForwardIsOfferedOnlyWhenAnotherDepartmentExists() {
        let alone = page { $0.catalog = ServiceCatalog(departments: [Fixture.catalog.departments[0]], services: Fixture.catalog.services) }
        XCTAssertEqual(hints(frame(alone)), "T take  R reply  N note  S status  C close  Esc back  ↑↓ scroll")
    }

    func testTheForwardPanelShowsTheDepartmentTheReasonTheSendButtonAndTheFocus() {
        // Given F pressed: the departments to choose from, the focus on the choice
        let frame = frame(page { $0.composer = StaffComposer(kind: .forward, departments: ["coordination", "library"]) })
        let lines = frame.buffer.lines
        // Then the panel says what it does, the department reads < Coordination >, marked with ">"
        XCTAssertEqual(lines[13], " Forward to another department")
        XCTAssertEqual(lines[14], " > To < Coordination >")
        XCTAssertEqual(frame.buffer[14, 6].role, .selected)
        XCTAssertEqual(lines[15], "   Reason (the detainee reads it)")
        XCTAssertTrue(lines[16].hasPrefix("   ┌───"), lines[16])
        XCTAssertTrue(lines[21].hasSuffix(" 0 / 4000 ─┘"), lines[21])
        XCTAssertEqual(lines[22], "   [ Send ]")
        XCTAssertNil(frame.cursor)
        XCTAssertEqual(hints(frame), "←→ choose  Tab next  Esc cancel")
        // When Tab moved to the text, then the editor has the focus and the cursor
        let typing = self.frame(page {
            $0.composer = StaffComposer(kind: .forward, departments: ["coordination", "library"])
            $0.composer?.focus = .text
            $0.composer?.department = 1
        })
        XCTAssertEqual(typing.buffer.lines[14], "   To < Library >")
        XCTAssertTrue(typing.buffer.lines[16].hasPrefix(" > ╔═══"), typing.buffer.lines[16])
        XCTAssertEqual(typing.cursor, Position(row: 17, col: 5))
        XCTAssertEqual(hints(typing), "Tab next  Esc cancel")
    }

    func testTheStatusReplyAndNotePanelsSayWhatTheyAre() {
        let status = frame(page {
            $0.composer = StaffComposer(kind: .status, status: .closed)
            $0.composer?.focus = .send
        })
        XCTAssertTrue(status.buffer.lines.contains(" Change the status"))
        XCTAssertTrue(status.buffer.lines.contains("   New status < closed >"))
        XCTAssertTrue(status.buffer.lines.contains(" > [ Send ]"))
        XCTAssertEqual(hints(status), "Enter send  Tab next  Esc cancel")
        let note = frame(page { $0.composer = StaffComposer(kind: .note) }).buffer.lines
        XCTAssertTrue(note.contains(" Internal note: only staff read it"), note.joined(separator: "\n"))
        let reply = frame(page { $0.composer = StaffComposer(kind: .reply) }).buffer.lines
        XCTAssertTrue(reply.contains(" Reply to the detainee"), reply.joined(separator: "\n"))
    }

    func testTheOutcomeOfTheLastActStandsAtTheBottom() {
        let saved = frame(page { $0.outcome = .saved })
        XCTAssertEqual(saved.buffer.lines[22], " Saved.")
        XCTAssertEqual(saved.buffer[22, 1].role, .success)
        let missing = frame(page {
            $0.composer = StaffComposer(kind: .reply)
            $0.outcome = .invalid(.requestActTextMissing)
        })
        XCTAssertEqual(missing.buffer.lines[22], " ! Write the text first: it cannot be empty.")
        XCTAssertEqual(missing.buffer.lines[21], "   [ Send ]")
        let refused = frame(page { $0.outcome = .refused("This request is closed.") })
        XCTAssertEqual(refused.buffer.lines[22], " ! This request is closed.")
        let failed = frame(page { $0.outcome = .failed(.notWritable) }).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(failed.contains("! The kiosk cannot save right now."), failed)
    }

    func testASendingActSaysSoAndOffersNoKey() {
        let frame = frame(page {
            $0.composer = StaffComposer(kind: .reply)
            $0.composer?.isSending = true
        })
        XCTAssertEqual(frame.buffer.lines[22], " Sending…")
        XCTAssertEqual(hints(frame), "")
    }

    func testLoadingMissingAndFailedRequestsSayWhy() {
        let loading = StaffRequestState(id: 12, catalog: Fixture.catalog)
        let lines = frame(loading).buffer.lines
        XCTAssertEqual(lines[2], " no. 12")
        XCTAssertEqual(lines[4], " Loading…")
        var missing = loading
        missing.isMissing = true
        XCTAssertTrue(frame(missing).buffer.lines.contains(" This request is not available."))
        var failed = loading
        failed.outcome = .failed(.unavailable)
        XCTAssertTrue(frame(failed).buffer.lines.joined().contains("! The kiosk cannot read its data right now."))
        XCTAssertEqual(hints(frame(loading)), "Esc back")
    }

    func testTheRequestMeasuresWhatItScrolls() {
        let state = Fixture.staff(.staffRequest(page()))
        XCTAssertEqual(ScreenRenderer.measure(state), PageMeasure(lines: 29, height: 17))
        XCTAssertNil(ScreenRenderer.measure(Fixture.staff(.staffRequest(StaffRequestState(id: 12, catalog: Fixture.catalog)))))
    }

    func testTheRequestFitsEverySizeInEveryLanguage() {
        var long = Fixture.medicalThread(forStaff: true)
        long.messages += (10...30).map {
            RequestMessage(id: Int64($0), at: .morning, author: .staff(name: String(repeating: "Name ", count: 30)),
                           kind: $0 % 2 == 0 ? .internalNote : .forwarded(from: "medical", to: "gone"),
                           text: String(repeating: "Reason over many words. ", count: 30))
        }
        let wide = RequestRequester(number: "123456789012", name: String(repeating: "名", count: 60), cell: "A-1", wing: "A")
        let pages = [
            page { $0.request = StaffRequestThread(thread: long, requester: wide); $0.offset = PageMeasure.toEnd },
            page {
                $0.composer = StaffComposer(kind: .forward, departments: ["coordination"])
                $0.outcome = .refused(String(repeating: "No. ", count: 50))
            },
            page { $0.composer = StaffComposer(kind: .status); $0.composer?.focus = .text
                $0.composer?.editor = TextEditorState(text: String(repeating: "word ", count: 500), limit: 4000) },
            page { $0.composer = StaffComposer(kind: .note); $0.composer?.isSending = true },
            page { $0.outcome = .saved },
            StaffRequestState(id: 1, catalog: .empty),
        ]
        for page in pages {
            for language in Language.allCases {
                assertFitsEverySize("\(page.id) \(language)") { Fixture.staff(.staffRequest(page), size: $0, language: language) }
            }
        }
    }
}
