import Foundation
import KioskCore
import XCTest

/// Runs the web-platform-tests URL data through the strict parser and a one-rule policy.
///
/// Every input WPT says must fail, and every input whose result is not http(s), must be refused;
/// nothing may crash; where both accept, the host, port and scheme must agree with browsers.
final class URLPolicyWPTDataTests: XCTestCase {
    private struct Entry {
        let input: String
        let base: String?
        let failure: Bool
        let `protocol`: String?
        let hostname: String?
        let port: String?
        let pathname: String?
    }

    /// `../shared/data/wpt-url/urltestdata.json` from the repository root.
    private static let dataURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // URLPolicy
        .deletingLastPathComponent()  // KioskCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("../shared/data/wpt-url/urltestdata.json")
        .standardizedFileURL

    private func entries() throws -> [Entry] {
        guard let data = try? Data(contentsOf: Self.dataURL) else {
            throw XCTSkip("WPT URL data not found at \(Self.dataURL.path)")
        }
        return try Self.entries(data)
    }

    private static func entries(_ data: Data) throws -> [Entry] {
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [Any])
        return json.compactMap { item in
            guard let object = item as? [String: Any], let input = object["input"] as? String else { return nil }
            return Entry(
                input: input, base: object["base"] as? String, failure: object["failure"] as? Bool ?? false,
                protocol: object["protocol"] as? String, hostname: object["hostname"] as? String,
                port: object["port"] as? String, pathname: object["pathname"] as? String)
        }
    }

    /// Whether WPT's result is a failure or not an http(s) URL: then the kiosk must refuse.
    private func mustRefuse(_ entry: Entry) -> Bool {
        entry.failure || !(entry.protocol == "https:" || entry.protocol == "http:")
    }

    func testEveryInputIsHandledAndEveryFailureOrOtherSchemeIsRefused() throws {
        // Given the WPT inputs and a policy allowing only example.org
        let data = try entries()
        let policy = URLPolicy(rules: [try SiteRule("example.org", category: .jobs)])
        var refused = 0, allowed = 0, mustRefuseCount = 0, parsedCount = 0
        for entry in data {
            // When each is parsed alone and decided
            let parsed = StrictURL.parse(entry.input)
            if case .success = parsed { parsedCount += 1 }
            let decision = policy.decide(entry.input)
            if mustRefuse(entry) {
                mustRefuseCount += 1
                // Then what WPT refuses, or what is not http(s), is refused
                XCTAssertNil(try? parsed.get(), "parsed: \(entry.input.debugDescription)")
                XCTAssertFalse(decision.isAllowed, "allowed: \(entry.input.debugDescription)")
            }
            if let url = decision.url {
                allowed += 1
                // And anything allowed is on example.org, in a form that parses to itself
                XCTAssertTrue(url.host == "example.org" || url.host.hasSuffix(".example.org"), entry.input.debugDescription)
                XCTAssertEqual(StrictURL.parse(url.string), .success(url), entry.input.debugDescription)
            } else {
                refused += 1
            }
        }
        XCTAssertEqual(refused + allowed, data.count)
        print("WPT urltestdata (absolute parse): \(data.count) inputs, \(refused) refused, \(allowed) allowed by example.org; \(parsedCount) parsed as strict URLs; \(mustRefuseCount) had to be refused")
    }

    func testInputsResolvedAgainstTheirBaseObeyTheSameRules() throws {
        // Given the WPT inputs whose base is itself a strict URL
        let data = try entries()
        let policy = URLPolicy(rules: [try SiteRule("example.org", category: .jobs)])
        var resolvedCount = 0, refused = 0, allowed = 0
        for entry in data {
            guard let baseText = entry.base, case .success(let base) = StrictURL.parse(baseText) else { continue }
            resolvedCount += 1
            // When the input is resolved against it and decided
            let result = StrictURL.resolve(entry.input, against: base)
            let decision = policy.decide(reference: entry.input, against: base)
            if mustRefuse(entry) {
                // Then failures and other schemes are refused
                XCTAssertNil(try? result.get(), "resolved: \(entry.input.debugDescription) against \(baseText)")
                XCTAssertFalse(decision.isAllowed, "allowed: \(entry.input.debugDescription) against \(baseText)")
            }
            if decision.isAllowed { allowed += 1 } else { refused += 1 }
        }
        print("WPT urltestdata (resolved against base): \(resolvedCount) inputs with a strict base, \(refused) refused, \(allowed) allowed")
    }

    func testWhereBothAcceptTheHostPortAndSchemeAgreeWithBrowsers() throws {
        // Given the WPT inputs that browsers accept as http(s)
        let data = try entries()
        var compared = 0
        for entry in data where !mustRefuse(entry) {
            let result: Result<StrictURL, URLRefusal>
            if let baseText = entry.base, case .success(let base) = StrictURL.parse(baseText) {
                result = StrictURL.resolve(entry.input, against: base)
            } else {
                result = StrictURL.parse(entry.input)
            }
            guard case .success(let url) = result else { continue }
            compared += 1
            // Then where the kiosk accepts one too, it reads the same scheme, host and port
            XCTAssertEqual(url.scheme.rawValue + ":", entry.protocol, entry.input.debugDescription)
            XCTAssertEqual(url.host, entry.hostname, entry.input.debugDescription)
            let expectedPort = entry.port.flatMap { Int($0) } ?? url.scheme.defaultPort
            XCTAssertEqual(url.port, expectedPort, entry.input.debugDescription)
            // And the same path, once WPT's path is put in the kiosk's normal form
            if let pathname = entry.pathname, case .success(let browser) = StrictURL.parse("https://example.org" + pathname) {
                XCTAssertEqual(url.path, browser.path, entry.input.debugDescription)
            }
        }
        print("WPT urltestdata: \(compared) accepted inputs compared with browsers' host, port and path")
    }

    func testHostsThatBrowsersCannotConvertToASCIIAreRefused() throws {
        // Given WPT's toascii.json, whose null outputs are hosts browsers refuse
        let url = Self.dataURL.deletingLastPathComponent().appendingPathComponent("toascii.json")
        guard let data = try? Data(contentsOf: url) else { throw XCTSkip("WPT toascii data not found at \(url.path)") }
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [Any])
        var refusedCount = 0, total = 0
        for case let object as [String: Any] in json {
            guard let input = object["input"] as? String else { continue }
            total += 1
            // When each is used as the host of an https URL
            let result = StrictURL.parse("https://\(input)/")
            if object["output"] is NSNull || object["output"] == nil {
                // Then those browsers refuse are refused
                XCTAssertNil(try? result.get(), input.debugDescription)
            } else if case .success(let parsed) = result, let output = object["output"] as? String {
                // And those the kiosk accepts read as browsers read them
                XCTAssertEqual(parsed.host, output.lowercased(), input.debugDescription)
            }
            if (try? result.get()) == nil { refusedCount += 1 }
        }
        print("WPT toascii: \(total) hosts, \(refusedCount) refused, \(total - refusedCount) accepted")
    }
}
