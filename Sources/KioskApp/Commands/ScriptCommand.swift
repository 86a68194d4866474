import ArgumentParser
import Foundation
import KioskRuntime
import ScreenScript

/// `kiosk script`: runs screen scripts headlessly, or through a pty against the real binary.
struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Run screen scripts (*.screen): keys in, screens out.",
        discussion: "Exit status: 0 when every script passed, 1 when one failed, 2 for a usage or parse error. See docs/screen-scripts.md.")

    @Flag(help: "Run the real `kiosk run` binary under a pseudo-terminal (needs tmux).") var pty = false
    @Flag(help: "Record every snapshot anew instead of comparing.") var update = false
    @Option(help: ArgumentHelp("Write a JUnit XML report.", valueName: "file")) var junit: String?
    @Option(help: "Scripts run in parallel.") var jobs = 1
    @Option(help: ArgumentHelp("Folder of *.toml themes.", valueName: "dir")) var themes: String?
    @Argument(help: "Script files, or folders searched for *.screen.") var paths: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !(pty && update) else { throw ValidationError("--update records in-process; run it without --pty") }
    }

    func run() throws {
        let files: [String]
        let scripts: [Script]
        do {
            files = try ScriptSuite.collect(paths)
            guard !files.isEmpty else { throw ScriptFailure(script: paths.joined(separator: " "), line: 0, message: "no *.screen file found") }
            scripts = try ScriptSuite.parse(files).get()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let themeCatalog = try ThemeLocator.catalog(option: themes, config: KioskConfig())
        let options = ScriptOptions(pty: pty, update: update, jobs: jobs, kioskPath: Self.executablePath,
                                    themesDirectory: themes ?? ThemeLocator.directory(option: nil, config: KioskConfig()))
        let printer = LinePrinter()
        let outcomes = ScriptSuite.run(scripts, host: StoreScriptHost(themes: themeCatalog), options: options) { outcome in
            printer.print(Self.describe(outcome))
        }
        if let junit {
            let xml = JUnitReport.xml(outcomes.map(Self.junitResult), suiteName: pty ? "screen scripts (pty)" : "screen scripts")
            try xml.write(toFile: junit, atomically: true, encoding: .utf8)
        }
        let failed = outcomes.filter { !$0.passed }.count
        FileHandle.standardOutput.write(Data("\(outcomes.count - failed) passed, \(failed) failed\n".utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    static func describe(_ outcome: ScriptOutcome) -> String {
        var text = (outcome.passed ? "ok   " : "FAIL ") + outcome.path
        for note in outcome.notes { text += "\n       " + note }
        if let failure = outcome.failure { text += "\n" + failure.description }
        return text
    }

    static func junitResult(_ outcome: ScriptOutcome) -> JUnitReport.Case {
        JUnitReport.Case(path: outcome.path, passed: outcome.passed, failure: outcome.failure?.description, duration: outcome.duration)
    }

    /// This program's own path: `--pty` runs the same build.
    static var executablePath: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    }
}

/// Prints whole lines from parallel jobs without interleaving them.
private final class LinePrinter: @unchecked Sendable {
    private let lock = NSLock()
    func print(_ text: String) {
        lock.withLock {
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }
}
