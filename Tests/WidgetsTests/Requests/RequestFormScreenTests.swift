import KioskCore
@testable import Widgets
import XCTest

/// A service's form: one field a page, the review, sending and its outcomes.
final class RequestFormScreenTests: XCTestCase {
    typealias Fixture = RequestFixture

    private func form(_ service: ServiceDefinition = Fixture.medical, step: Int = 0,
                      _ change: (inout RequestFormState) -> Void = { _ in }) -> RequestFormState {
        var form = RequestFormState(service: service, key: "A-117-1-1-\(service.id)")
        form.step = step
        change(&form)
        return form
    }

    /// The network meeting form filled in: Marie (family), housing and debts, large, and a text.
    private var filledNetwork: RequestFormState {
        form(Fixture.network, step: 4) { form in
            form.inputs[0] = .people([InvitedPerson(name: "Marie Dubois", relation: "family")],
                                     name: TextEditorState(limit: 60, allowsNewlines: false), relation: 0, highlight: nil)
            form.inputs[1] = .choices(selected: [0, 2], highlight: 0)
            form.inputs[2] = .choice(selected: 1, highlight: 1)
            form.inputs[3] = .text(TextEditorState(text: "Housing after release", limit: 1000))
        }
    }

    private func frame(_ form: RequestFormState, size: TerminalSize = .standard, language: Language = .en) -> Frame {
        Fixture.frame(Fixture.detainee([.requestForm(form)], size: size, language: language))
    }

    private func hints(_ frame: Frame) -> String {
        frame.buffer.lines.last?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    // MARK: - Fields

    func testATextFieldShowsItsStepLabelHelpAndTheEditorWithItsCount() {
        // Given "Hello" typed in the first field of the medical form
        let frame = frame(form { $0.inputs[0] = .text(TextEditorState(text: "Hello", limit: 1000)) })
        let lines = frame.buffer.lines
        // Then the title says the service and the step, the label and its help follow
        XCTAssertEqual(lines[2], " Medical service — step 1 of 3")
        XCTAssertEqual(lines[4], " What is it about?")
        XCTAssertEqual(lines[5], " Say what hurts and since when.")
        // And the editor is framed, focused (double border), with the count in its bottom edge
        XCTAssertTrue(lines[7].hasPrefix(" ╔═══"), lines[7])
        XCTAssertTrue(lines[8].hasPrefix(" ║ Hello "), lines[8])
        XCTAssertTrue(lines[22].hasSuffix(" 5 / 1000 ═╝"), lines[22])
        // And the cursor stands after "Hello", the keys that work on the status bar
        XCTAssertEqual(frame.cursor, Position(row: 8, col: 8))
        XCTAssertEqual(hints(frame), "Tab next  Esc cancel")
    }

    func testTheCursorFollowsTheEditorOnAWrappedLineAndAfterANewline() {
        // Given 25 words "abc " (a row of the box holds 18 of them), the cursor in the second row
        let wrapped = frame(form { $0.inputs[0] = .text(TextEditorState(text: String(repeating: "abc ", count: 25), cursor: 76,
                                                                         limit: 1000)) })
        XCTAssertEqual(wrapped.buffer.lines[8], " ║ " + String(repeating: "abc ", count: 18) + "   ║")
        XCTAssertEqual(wrapped.buffer.lines[9], " ║ " + String(repeating: "abc ", count: 7) + String(repeating: " ", count: 47) + "║")
        XCTAssertEqual(wrapped.cursor, Position(row: 9, col: 7))
        // Given two typed lines, the cursor at the end of the second
        let broken = frame(form { $0.inputs[0] = .text(TextEditorState(text: "First line\nSecond", limit: 1000)) })
        XCTAssertEqual(broken.buffer.lines[9].trimmingCharacters(in: .whitespaces).prefix(9), "║ Second ")
        XCTAssertEqual(broken.cursor, Position(row: 9, col: 9))
    }

    func testAChoiceMarksTheChosenOptionAndTheHighlightedOneWithMoreThanColour() {
        // Given the size field with "Large" chosen and ↑↓ on "Small"
        let frame = frame(form(Fixture.network, step: 2) { $0.inputs[2] = .choice(selected: 1, highlight: 0) })
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[2], " Network meeting — step 3 of 5")
        XCTAssertEqual(lines[6], " > ( ) Small")
        XCTAssertEqual(lines[7], "   (•) Large")
        XCTAssertEqual(frame.buffer[6, 1].role, .selected)
        XCTAssertNil(frame.cursor)
        XCTAssertEqual(hints(frame), "↑↓ move  Space choose  Tab next  Shift-Tab previous  Esc cancel")
    }

    func testSeveralChoicesAreTickedWithAnX() {
        let frame = frame(form(Fixture.network, step: 1) { $0.inputs[1] = .choices(selected: [0, 2], highlight: 1) })
        XCTAssertEqual(Array(frame.buffer.lines[6...8]), ["   [x] Housing", " > [ ] Work", "   [x] Debts"])
        XCTAssertTrue(hints(frame).hasPrefix("↑↓ move  Space tick  Tab next"))
    }

    func testADateFieldShowsItsFormatAndWhyADayIsRefused() {
        // Given "2026-02-30" typed in the optional date field, refused
        let frame = frame(form(step: 1) {
            $0.inputs[1] = .date(TextEditorState(text: "2026-02-30", limit: 10, allowsNewlines: false))
            $0.problem = .dateInvalid
        })
        let lines = frame.buffer.lines
        // Then the label says it is optional, the box holds the day, the format is under it
        XCTAssertEqual(lines[4], " Preferred day (optional)")
        XCTAssertEqual(lines[6], " [2026-02-30 ]")
        XCTAssertEqual(lines[8], " Write the day as YYYY-MM-DD, for example 2026-03-02.")
        XCTAssertEqual(frame.cursor, Position(row: 6, col: 12))
        // And the problem is said in words, marked with "!"
        XCTAssertEqual(lines[22], " ! This is not a real day. Write it as YYYY-MM-DD.")
        XCTAssertEqual(frame.buffer[22, 1].role, .error)
        // And the French format is written the French way
        let french = Fixture.text(Fixture.detainee([.requestForm(form(step: 1))], language: .fr))
        XCTAssertTrue(french.contains("Écrivez le jour sous la forme AAAA-MM-JJ, par exemple 2026-03-02."), french)
    }

    func testPeopleAreListedWithTheirRelationAboveTheLineThatAddsOne() {
        // Given Marie added as family, "Paul" being typed with the relation "Lawyer"
        let frame = frame(form(Fixture.network) {
            $0.inputs[0] = .people([InvitedPerson(name: "Marie Dubois", relation: "family")],
                                   name: TextEditorState(text: "Paul", limit: 60, allowsNewlines: false), relation: 1, highlight: nil)
        })
        let lines = frame.buffer.lines
        XCTAssertEqual(lines[4], " Who is invited")
        XCTAssertEqual(lines[6], " People added: 1 of 8")
        XCTAssertEqual(lines[7], "   Marie Dubois — Family")
        XCTAssertEqual(lines[9], " > Name     [Paul                               ] 4 / 60")
        XCTAssertEqual(lines[10], "   Relation < Lawyer >")
        XCTAssertEqual(frame.cursor, Position(row: 9, col: 17))
        XCTAssertEqual(hints(frame), "Enter add  ←→ relation  Tab next  ↑ move  Esc cancel")
        // When ↑ went to Marie, then she is marked, the add line is not, and Delete removes her
        let onMarie = self.frame(form(Fixture.network) {
            $0.inputs[0] = .people([InvitedPerson(name: "Marie Dubois", relation: "family")],
                                   name: TextEditorState(limit: 60, allowsNewlines: false), relation: 0, highlight: 0)
        })
        XCTAssertEqual(onMarie.buffer.lines[7], " > Marie Dubois — Family")
        XCTAssertEqual(onMarie.buffer.lines[10], "   Relation < Family >")
        XCTAssertTrue(onMarie.buffer.lines[9].hasPrefix("   Name"))
        XCTAssertNil(onMarie.cursor)
        XCTAssertEqual(hints(onMarie), "Del remove  ↑↓ move  Tab next  Esc cancel")
    }

    func testAnEmptyPeopleFieldAndARequiredFieldLeftEmptySaySoInWords() {
        let frame = frame(form(Fixture.network) { $0.problem = .required })
        let text = frame.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("People added: 0 of 8\n Nobody added yet."), text)
        XCTAssertEqual(frame.buffer.lines[22], " ! This question needs an answer.")
        let full = Fixture.text(Fixture.detainee([.requestForm(form(Fixture.network) { $0.problem = .peopleFull })]))
        XCTAssertTrue(full.contains("! The list is full. Remove someone to add another person."), full)
    }

    // MARK: - The review and sending

    func testTheReviewListsEveryLabelWithItsAnswerInWordsAndSaysEnterSends() {
        // Given the network form filled in, on the review
        let state = Fixture.detainee([.requestForm(filledNetwork)])
        let frame = Fixture.frame(state)
        let text = frame.buffer.lines.joined(separator: "\n")
        // Then each label is followed by its answer, options by their labels (never their ids)
        XCTAssertEqual(frame.buffer.lines[2], " Network meeting — step 5 of 5")
        XCTAssertTrue(text.contains(" Check your answers\n ──────────────────\n\n Who is invited\n Marie Dubois (Family)\n\n"
                                    + " Topics\n Housing, Debts\n\n Size\n Large\n\n What is it about?\n Housing after release"), text)
        XCTAssertFalse(text.contains("housing") || text.contains(" l\n"), text)
        // And how to send stays in view under the answers
        XCTAssertEqual(frame.buffer.lines[22], " Enter: send. Shift-Tab: go back to change an answer.")
        XCTAssertEqual(hints(frame), "Enter send  ↑↓ scroll  Shift-Tab previous  Esc cancel")
        // And the core is told how much there is to scroll
        XCTAssertEqual(ScreenRenderer.measure(state), PageMeasure(lines: 14, height: 17))
    }

    func testAnOptionalFieldLeftEmptyReadsNotAnsweredAndTheReviewScrollsToItsEnd() {
        // Given the medical form with only the text given, scrolled far past the end at 40x12
        let review = form(step: 2) {
            $0.inputs[0] = .text(TextEditorState(text: "Toothache", limit: 1000))
            $0.reviewOffset = 1_000
        }
        let text = Fixture.text(Fixture.detainee([.requestForm(review)], size: TerminalSize(cols: 40, rows: 12)))
        // Then the last lines are shown (the offset clamped), with a mark that more is above
        XCTAssertTrue(text.contains("Preferred day") && text.contains("not answered"), text)
        XCTAssertTrue(text.contains("↑"), text)
    }

    func testSendingSaysSoAndNoKeyIsOffered() {
        let frame = frame(with(filledNetwork) { $0.phase = .sending })
        XCTAssertEqual(frame.buffer.lines[22], " Sending…")
        XCTAssertEqual(hints(frame), "")
    }

    func testTheSentPhaseSaysTheRequestIsSentAndSavedWithItsNumber() {
        // Given the store committed the request as no. 12
        let frame = frame(with(form(step: 2)) { $0.phase = .sent(Fixture.openMedical) })
        let lines = frame.buffer.lines
        // Then the screen says so with its number and service, and how to go back
        XCTAssertEqual(lines[4], " Request no. 12 to Medical service is sent and saved.")
        XCTAssertEqual(frame.buffer[4, 1].role, .success)
        XCTAssertEqual(lines[6], " Enter: back to your requests")
        XCTAssertEqual(hints(frame), "Enter back")
        XCTAssertNil(frame.cursor)
        // And in Dutch
        let dutch = Fixture.text(Fixture.detainee([.requestForm(with(form(step: 2)) { $0.phase = .sent(Fixture.openMedical) })],
                                                  language: .nl))
        XCTAssertTrue(dutch.contains("Vraag nr. 12 (Medical service) is verzonden en bewaard."), dutch)
    }

    func testAFailureKeepsTheAnswersOnScreenAndSaysEnterTriesAgain() {
        // Given the store could not write
        let frame = frame(with(filledNetwork) { $0.phase = .notSent(.failure(.notWritable)) })
        let text = frame.buffer.lines.joined(separator: "\n")
        // Then the answers are still there, and the failure says they are kept and Enter tries again
        XCTAssertTrue(text.contains("Marie Dubois (Family)") && text.contains("Housing after release"), text)
        XCTAssertTrue(text.contains("! The kiosk cannot save right now. Please tell a member of staff. Your answers\n"
                                    + " are kept. Enter tries again."), text)
        XCTAssertEqual(frame.buffer[21, 1].role, .error)
        XCTAssertEqual(hints(frame), "Enter try again  ↑↓ scroll  Shift-Tab previous  Esc cancel")
    }

    func testEveryReasonNotToSendIsSaidInWordsWithTheAnswersKept() {
        let reasons: [(RequestFormState.NotSentReason, String)] = [
            (.limitReached(12), "Not sent: your request no. 12 to this service is still open."),
            (.unknownService, "Not sent: this service no longer takes requests."),
            (.invalid("what"), "Not sent: the answer to “What is it about?” was refused. Shift-Tab goes back to change it."),
        ]
        for (reason, words) in reasons {
            let text = Fixture.text(Fixture.detainee([.requestForm(with(filledNetwork) { $0.phase = .notSent(reason) })],
                                                     size: TerminalSize(cols: 200, rows: 30)))
            XCTAssertTrue(text.contains("! " + words + " Your answers are kept. Enter tries again."), text)
        }
    }

    func testLeavingWithAnswersAsksInADialog() {
        let frame = frame(with(filledNetwork) { $0.isConfirmingLeave = true })
        let text = frame.buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("┌─ Please confirm ─"), text)
        XCTAssertTrue(text.contains("Leave this form? Your answers will be lost. Enter:"), text)
        XCTAssertEqual(hints(frame), "Enter leave  Esc stay")
        XCTAssertNil(frame.cursor)
    }

    // MARK: - Every size

    func testEveryFieldAndPhaseFitsEverySizeInEveryLanguage() {
        let long = String(repeating: "Une très longue réponse 名前 ", count: 40)
        let forms: [RequestFormState] = [
            form { $0.inputs[0] = .text(TextEditorState(text: long, cursor: 300, limit: 1000)); $0.problem = .required },
            form(step: 1) { $0.inputs[1] = .date(TextEditorState(text: "2026-03-0", limit: 10, allowsNewlines: false)) },
            form(Fixture.network) {
                $0.inputs[0] = .people((1...8).map { InvitedPerson(name: "Person \($0) " + long.prefix(40), relation: "family") },
                                       name: TextEditorState(text: String(long.prefix(60)), limit: 60, allowsNewlines: false),
                                       relation: 1, highlight: 7)
                $0.problem = .peopleFull
            },
            form(Fixture.network) { $0.problem = .personNameMissing },
            form(Fixture.network, step: 1) { $0.inputs[1] = .choices(selected: [1], highlight: 2) },
            form(Fixture.network, step: 2),
            filledNetwork,
            with(filledNetwork) { $0.phase = .sending },
            with(filledNetwork) { $0.phase = .notSent(.invalid("topics")) },
            with(filledNetwork) { $0.phase = .sent(Fixture.openMedical) },
            with(filledNetwork) { $0.isConfirmingLeave = true; $0.reviewOffset = PageMeasure.toEnd },
        ]
        for form in forms {
            for language in Language.allCases {
                assertFitsEverySize("\(form.step) \(form.phase) \(language)") {
                    Fixture.detainee([.requestForm(form)], size: $0, language: language)
                }
            }
        }
    }

    private func with(_ form: RequestFormState, _ change: (inout RequestFormState) -> Void) -> RequestFormState {
        var form = form
        change(&form)
        return form
    }
}
