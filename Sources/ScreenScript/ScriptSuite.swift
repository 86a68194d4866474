import Foundation
import KioskCore
import KioskRuntime

/// How `kiosk script` runs: mode, snapshot updates, parallel jobs.
public struct ScriptOptions: Sendable {
    /// Run the built binary under a pty (tmux) instead of in-process.
    public var pty: Bool
    /// Re-record every snapshot.
    public var update: Bool
    public var jobs: Int
    /// The `kiosk` binary for `--pty`.
    public var kioskPath: String
    /// Themes folder handed to the binary in `--pty` mode.
    public var themesDirectory: String?

    public init(pty: Bool = false, update: Bool = false, jobs: Int = 1, kioskPath: String = "kiosk", themesDirectory: String? = nil) {
        self.pty = pty
        self.update = update
        self.jobs = max(1, jobs)
        self.kioskPath = kioskPath
        self.themesDirectory = themesDirectory
    }
}

/// The outcome of one script.
public struct ScriptOutcome: Sendable {
    public var path: String
    public var failure: ScriptFailure?
    /// Snapshots recorded, checks skipped in this mode.
    public var notes: [String]
    public var duration: TimeInterval

    public var passed: Bool { failure == nil }
}

/// Finds, parses and runs scripts.
public enum ScriptSuite {
    /// The `*.screen` files named, folders searched recursively, in a stable order.
    public static func collect(_ paths: [String]) throws(ScriptFailure) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ScriptFailure(script: path, line: 0, message: "no such file or folder")
            }
            if isFolder.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".screen") }.sorted()
                files += found.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Parses every file; returns the scripts, or every error found (nothing runs then).
    public static func parse(_ files: [String]) -> Result<[Script], ScriptParseErrors> {
        var scripts: [Script] = []
        var errors: [String] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                errors.append("\(file): cannot read the file as UTF-8 text")
                continue
            }
            do {
                let script = try ScriptParser.parse(text, path: file)
                _ = try ScriptSetup.prepare(script)
                scripts.append(script)
            } catch let error as ScriptFailure {
                errors.append(error.description)
            } catch {
                errors.append("\(error)")
            }
        }
        return errors.isEmpty ? .success(scripts) : .failure(ScriptParseErrors(messages: errors))
    }

    /// Runs scripts (in parallel with `jobs` > 1); `report` is called as each one ends.
    public static func run(_ scripts: [Script], host: ScriptHost, options: ScriptOptions,
                           report: @escaping @Sendable (ScriptOutcome) -> Void) -> [ScriptOutcome] {
        let results = OutcomeList(count: scripts.count)
        let next = Counter()
        let queue = DispatchQueue(label: "kiosk.script", attributes: .concurrent)
        let group = DispatchGroup()
        for _ in 0..<min(options.jobs, max(1, scripts.count)) {
            queue.async(group: group) {
                while let index = next.take(below: scripts.count) {
                    let outcome = runOne(scripts[index], index: index, host: host, options: options)
                    results.set(index, outcome)
                    report(outcome)
                }
            }
        }
        group.wait()
        return results.all
    }

    static func runOne(_ script: Script, index: Int, host: ScriptHost, options: ScriptOptions) -> ScriptOutcome {
        let started = Date()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-script-\(ProcessInfo.processInfo.processIdentifier)-\(index)")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let setup = try ScriptSetup.prepare(script)
            let databasePath = work.appendingPathComponent("kiosk.sqlite").path
            let scriptDirectory = (script.path as NSString).deletingLastPathComponent
            try host.prepareDatabase(setup.database, scriptDirectory: scriptDirectory, at: databasePath)
            let driver: ScriptDriver
            var store: ScriptStore?
            if options.pty {
                driver = try PtyDriver(kiosk: options.kioskPath,
                                       arguments: try ptyArguments(setup, databasePath: databasePath, work: work, options: options),
                                       size: setup.size, socket: "kiosk-script-\(ProcessInfo.processInfo.processIdentifier)-\(index)")
            } else {
                let opened = try host.openStore(at: databasePath)
                store = opened
                driver = InProcessDriver(setup: setup, store: opened, themes: host.themes)
            }
            defer {
                driver.stop()
                store?.close()
            }
            var interpreter = ScriptInterpreter(script: script, setup: setup, driver: driver,
                                                snapshots: SnapshotStore(scriptPath: script.path, update: options.update && !options.pty))
            let notes = try interpreter.run()
            return ScriptOutcome(path: script.path, failure: nil, notes: notes, duration: Date().timeIntervalSince(started))
        } catch let failure as ScriptFailure {
            return ScriptOutcome(path: script.path, failure: failure, notes: [], duration: Date().timeIntervalSince(started))
        } catch {
            let failure = ScriptFailure(script: script.path, line: 0, message: "could not run: \(error)")
            return ScriptOutcome(path: script.path, failure: failure, notes: [], duration: Date().timeIntervalSince(started))
        }
    }

    /// `kiosk run` arguments for a script: its database copy, its config, its clock.
    static func ptyArguments(_ setup: ScriptSetup, databasePath: String, work: URL, options: ScriptOptions) throws -> [String] {
        var arguments = ["--db", databasePath, "--clock", ISO8601DateFormatter().string(from: setup.clock)]
        let config = work.appendingPathComponent("kiosk.toml")
        let lines = setup.configLines.map { "\($0.key) = \"\($0.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }
        try (lines.joined(separator: "\n") + "\n").write(to: config, atomically: true, encoding: .utf8)
        arguments += ["--config", config.path]
        if let themes = options.themesDirectory { arguments += ["--themes", themes] }
        return arguments
    }
}

/// Every parse error of a run, one message per line.
public struct ScriptParseErrors: Error, CustomStringConvertible {
    public var messages: [String]
    public var description: String { messages.joined(separator: "\n") }
}

/// Results filled in by parallel jobs.
private final class OutcomeList: @unchecked Sendable {
    private var items: [ScriptOutcome?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ outcome: ScriptOutcome) { lock.withLock { items[index] = outcome } }
    var all: [ScriptOutcome] { lock.withLock { items.compactMap { $0 } } }
}

/// Hands out script indexes to parallel jobs.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
