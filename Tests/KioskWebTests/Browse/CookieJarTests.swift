import Foundation
import KioskCore
import XCTest
@testable import KioskWeb

final class CookieJarTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_750_000_000)

    private func url(_ text: String) throws -> StrictURL { try StrictURL.parse(text).get() }

    func testHostOnlyCookieGoesToItsHostOnlyAndDomainCookieToSubdomains() throws {
        // Given a host-only cookie and a domain cookie from jobs.werkplein.example
        var jar = CookieJar()
        let site = try url("https://jobs.werkplein.example/")
        jar.store(setCookieHeader: "host=1, wide=2; Domain=werkplein.example", from: site, now: now)
        // Then the host gets both, a sibling and the parent only the domain cookie, others nothing
        XCTAssertEqual(jar.header(for: site, now: now), "host=1; wide=2")
        XCTAssertEqual(jar.header(for: try url("https://www.werkplein.example/"), now: now), "wide=2")
        XCTAssertEqual(jar.header(for: try url("https://werkplein.example/"), now: now), "wide=2")
        XCTAssertEqual(jar.header(for: try url("https://www.jobs.werkplein.example/"), now: now), "wide=2")
        XCTAssertNil(jar.header(for: try url("https://evilwerkplein.example/"), now: now))
        XCTAssertNil(jar.header(for: try url("https://werkplein.example.evil.com/"), now: now))
    }

    func testSecureCookieIsSentOverHTTPSOnlyAndCannotBeReplacedOverHTTP() throws {
        // Given a Secure cookie set over https
        var jar = CookieJar()
        jar.store(setCookieHeader: "sid=good; Secure; Path=/", from: try url("https://werkplein.example/"), now: now)
        // When the same site over http tries to replace it
        jar.store(setCookieHeader: "sid=evil; Path=/", from: try url("http://werkplein.example/"), now: now)
        // Then http gets nothing and https still gets the original
        XCTAssertNil(jar.header(for: try url("http://werkplein.example/"), now: now))
        XCTAssertEqual(jar.header(for: try url("https://werkplein.example/"), now: now), "sid=good")
    }

    func testSameSlotIsReplacedAndExpiredCookieDeletesIt() throws {
        // Given a cookie, then a new value for it, then an expired one
        var jar = CookieJar()
        let site = try url("https://werkplein.example/")
        jar.store(setCookieHeader: "k=1; Path=/", from: site, now: now)
        jar.store(setCookieHeader: "k=2; Path=/", from: site, now: now.addingTimeInterval(1))
        XCTAssertEqual(jar.header(for: site, now: now), "k=2")
        XCTAssertEqual(jar.cookies.first?.created, now)  // the slot keeps its creation time
        // When the site deletes it
        jar.store(setCookieHeader: "k=; Max-Age=0; Path=/", from: site, now: now)
        // Then it is gone
        XCTAssertNil(jar.header(for: site, now: now))
        XCTAssertTrue(jar.cookies.isEmpty)
    }

    func testLongerPathsComeFirstThenOlderCookies() throws {
        var jar = CookieJar()
        let site = try url("https://werkplein.example/jobs/list")
        jar.store(setCookieHeader: "root=1; Path=/", from: site, now: now)
        jar.store(setCookieHeader: "deep=2; Path=/jobs", from: site, now: now.addingTimeInterval(1))
        jar.store(setCookieHeader: "root2=3; Path=/", from: site, now: now.addingTimeInterval(2))
        XCTAssertEqual(jar.header(for: site, now: now), "deep=2; root=1; root2=3")
        XCTAssertEqual(jar.header(for: try url("https://werkplein.example/"), now: now), "root=1; root2=3")
    }

    func testExpiryFollowsTheClockGiven() throws {
        var jar = CookieJar()
        let site = try url("https://werkplein.example/")
        jar.store(setCookieHeader: "k=v; Max-Age=10", from: site, now: now)
        XCTAssertEqual(jar.header(for: site, now: now.addingTimeInterval(9)), "k=v")
        XCTAssertNil(jar.header(for: site, now: now.addingTimeInterval(10)))
        XCTAssertTrue(jar.cookies.isEmpty)
    }

    func testAtMostFiftyCookiesPerDomainTheOldestGoFirst() throws {
        // Given 60 cookies from one host, each a second newer than the last
        var jar = CookieJar()
        let site = try url("https://werkplein.example/")
        for index in 0..<60 {
            jar.store(setCookieHeader: "c\(index)=v; Path=/", from: site, now: now.addingTimeInterval(Double(index)))
        }
        // Then the 50 newest are kept
        XCTAssertEqual(jar.cookies.count, CookieJar.maximumPerDomain)
        XCTAssertEqual(jar.cookies.map(\.name), (10..<60).map { "c\($0)" })
    }

    func testAtMostThreeHundredCookiesPerSession() throws {
        // Given 10 hosts setting 40 cookies each
        var jar = CookieJar()
        var time = now
        for host in 0..<10 {
            let site = try url("https://site\(host).example/")
            for index in 0..<40 {
                time += 1
                jar.store(setCookieHeader: "c\(index)=v", from: site, now: time)
            }
        }
        // Then the jar holds 300, and the first host's have gone
        XCTAssertEqual(jar.cookies.count, CookieJar.maximumTotal)
        XCTAssertFalse(jar.cookies.contains { $0.domain == "site0.example" })
        XCTAssertNil(jar.header(for: try url("https://site0.example/"), now: time))
        XCTAssertNotNil(jar.header(for: try url("https://site9.example/"), now: time))
    }

    func testSessionJarsAreSeparateAndForgotten() throws {
        // Given two sessions of one set of jars
        let jars = SessionCookieJars()
        let site = try url("https://werkplein.example/")
        jars.store(session: "a", setCookieHeader: "k=a", from: site, now: now)
        jars.store(session: "b", setCookieHeader: "k=b", from: site, now: now)
        // Then each sees its own, and ending one leaves the other
        XCTAssertEqual(jars.header(session: "a", for: site, now: now), "k=a")
        XCTAssertEqual(jars.header(session: "b", for: site, now: now), "k=b")
        jars.end(session: "a")
        XCTAssertNil(jars.header(session: "a", for: site, now: now))
        XCTAssertEqual(jars.header(session: "b", for: site, now: now), "k=b")
    }

    func testJarsAreSafeFromManyThreads() throws {
        // Given one set of jars used by 8 sessions at once
        let jars = SessionCookieJars()
        let site = try url("https://werkplein.example/")
        let now = now
        // When each stores and reads 200 cookies concurrently
        DispatchQueue.concurrentPerform(iterations: 8) { session in
            for index in 0..<200 {
                jars.store(session: "s\(session)", setCookieHeader: "c\(index % 40)=\(index)", from: site, now: now)
                _ = jars.header(session: "s\(session)", for: site, now: now)
            }
        }
        // Then every session holds its own 40 cookies with the last values
        for session in 0..<8 {
            XCTAssertEqual(jars.cookies(session: "s\(session)").count, 40)
            XCTAssertTrue(jars.header(session: "s\(session)", for: site, now: now)?.contains("c39=199") ?? false)
        }
    }
}
