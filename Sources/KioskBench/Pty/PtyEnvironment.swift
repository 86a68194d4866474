import Foundation

/// The environment every program under the pty gets: the same for the kiosk and its peers.
///
/// HOME is the figure's work directory, so no personal `.dialogrc` or `.lynxrc` is read.
enum PtyEnvironment {
    static func standard(term: String = "xterm-256color", home: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home.path, "TERM": term, "LANG": "C.UTF-8"]
        environment.merge(extra) { $1 }
        return environment
    }

    /// The bytes the terminal sends for a terminfo key capability (`kcud1` for Down), from `tput`.
    static func key(_ capability: String, term: String = "xterm-256color") throws -> [UInt8] {
        let output = try BenchShell.run("/usr/bin/tput", ["-T", term, capability])
        guard !output.isEmpty else { throw PtyError.timedOut("terminfo \(capability) of \(term): empty") }
        return output
    }
}
