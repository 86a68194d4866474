import Foundation

/// The pty half of the text category: the real binary under tmux on each hostile database,
/// every byte it writes checked by `TerminalOutputCheck`.
struct HostileTextPty {
    /// In quick mode, the entries made of escape sequences and controls only.
    static let quickEntries = 8

    let context: TortureContext
    let root: URL
    let server: LoopbackPageServer

    /// One case per database; a missing tmux is said in the note and counts no case.
    func run(_ databases: [(HostileCorpus.Entry, String, String)]) -> (tried: Int, failed: Int, note: String) {
        let script = root.appendingPathComponent("Tests/torture/hostile-pty.sh").path
        guard (try? ProcessRunner.run("/usr/bin/env", ["sh", "-c", "command -v tmux"]))?.status == 0 else {
            TortureOutput.say("  pty: tmux is not installed; no pty case run")
            return (0, 0, "pty: tmux absent, not run")
        }
        let chosen = context.quick ? Array(databases.prefix(Self.quickEntries)) : databases
        var tried = 0, failed = 0, bytes = 0
        var check = TerminalOutputCheck()
        for (index, (entry, database, number)) in chosen.enumerated() {
            tried += 1
            server.setPage(HostileTextCategory.page(entry))
            let output = context.work.appendingPathComponent("pty-\(index).bytes").path
            let result: ProcessRunner.Output
            do {
                result = try ProcessRunner.run(script, [context.kiosk, database, number, entry.marker, output, server.proxyAddress])
            } catch {
                failed += 1
                TortureOutput.say("  FAIL pty \(entry.name): \(script) could not run: \(error)")
                continue
            }
            let written = FileManager.default.contents(atPath: output).map { [UInt8]($0) } ?? []
            bytes += written.count
            if result.status != 0 {
                failed += 1
                TortureOutput.say("  FAIL pty \(entry.name): the session script failed\n" + result.text.split(separator: "\n").map { "      | \($0)" }.joined(separator: "\n"))
            } else if written.isEmpty {
                failed += 1
                TortureOutput.say("  FAIL pty \(entry.name): nothing recorded from the terminal")
            } else if let problem = check.firstProblem(in: written) {
                failed += 1
                TortureOutput.say("  FAIL pty \(entry.name): \(problem) in \(output)")
            } else {
                TortureOutput.say("  ok   pty \(entry.name): \(written.count) bytes, only drawing sequences")
            }
        }
        let kinds = check.seen.keys.sorted().joined(separator: " ")
        TortureOutput.say("  pty: \(tried) sessions, \(bytes) bytes; sequences seen: \(kinds)")
        return (tried, failed, "\(tried) pty sessions, \(bytes) bytes checked")
    }
}
