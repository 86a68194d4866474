import KioskCore
@testable import Widgets
import XCTest

/// One of the detainee's requests with its replies, and the box to answer.
final class RequestThreadScreenTests: XCTestCase {
    typealias Fixture = RequestFixture

    private func page(_ change: (inout RequestThreadState) -> Void = { _ in }) -> RequestThreadState {
        var page = RequestThreadState(id: 12, catalog: Fixture.catalog, thread: Fixture.medicalThread(forStaff: false))
        change(&page)
        return page
    }

    private func frame(_ page: RequestThreadState, size: TerminalSize = TerminalSize(cols: 80, rows: 40),
                       language: Language = .en) -> Frame {
        Fixture.frame(Fixture.detainee([.requests(RequestsState()), .requestThread(page)], size: size, language: language))
    }

    func testTheThreadShowsWhatWasAskedThenEveryReplyWithWhoAndWhenAndStatusChangesWithTheirReason() {
        // Given the medical request: a staff reply over two lines, Jean's thanks, and the approval
        let frame = frame(page())
        let lines = frame.buffer.lines
        // Then the header names the service, the number, the status in words and the day it was sent
        XCTAssertEqual(lines[2], " Medical service — no. 12")
        XCTAssertEqual(lines[3], " Status: approved · sent 2 Mar 2026 · Medical")
        // And the document lists the answers, then the thread oldest first
        XCTAssertEqual(Array(lines[5...35]), [
            " What was asked", " ──────────────", "", " What is it about?", " Toothache", " since Monday", "",
            " Preferred day", " 2026-03-05", "", " Replies and changes", " ───────────────────", "",
            " Sophie Martens, Medical · Mon 2 Mar 09:30", " The dentist comes on Thursday.", " Please be ready at 10:00.", "",
            " You · Mon 2 Mar 09:40", " Thank you", "",
            " Sophie Martens, Medical · Mon 2 Mar 10:00", " Status changed: in progress → approved",
            " Reason: Appointment on Thursday", "", "", "", "", "", "", "", "",
        ])
        // And who wrote each entry stands out
        XCTAssertEqual(frame.buffer[18, 1].role, .title)
        XCTAssertEqual(lines[39].trimmingCharacters(in: .whitespaces), "↑↓ scroll  R reply  PgUp/PgDn page  Esc back")
    }

    func testADetaineeNeverSeesAnInternalNoteOrWhoTookTheRequest() {
        // Given a thread that (wrongly) holds the staff entries
        let page = page { $0.thread = Fixture.medicalThread(forStaff: true) }
        let text = frame(page).buffer.lines.joined(separator: "\n")
        // Then neither the note nor the assignment is drawn
        XCTAssertFalse(text.contains("Check the file first"), text)
        XCTAssertFalse(text.contains("INTERNAL") || text.contains("took the request"), text)
        XCTAssertTrue(text.contains("The dentist comes on Thursday."), text)
    }

    func testAForwardSaysFromWhereToWhereWithItsReasonAndEachReplyNamesTheDepartmentThatHadIt() {
        // Given a request forwarded from the library to the medical department
        var thread = Fixture.medicalThread(forStaff: false)
        thread.messages = [
            RequestMessage(id: 1, at: .morning, author: .staff(name: "Anna"), kind: .message, text: "Not for us"),
            RequestMessage(id: 2, at: .morning, author: .staff(name: "Anna"), kind: .forwarded(from: "library", to: "medical"),
                           text: "Health question"),
            RequestMessage(id: 3, at: .morning, author: .staff(name: "Sophie Martens"), kind: .message, text: "We take it"),
        ]
        let text = frame(page { $0.thread = thread }).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Anna, Library · Mon 2 Mar 09:00\n Not for us"), text)
        XCTAssertTrue(text.contains("Sent on from Library to Medical\n Reason: Health question"), text)
        XCTAssertTrue(text.contains("Sophie Martens, Medical · Mon 2 Mar 09:00\n We take it"), text)
    }

    func testAThreadWithoutRepliesSaysSo() {
        var thread = Fixture.medicalThread(forStaff: false)
        thread.messages = []
        XCTAssertTrue(frame(page { $0.thread = thread }).buffer.lines.contains(" No reply yet."))
    }

    func testTheReplyBoxShowsTheEditorTheSendButtonAndWhereTheFocusIs() {
        // Given a reply being typed
        let typing = page {
            $0.reply = ReplyComposer(key: "r", editor: TextEditorState(text: "Can I come at 11?", limit: ReplyComposer.limit))
            $0.isReplying = true
        }
        let frame = frame(typing, size: .standard)
        let lines = frame.buffer.lines
        // Then the box stands at the bottom: its title, the focused editor marked with ">", the button
        XCTAssertEqual(lines[15], " Your reply")
        XCTAssertTrue(lines[16].hasPrefix(" > ╔═══"), lines[16])
        XCTAssertTrue(lines[17].hasPrefix("   ║ Can I come at 11? "), lines[17])
        XCTAssertTrue(lines[21].hasSuffix(" 17 / 4000 ═╝"), lines[21])
        XCTAssertEqual(lines[22], "   [ Send ]")
        XCTAssertEqual(frame.cursor, Position(row: 17, col: 22))
        XCTAssertEqual(lines[23].trimmingCharacters(in: .whitespaces), "Tab next  Esc close")
        // When Tab moved to the button, then the button is marked and Enter sends
        let onSend = self.frame(with(typing) { $0.reply?.isOnSend = true }, size: .standard)
        XCTAssertEqual(onSend.buffer.lines[22], " > [ Send ]")
        XCTAssertEqual(onSend.buffer[22, 3].role, .selected)
        XCTAssertTrue(onSend.buffer.lines[16].hasPrefix("   ┌───"), onSend.buffer.lines[16])
        XCTAssertNil(onSend.cursor)
        XCTAssertEqual(onSend.buffer.lines[23].trimmingCharacters(in: .whitespaces), "Enter send  Tab next  Esc close")
    }

    func testASendingReplyAFailedOneAndASentOneSaySo() {
        let typing = page {
            $0.reply = ReplyComposer(key: "r", editor: TextEditorState(text: "Can I come at 11?", limit: ReplyComposer.limit))
            $0.isReplying = true
        }
        let sending = frame(with(typing) { $0.reply?.isSending = true }, size: .standard)
        XCTAssertEqual(sending.buffer.lines[22], " Sending…")
        XCTAssertEqual(sending.buffer.lines[23].trimmingCharacters(in: .whitespaces), "")
        // Given the store could not write the reply
        let failed = frame(with(typing) { $0.reply?.failure = .notWritable }, size: .standard).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(failed.contains("! Not sent. Your text is kept: Enter on Send tries again. The kiosk cannot\n"
                                      + " save right now. Please tell a member of staff."), failed)
        XCTAssertTrue(failed.contains("Can I come at 11?"), failed)
        // Given the reply was committed, scrolled to the end
        let sent = frame(page { $0.replySent = true; $0.offset = PageMeasure.toEnd }, size: .standard)
        XCTAssertEqual(sent.buffer.lines[22], " Your reply is sent and saved.")
        XCTAssertEqual(sent.buffer[22, 1].role, .success)
        XCTAssertTrue(sent.buffer.lines.contains(" Reason: Appointment on Thursday"), sent.buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(sent.buffer.lines[5].hasSuffix("↑"), sent.buffer.lines[5])
    }

    func testTheThreadMeasuresWhatItScrolls() {
        let state = Fixture.detainee([.requestThread(page())])
        XCTAssertEqual(ScreenRenderer.measure(state), PageMeasure(lines: 23, height: 18))
        var loading = state
        loading.stack = [.requestThread(RequestThreadState(id: 12, catalog: Fixture.catalog))]
        XCTAssertNil(ScreenRenderer.measure(loading))
    }

    func testLoadingMissingAndFailedThreadsSayWhy() {
        let loading = RequestThreadState(id: 12, catalog: Fixture.catalog)
        XCTAssertTrue(frame(loading).buffer.lines.contains(" Loading…"))
        XCTAssertTrue(frame(with(loading) { $0.isMissing = true }).buffer.lines.contains(" This request is not available."))
        let failed = frame(with(loading) { $0.failure = .unavailable }).buffer.lines.joined(separator: "\n")
        XCTAssertTrue(failed.contains("! The kiosk cannot read its data right now."), failed)
        XCTAssertEqual(RequestThreadScreen.hints(loading, Catalog(.en)), [KeyHint("Esc", "back")])
    }

    func testTheThreadFitsEverySizeInEveryLanguage() {
        var long = Fixture.medicalThread(forStaff: false)
        long.messages += (10...40).map {
            RequestMessage(id: Int64($0), at: .morning, author: $0 % 2 == 0 ? .detainee : .staff(name: String(repeating: "名", count: 50)),
                           kind: .message, text: String(repeating: "A long line of text. ", count: 20) + "\n\n\u{1B}[2J")
        }
        let reply = ReplyComposer(key: "r", editor: TextEditorState(text: String(repeating: "word ", count: 300), limit: 4000))
        let pages = [
            page { $0.thread = long; $0.offset = PageMeasure.toEnd },
            page { $0.reply = reply; $0.isReplying = true },
            page { $0.reply = reply; $0.reply?.failure = .notWritable; $0.reply?.isOnSend = true; $0.isReplying = true },
            page { $0.replySent = true },
            page { $0.failure = .unavailable },
            RequestThreadState(id: 1, catalog: .empty),
            with(RequestThreadState(id: 1, catalog: .empty)) { $0.isMissing = true },
        ]
        for page in pages {
            for language in Language.allCases {
                assertFitsEverySize("\(page.id) \(language)") { Fixture.detainee([.requestThread(page)], size: $0, language: language) }
            }
        }
    }

    private func with(_ page: RequestThreadState, _ change: (inout RequestThreadState) -> Void) -> RequestThreadState {
        var page = page
        change(&page)
        return page
    }
}
