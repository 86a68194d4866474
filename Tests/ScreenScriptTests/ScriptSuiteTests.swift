import KioskCore
@testable import ScreenScript
import XCTest

final class ScriptSuiteTests: XCTestCase {
    private func run(_ commands: [Command], path: String = "/tmp/test.screen", update: Bool = false) throws -> ScriptOutcome {
        ScriptSuite.runOne(script(commands, path: path), index: Int.random(in: 0..<1_000_000), host: try TestHost(),
                           options: ScriptOptions(update: update))
    }

    func testALoginScriptPassesOnTheRealStore() throws {
        // Given the demo database, when 1004 logs in with the right PIN
        let outcome = try run([.config(key: "lang", value: "en")] + logIn1004 + [
            .expect(.text("Hello, Daniel Okafor")), .expectRole(role: "selected", text: "> 1 Courses"),
            .expectCursor(row: 0, col: 0),
        ])
        // Then every expectation up to the cursor holds, and the cursor one fails (it is hidden on home)
        XCTAssertEqual(outcome.failure?.line, 8)
        XCTAssertEqual(outcome.failure?.message, "expected the cursor at 0 0, it is hidden")
    }

    func testAFailedExpectationShowsTheWholeScreen() throws {
        let outcome = try run([.config(key: "lang", value: "en"), .expect(.text("Bonjour"))])
        let failure = try XCTUnwrap(outcome.failure)
        XCTAssertEqual(failure.line, 2)
        XCTAssertEqual(failure.message, "expected the screen to contain \"Bonjour\"")
        XCTAssertTrue(failure.detail.contains("last screen:"))
        XCTAssertTrue(failure.detail.contains(" 23 | Enter log in"))
    }

    func testExpectNotAndRegexAndLine() throws {
        let outcome = try run([
            .config(key: "lang", value: "de"), .expectNot(.text("Welcome")), .expect(.regex("Willk[o]mmen")),
            .expectLine(row: 0, .regex("^ Kiosk")), .expectNot(.regex("W.lkom")),
        ])
        XCTAssertNil(outcome.failure)
    }

    func testAdvanceFiresTheIdleWarningAndLogoutOnTheWay() throws {
        let outcome = try run([.config(key: "lang", value: "en"), .config(key: "idle-timeout", value: "2m"),
                               .config(key: "idle-warning", value: "30s")] + logIn1004 + [
            .advance(95), .expect(.text("Still there?")), .expect(.text("in 25 seconds")),
            .advance(3600), .expect(.text("You were logged out")),
        ])
        XCTAssertNil(outcome.failure, outcome.failure?.description ?? "")
    }

    func testExpectRoleChecksTheRole() throws {
        let outcome = try run([.config(key: "lang", value: "en"), .expectRole(role: "error", text: "[English]")])
        XCTAssertEqual(outcome.failure?.message, "expected \"[English]\" drawn as error")
        let passing = try run([.config(key: "lang", value: "en"), .expectRole(role: "selected", text: "[English]")])
        XCTAssertNil(passing.failure)
    }

    func testSnapshotIsRecordedThenComparedThenUpdated() throws {
        // Given a script with a snapshot and no file yet
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/snap.screen"
        let english: [Command] = [.config(key: "lang", value: "en"), .snapshot(name: "login")]
        // When it runs the first time, the file is recorded
        let first = try run(english, path: path)
        XCTAssertNil(first.failure)
        XCTAssertEqual(first.notes, ["recorded \(path).snapshots/login.txt"])
        let recorded = try String(contentsOfFile: path + ".snapshots/login.txt", encoding: .utf8)
        XCTAssertTrue(recorded.hasPrefix("# 80x24 cursor "))
        XCTAssertTrue(recorded.contains("--- roles"))
        // Then the same screen matches, and a different one fails with a diff
        XCTAssertNil(try run(english, path: path).failure)
        let german = try run([.config(key: "lang", value: "de"), .snapshot(name: "login")], path: path)
        XCTAssertEqual(german.failure?.message, "snapshot login differs")
        XCTAssertTrue(german.failure?.detail.contains("-          Welcome") ?? false, german.failure?.detail ?? "")
        XCTAssertTrue(german.failure?.detail.contains("+          Willkommen") ?? false)
        // And --update records the new screen
        XCTAssertNil(try run([.config(key: "lang", value: "de"), .snapshot(name: "login")], path: path, update: true).failure)
        XCTAssertTrue(try String(contentsOfFile: path + ".snapshots/login.txt", encoding: .utf8).contains("Willkommen"))
    }

    func testParallelJobsRunEveryScriptOnce() throws {
        let scripts = (0..<6).map { index in
            script([.config(key: "lang", value: "en"), .type(String(index)), .expect(.text("Number   [\(index)"))], path: "/tmp/p\(index).screen")
        }
        let seen = Seen()
        let outcomes = ScriptSuite.run(scripts, host: try TestHost(), options: ScriptOptions(jobs: 3)) { seen.add($0.path) }
        XCTAssertEqual(outcomes.map(\.path), scripts.map(\.path))
        XCTAssertTrue(outcomes.allSatisfy(\.passed))
        XCTAssertEqual(seen.paths.sorted(), scripts.map(\.path).sorted())
    }
}

private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ path: String) { lock.withLock { items.append(path) } }
    var paths: [String] { lock.withLock { items } }
}
