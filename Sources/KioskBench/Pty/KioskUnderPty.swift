import Foundation

/// The kiosk as the pty figures run it: a demo database made by `kiosk admin init --demo` in the
/// figure's work directory, the repository's `content/` and `themes/`, English by default.
struct KioskUnderPty {
    let kiosk: String
    let database: URL
    let config: URL
    let themes: String
    let content: String
    let home: URL

    /// The Down key of xterm-256color as the terminal sends it in keypad mode (`kcud1`).
    static let down: [UInt8] = Array("\u{1B}OB".utf8)
    /// Daniel Okafor (1004), an English-speaking demo detainee: number, Tab, PIN, Enter.
    static let login = "1004\t1234\r"
    /// Text of the login screen (English), drawn last of its parts.
    static let loginMarker = "Welcome"
    /// Text of Daniel's home screen.
    static let homeMarker = "Service requests"

    /// Creates the demo database; `services` replaces its service catalogue with that TOML text.
    init(context: BenchContext, services: String? = nil) throws {
        kiosk = context.kiosk
        let repository = try Self.repository(for: context.kiosk)
        themes = repository.appendingPathComponent("themes").path
        content = repository.appendingPathComponent("content").path
        home = context.work
        database = context.work.appendingPathComponent("demo.sqlite")
        config = context.work.appendingPathComponent("kiosk.toml")
        try "lang = \"en\"\n".write(to: config, atomically: true, encoding: .utf8)
        let environment = PtyEnvironment.standard(home: home, extra: ["KIOSK_CONTENT": content])
        try BenchShell.run(kiosk, ["admin", "init", "--demo", "--db", database.path, "--config", config.path], environment: environment)
        if let services {
            let file = context.work.appendingPathComponent("services.toml")
            try services.write(to: file, atomically: true, encoding: .utf8)
            try BenchShell.run(kiosk, ["services", "import", "--db", database.path, "--config", config.path, file.path],
                               environment: environment)
        }
    }

    /// Starts `kiosk run` on the database, 80x24, TERM=xterm-256color.
    func start() throws -> PtyProcess {
        try PtyProcess(executable: kiosk,
                       arguments: ["run", "--db", database.path, "--config", config.path, "--themes", themes],
                       environment: PtyEnvironment.standard(home: home, extra: ["KIOSK_CONTENT": content]))
    }

    /// Starts the kiosk, waits for the login screen, logs Daniel in and waits for his home screen.
    func startLoggedIn() throws -> PtyProcess {
        let process = try start()
        _ = try process.settle(since: 0, marker: Self.loginMarker)
        let mark = process.output.count
        try process.type(Self.login)
        _ = try process.settle(since: mark, marker: Self.homeMarker)
        return process
    }

    /// The repository holding `content/` and `themes/`: the working directory, or the one the
    /// kiosk binary was built in (`REPO/.build/CONFIG/kiosk`, CONFIG maybe a link to `TRIPLE/CONFIG`).
    static func repository(for kiosk: String) throws -> URL {
        let binary = URL(fileURLWithPath: kiosk).deletingLastPathComponent()
        let candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                          binary.deletingLastPathComponent().deletingLastPathComponent(),
                          binary.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent()]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("content/services.toml").path)
            && FileManager.default.fileExists(atPath: candidate.appendingPathComponent("themes").path) {
            return candidate
        }
        throw BenchShellError(command: "find the repository", status: 1,
                              messages: "no content/ and themes/ here or above \(kiosk); run from the repository")
    }
}
