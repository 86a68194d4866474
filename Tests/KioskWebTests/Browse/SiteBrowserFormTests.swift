import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class SiteBrowserFormTests: BrowserTestCase {
    func testSearchFormSendsExactlyTheQueryAndTheResultsEchoIt() throws {
        // Given the search form with its defaults (Wallonie, vast, Français)
        let browser = browser()
        let form = try XCTUnwrap(FormFilling.firstForm(try page(load("/search.html", browser: browser)).document))
        XCTAssertEqual(form.method, .get)
        XCTAssertEqual(form.action, url("/search/results"))
        XCTAssertEqual(form.fields.map(\.kind), [.text, .select, .checkbox, .checkbox, .checkbox, .radio, .radio, .radio, .submit])
        // When a keyword with spaces, an ampersand and accents is typed, "deeltijds" ticked, Dutch chosen
        let pairs = FormFilling.pairs(form, values: ["q": "kok & hulp été"], checking: ["contract=deeltijds", "lang=nl"])
        let load = browser.load(PageRequest(url: form.action, method: .get, form: pairs), session: session, categories: [.jobs])
        // Then exactly this query was sent, form-encoded as browsers do
        XCTAssertEqual(targets.last, "/search/results?q=kok+%26+hulp+%C3%A9t%C3%A9&region=wal&contract=vast&contract=deeltijds&lang=nl")
        XCTAssertEqual(site.requests.last?.method, "GET")
        // And the results page shows what was asked
        let page = try page(load)
        XCTAssertEqual(page.url, url("/search/results?q=kok+%26+hulp+%C3%A9t%C3%A9&region=wal&contract=vast&contract=deeltijds&lang=nl"))
        XCTAssertTrue(page.document.plainText.contains("Vous avez cherché: kok & hulp été"), page.document.plainText)
        XCTAssertTrue(page.document.plainText.contains("Contract: vast, deeltijds"))
        XCTAssertTrue(page.document.plainText.contains("Taal / Langue: nl"))
    }

    func testGetFormFieldsReplaceTheQueryOfTheAction() throws {
        // Given a GET form whose action already has a query
        let request = PageRequest(url: url("/search/results?old=1#top"), method: .get, form: [FormPair("q", "a+b/c")])
        // When it is submitted
        _ = try page(browser().load(request, session: session, categories: nil))
        // Then the old query is gone and the new one is encoded
        XCTAssertEqual(targets, ["/search/results?q=a%2Bb%2Fc"])
    }

    func testGetFormIsRefusedWhereNoRuleAllowsFormsAndNothingIsSent() throws {
        // Given rules that allow the search pages to be read but no form to be sent
        rules.set([try SiteRule("http://\(JobSite.host):\(site.port)", category: .jobs)])
        // When the search form is submitted
        let request = PageRequest(url: url("/search/results"), method: .get, form: [FormPair("q", "kok")])
        let load = browser().load(request, session: session, categories: nil)
        // Then the whole URL is refused at hop 0 and the server saw nothing
        XCTAssertEqual(load, .refused(url: url("/search/results?q=kok"), hop: 0,
                                      .formNotAllowed(rule: "http://\(JobSite.host):\(site.port)")))
        XCTAssertEqual(site.requests.count, 0)
    }

    func testApplyFormIsPostedWhereARuleAllowsItAndFollowedToItsAnswer() throws {
        // Given the apply form of job 104, which has an upload field the kiosk must drop
        let browser = browser()
        let formPage = try page(load("/apply/form.html?job=104", browser: browser))
        let form = try XCTUnwrap(FormFilling.firstForm(formPage.document))
        XCTAssertEqual(form.fields.map(\.name), ["job", "name", "phone", "letter", "send"])
        XCTAssertFalse(form.fields.contains { $0.name == "cv" })
        // When it is filled in and sent
        let pairs = FormFilling.pairs(form, values: ["name": "Jan Peeters", "letter": "Ik kook graag.\nMerci !"], pressing: "send")
        let load = browser.load(PageRequest(url: form.action, method: .post, form: pairs), session: session, categories: [.jobs])
        // Then the server received exactly this urlencoded body, with its type
        let post = try XCTUnwrap(site.requests.first { $0.method == "POST" })
        XCTAssertEqual(post.target, "/apply/send")
        XCTAssertEqual(post.header("Content-Type"), "application/x-www-form-urlencoded")
        XCTAssertEqual(post.bodyText, "job=104&name=Jan+Peeters&phone=&letter=Ik+kook+graag.%0D%0AMerci+%21&send=1")
        // And the 303 after it was followed with a GET to the confirmation
        XCTAssertEqual(site.requests.suffix(2).map(\.method), ["POST", "GET"])
        XCTAssertEqual(try page(load).title, "Candidature envoyée · Emploi-Plus")
        XCTAssertEqual(try page(load).url, url("/apply/sent.html"))
        XCTAssertEqual(site.requests.last?.body, [])
    }

    func testContactFormIsRefusedWithoutAnyRequestReachingTheServer() throws {
        // Given the contact page's mail form, posting where no rule allows POST
        let browser = browser()
        let form = try XCTUnwrap(FormFilling.firstForm(try page(load("/contact.html", browser: browser)).document))
        let before = site.requests.count
        // When it is sent
        let pairs = FormFilling.pairs(form, values: ["to": "someone@outside.example", "message": "hello"])
        let load = browser.load(PageRequest(url: form.action, method: .post, form: pairs), session: session, categories: nil)
        // Then it is refused at hop 0 by the site's rule, and nothing more reached the server
        XCTAssertEqual(load, .refused(url: url("/contact/send"), hop: 0, .postNotAllowed(rule: "http://\(JobSite.host):\(site.port)")))
        XCTAssertEqual(site.requests.count, before)
    }

    func testTemporaryRedirectAfterPostMustBeAllowedAsPostAgain() throws {
        // Given two posting paths that answer 307: one to the apply path, one to the contact path
        site.route("/apply/old-send", .redirect(307, to: "/apply/send"))
        site.route("/apply/leak", .redirect(308, to: "/contact/send"))
        let browser = browser()
        // When a form is posted to each
        let kept = browser.load(PageRequest(url: url("/apply/old-send"), method: .post, form: [FormPair("a", "1")]),
                                session: session, categories: nil)
        let leaked = browser.load(PageRequest(url: url("/apply/leak"), method: .post, form: [FormPair("b", "2")]),
                                  session: session, categories: nil)
        // Then the first is posted again, body and all, to the path that allows it
        XCTAssertEqual(try page(kept).url, url("/apply/sent.html"))
        XCTAssertEqual(site.requests.prefix(3).map { "\($0.method) \($0.target) \($0.bodyText)" },
                       ["POST /apply/old-send a=1", "POST /apply/send a=1", "GET /apply/sent.html "])
        // And the second is refused at hop 1: a redirect never carries a form where POST is not allowed
        XCTAssertEqual(leaked, .refused(url: url("/contact/send"), hop: 1, .postNotAllowed(rule: "http://\(JobSite.host):\(site.port)")))
        XCTAssertFalse(targets.contains("/contact/send"))
    }

    func testPostWithoutFieldsSendsAnEmptyBody() throws {
        // Given a POST request without a form
        // When it is sent to the apply path
        _ = browser().load(PageRequest(url: url("/apply/send"), method: .post), session: session, categories: nil)
        // Then the body is empty and still typed
        let post = try XCTUnwrap(site.requests.first)
        XCTAssertEqual(post.method, "POST")
        XCTAssertEqual(post.contentLength, 0)
        XCTAssertEqual(post.header("Content-Type"), "application/x-www-form-urlencoded")
    }
}
