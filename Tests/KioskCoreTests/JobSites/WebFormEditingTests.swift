@testable import KioskCore
import XCTest

final class WebFormEditingTests: XCTestCase {
    private func field(_ index: Int) -> Document.Target { .field(Document.FieldAddress(form: 0, field: index)) }

    /// The listing on screen with `focus` selected.
    private func onForm(focus index: Int) -> TestStore {
        var state = AppState.reading([.shown(Werkplein.listing)])
        state.stack[2] = .webPage(WebPageState(history: [.shown(Werkplein.listing)], position: 0, focus: field(index)))
        return TestStore(state)
    }

    /// The listing with its search form changed, as the reader holds it.
    private func reader(focus index: Int, mode: WebPageState.Mode = .reading, _ change: (inout Document.Form) -> Void = { _ in }) -> Route {
        var document = Werkplein.listingDocument
        document.updateForm(0, change)
        let page = WebPage(url: Werkplein.listingURL, title: Werkplein.listing.title, document: document)
        return .webPage(WebPageState(history: [.shown(page)], position: 0, focus: field(index), mode: mode))
    }

    func testEnterOnATextFieldTypesIntoItAndEscPutsBackWhatWasThere() {
        // Given the keyword field selected
        var store = onForm(focus: 0)
        // When Enter is pressed, typing goes into the field, shown as it is typed
        store.send(.keyPressed(.enter)) {
            $0.route = self.reader(focus: 0, mode: .editing(Document.FieldAddress(form: 0, field: 0),
                                                            TextEditorState(limit: 500, allowsNewlines: false), original: ""))
        }
        store.send(.keyPressed(.character("k"))) {
            $0.route = self.reader(focus: 0, mode: .editing(Document.FieldAddress(form: 0, field: 0),
                                                            TextEditorState(text: "k", limit: 500, allowsNewlines: false), original: "")) {
                $0.fields[0].value = "k"
            }
        }
        // Then keys that would act on the page type instead, and Enter keeps the text
        store.type("og 2")
        store.send(.keyPressed(.enter)) { $0.route = self.reader(focus: 0) { $0.fields[0].value = "kog 2" } }
        // And Esc while typing again puts back "kog 2"
        store.send(.keyPressed(.enter)) {
            $0.route = self.reader(focus: 0, mode: .editing(Document.FieldAddress(form: 0, field: 0),
                                                            TextEditorState(text: "kog 2", limit: 500, allowsNewlines: false),
                                                            original: "kog 2")) { $0.fields[0].value = "kog 2" }
        }
        store.type("xyz")
        store.send(.keyPressed(.escape)) { $0.route = self.reader(focus: 0) { $0.fields[0].value = "kog 2" } }
    }

    func testArrowsChangeTheChoiceOfAListAndSpaceTicksABox() {
        // Given the region list selected, on Wallonie
        var store = onForm(focus: 1)
        // When → is pressed the choice wraps to the first; ← comes back
        store.send(.keyPressed(.right)) { $0.route = self.reader(focus: 1) { $0.fields[1].value = "" } }
        store.send(.keyPressed(.left)) { $0.route = self.reader(focus: 1) }
        // And Space on a box ticks or unticks it, Enter too
        var box = onForm(focus: 3)
        box.send(.keyPressed(.character(" "))) { $0.route = self.reader(focus: 3) { $0.fields[3].isChecked = true } }
        box.send(.keyPressed(.enter)) { $0.route = self.reader(focus: 3) }
    }

    func testRadioButtonsOfAGroupAreCheckedOneAtATime() {
        // Given "Nederlands" selected, "Français" checked
        var store = onForm(focus: 4)
        // When Space is pressed, Nederlands is checked and Français is not
        store.send(.keyPressed(.character(" "))) {
            $0.route = self.reader(focus: 4) {
                $0.fields[4].isChecked = true
                $0.fields[5].isChecked = false
            }
        }
        // Then → checks the next button of the group and selects it
        store.send(.keyPressed(.right)) { $0.route = self.reader(focus: 5) }
    }

    func testTheSubmitButtonSendsTheFormWithWhatWasChosen() {
        // Given a keyword typed and the second box ticked
        var store = onForm(focus: 0)
        _ = reduce(&store.state, .keyPressed(.enter))
        store.type("kok")
        store.send(.keyPressed(.tab)) { $0.route = self.reader(focus: 0) { $0.fields[0].value = "kok" } }
        store.state.stack[2] = reader(focus: 7) {
            $0.fields[0].value = "kok"
            $0.fields[3].isChecked = true
        }
        // When Enter is pressed on "Zoeken", the form goes to its action with GET
        let request = PageRequest(url: Werkplein.resultsURL, method: .get, form: [
            FormPair("q", "kok"), FormPair("region", "wal"), FormPair("contract", "vast"), FormPair("contract", "tijdelijk"),
            FormPair("lang", "fr"), FormPair("from", "kiosk"), FormPair("go", "Zoeken"),
        ])
        XCTAssertEqual(request.urlMethod, .getForm)
        var document = Werkplein.listingDocument
        document.updateForm(0) {
            $0.fields[0].value = "kok"
            $0.fields[3].isChecked = true
        }
        let filled = WebPage(url: Werkplein.listingURL, title: Werkplein.listing.title, document: document)
        store.send(.keyPressed(.enter), effects: [.load(request)]) {
            $0.route = .webPage(WebPageState(history: [.shown(filled), WebHistoryEntry(request: request)], position: 1))
        }
        // Then back shows the form as it was filled
        store.send(.pageLoaded(request, .failed(url: Werkplein.resultsURL, .httpStatus(500))),
                   effects: [.audit("web.failed", Werkplein.resultsURL, "HTTP status 500")]) {
            $0.route = .webPage(WebPageState(history: [.shown(filled), WebHistoryEntry(request: request, load: .failed(
                url: Werkplein.resultsURL, .httpStatus(500)))], position: 1))
        }
        store.send(.keyPressed(.backspace)) {
            $0.route = .webPage(WebPageState(history: [.shown(filled), WebHistoryEntry(request: request, load: .failed(
                url: Werkplein.resultsURL, .httpStatus(500)))], position: 0))
        }
    }

    func testAPostFormSendsOnlyThePressedButtonAndAFormWithNowhereToGoSaysSo() {
        // Given a POST form with two buttons
        let form = Document.Form(method: .post, action: Werkplein.applyURL, fields: [
            Document.FormField(kind: .textarea, name: "letter", value: "Hallo\nIk ben Jan", label: "Brief"),
            Document.FormField(kind: .password, name: "pin", value: "1234"),
            Document.FormField(kind: .submit, name: "", value: "Verstuur"),
            Document.FormField(kind: .submit, name: "draft", value: "Bewaar"),
        ])
        XCTAssertEqual(FormSubmission.request(form, pressed: 3),
                       PageRequest(url: Werkplein.applyURL, method: .post,
                                   form: [FormPair("letter", "Hallo\nIk ben Jan"), FormPair("pin", "1234"), FormPair("draft", "Bewaar")]))
        XCTAssertEqual(FormSubmission.request(form, pressed: 2)?.form,
                       [FormPair("letter", "Hallo\nIk ben Jan"), FormPair("pin", "1234")])
        // And a form without an action cannot be sent
        var nowhere = form
        nowhere.action = ""
        XCTAssertNil(FormSubmission.request(nowhere, pressed: 2))
        let page = WebPage(url: Werkplein.listingURL, document: Document(blocks: [.form(nowhere)]))
        var state = AppState.reading([.shown(page)])
        state.stack[2] = .webPage(WebPageState(history: [.shown(page)], position: 0,
                                               focus: .field(Document.FieldAddress(form: 0, field: 2))))
        var store = TestStore(state)
        store.send(.keyPressed(.enter)) {
            var reader = WebPageState(history: [.shown(page)], position: 0, focus: .field(Document.FieldAddress(form: 0, field: 2)))
            reader.notice = .formCannotBeSent
            $0.route = .webPage(reader)
        }
    }

    func testATextAreaTakesNewLinesAndTabKeepsTheText() {
        let form = Document.Form(method: .post, action: Werkplein.applyURL, fields: [
            Document.FormField(kind: .textarea, name: "letter", label: "Brief"),
        ])
        let page = WebPage(url: Werkplein.listingURL, document: Document(blocks: [.quote([.form(form)])]))
        var state = AppState.reading([.shown(page)])
        let address = Document.FieldAddress(form: 0, field: 0)
        state.stack[2] = .webPage(WebPageState(history: [.shown(page)], position: 0, focus: .field(address)))
        // When Enter starts typing, Enter makes a new line and Tab ends typing
        for key: Key in [.enter, .character("a"), .enter, .character("b"), .tab] { _ = reduce(&state, .keyPressed(key)) }
        // Then the field, inside a quote, holds both lines and typing is over
        XCTAssertEqual(state.reader?.page?.document.field(at: address)?.value, "a\nb")
        XCTAssertEqual(state.reader?.mode, .reading)
    }
}
