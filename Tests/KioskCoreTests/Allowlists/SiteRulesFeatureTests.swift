@testable import KioskCore
import XCTest

final class SiteRulesFeatureTests: XCTestCase {
    static let rule = SiteRuleEntry(text: "https://jobs.example.be", category: .jobs, allowsGetForms: true, allowsPost: false,
                                    rule: nil, problem: nil, createdAt: .morning, createdBy: "staff:admin")
    static let other = SiteRuleEntry(text: "https://news.example.be", category: .press, allowsGetForms: false, allowsPost: false,
                                     rule: nil, problem: nil, createdAt: .morning, createdBy: "staff:admin")
    let author = ChangeAuthor(actor: "staff:admin", terminal: "kiosk", at: .morning)

    private func listed(_ items: [SiteRuleEntry] = [rule, other]) -> TestStore {
        var state = SupervisorFeatureTests.staffState(.admin)
        state.stack.append(.siteRules(SiteRulesState(items: items)))
        return TestStore(state)
    }

    func testF2OpensTheFormAndEnterSendsAValidRuleWithItsAuthor() {
        // Given the list of rules
        var store = listed()
        // When F2 is pressed, the empty form opens over the list
        store.send(.keyPressed(.function(2))) { $0.stack.append(.siteRuleForm(SiteRuleFormState())) }
        store.type("https://cv.example.be/apply")
        // And Tab moves to the category, → changes it, Tab Tab and Space tick POST forms
        store.send(.keyPressed(.tab)) { $0.route = .siteRuleForm(SiteRuleFormState(text: "https://cv.example.be/apply", focus: .category)) }
        store.send(.keyPressed(.right)) {
            $0.route = .siteRuleForm(SiteRuleFormState(text: "https://cv.example.be/apply", category: .training, focus: .category))
        }
        _ = reduce(&store.state, .keyPressed(.tab))
        _ = reduce(&store.state, .keyPressed(.tab))
        store.send(.keyPressed(.character(" "))) {
            $0.route = .siteRuleForm(SiteRuleFormState(text: "https://cv.example.be/apply", category: .training, allowsPost: true, focus: .post))
        }
        // Then Enter asks the store to add exactly that rule, by this administrator at this terminal
        let draft = SiteRuleDraft(text: "https://cv.example.be/apply", category: .training, allowsGetForms: false, allowsPost: true)
        store.send(.keyPressed(.enter), effects: [.addSiteRule(draft, by: author)])
        // And when the store answers with the new list, the form closes and the list says saved
        let added = SiteRuleEntry(text: draft.text, category: .training, allowsGetForms: false, allowsPost: true, rule: nil,
                                  problem: nil, createdAt: .morning, createdBy: "staff:admin")
        store.send(.siteRulesChanged([Self.rule, added, Self.other])) {
            $0.stack.removeLast()
            $0.route = .siteRules(SiteRulesState(items: [Self.rule, added, Self.other], outcome: .saved))
        }
    }

    func testARuleThatDoesNotParseIsRefusedOnTheFormWithoutReachingTheStore() {
        // Given the form with a rule carrying userinfo
        var store = listed()
        store.state.stack.append(.siteRuleForm(SiteRuleFormState(text: "https://user@jobs.example.be")))
        // When Enter is pressed, no effect: the parser's reason is shown
        let reason: String
        do {
            _ = try SiteRule("https://user@jobs.example.be", category: .jobs)
            return XCTFail("the rule should not parse")
        } catch {
            reason = error.description
        }
        store.send(.keyPressed(.enter)) {
            $0.route = .siteRuleForm(SiteRuleFormState(text: "https://user@jobs.example.be", outcome: .refused(reason)))
        }
        // And typing again clears the reason
        store.send(.keyPressed(.backspace)) {
            $0.route = .siteRuleForm(SiteRuleFormState(text: "https://user@jobs.example.b"))
        }
    }

    func testTheStoresRefusalStaysOnTheFormAndEscapeCancels() {
        var store = listed()
        store.state.stack.append(.siteRuleForm(SiteRuleFormState(text: "https://jobs.example.be")))
        // When the store refuses (a duplicate), the form stays with the reason
        store.send(.changeRefused("The site rule https://jobs.example.be already exists")) {
            $0.route = .siteRuleForm(SiteRuleFormState(text: "https://jobs.example.be",
                                                       outcome: .refused("The site rule https://jobs.example.be already exists")))
        }
        // And Escape goes back to the list untouched
        store.send(.keyPressed(.escape)) { $0.stack.removeLast() }
    }

    func testRemovalAsksFirstAndOnlyEnterConfirms() {
        var store = listed()
        store.send(.keyPressed(.down)) { $0.route = .siteRules(SiteRulesState(items: [Self.rule, Self.other], selection: 1)) }
        // When F8 is pressed, a confirmation shows; any other key keeps the rule
        store.send(.keyPressed(.function(8))) {
            $0.route = .siteRules(SiteRulesState(items: [Self.rule, Self.other], selection: 1, isConfirmingRemoval: true))
        }
        store.send(.keyPressed(.character("y"))) { $0.route = .siteRules(SiteRulesState(items: [Self.rule, Self.other], selection: 1)) }
        // Then Delete asks again, and Enter removes the selected rule
        store.send(.keyPressed(.delete)) {
            $0.route = .siteRules(SiteRulesState(items: [Self.rule, Self.other], selection: 1, isConfirmingRemoval: true))
        }
        store.send(.keyPressed(.enter), effects: [.removeSiteRule("https://news.example.be", by: author)]) {
            $0.route = .siteRules(SiteRulesState(items: [Self.rule, Self.other], selection: 1))
        }
        // And the fresh list keeps the selection in range
        store.send(.siteRulesChanged([Self.rule])) { $0.route = .siteRules(SiteRulesState(items: [Self.rule], selection: 0, outcome: .saved)) }
    }

    func testOnlyAdministratorsReceiveRules() {
        for role in StaffRole.allCases {
            var state = SupervisorFeatureTests.staffState(role)
            state.stack.append(.siteRules(SiteRulesState()))
            _ = reduce(&state, .siteRulesLoaded([Self.rule]))
            XCTAssertEqual(state.route, .siteRules(SiteRulesState(items: role == .admin ? [Self.rule] : [])), "\(role)")
        }
    }
}
