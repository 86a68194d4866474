import Foundation
import KioskCore
import KioskRuntime
import KioskStore
@testable import ScreenScript

/// A script host on real SQLite files, with a cheap hash cost so tests stay quick.
final class TestHost: ScriptHost, @unchecked Sendable {
    static let cheap = SecretHasher(parameters: .init(logN: 4, blockSize: 1, parallelism: 1))
    let themes: ThemeCatalog

    init() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes").path
        themes = try ThemeCatalog.load(directory: folder)
    }

    func prepareDatabase(_ source: DatabaseSource, scriptDirectory: String, at path: String) throws {
        let database = try KioskDatabase(path: path)
        if source == .demo { try AccountAdmin(database: database, hasher: Self.cheap).seedDemo() }
        try database.close()
    }

    func openStore(at path: String) throws -> ScriptStore {
        TestStore(database: try KioskDatabase(path: path))
    }

    struct TestStore: ScriptStore {
        let database: KioskDatabase
        var ports: KioskPorts {
            let requests = RequestRepository(database: database)
            return KioskPorts(accounts: AccountRepository(database: database, hasher: TestHost.cheap),
                              staff: StaffRepository(database: database, hasher: TestHost.cheap),
                              audit: AuditRepository(database: database), press: PressRepository(database: database),
                              courses: CourseRepository(database: database), requests: requests, desk: requests,
                              browser: NoBrowser(), jobSites: JobSiteRepository(database: database))
        }
        func close() { try? database.close() }
    }
}

/// A browser for scripts that never open a page: every address is refused, nothing is sent.
struct NoBrowser: WebBrowser {
    func load(_ request: PageRequest, session: String, categories: Set<SiteCategory>?) -> PageLoad {
        .refused(url: request.url, hop: 0, .notListed(host: "", path: ""))
    }
    func endSession(_ session: String) {}
}

/// A script made of commands, one per line from line 1.
func script(_ commands: [Command], path: String = "/tmp/test.screen") -> Script {
    Script(path: path, statements: commands.enumerated().map { Statement(line: $0.offset + 1, command: $0.element) })
}

/// A fresh folder for snapshot files.
func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("script-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
}

let logIn1004: [Command] = [.type("1004"), .press([KeyPress(.tab)]), .type("1234"), .press([KeyPress(.enter)])]
