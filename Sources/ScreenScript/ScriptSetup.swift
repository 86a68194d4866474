import Foundation
import KioskCore
import KioskRuntime

/// What a script sets before the program starts: size, clock, database and configuration.
///
/// These statements must come before the first key, expectation or snapshot; `prepare`
/// checks that, and every `config` value, before anything runs.
struct ScriptSetup {
    /// A Monday morning in Brussels: the clock when a script sets none.
    static let defaultClock = Date(timeIntervalSince1970: 1_772_438_400)

    var size = TerminalSize.standard
    var clock = ScriptSetup.defaultClock
    var database = DatabaseSource.demo
    var config = KioskConfig()
    /// Config statements as written, in order (the pty runner writes them into a file).
    var configLines: [(key: String, value: String)] = []
    /// Index of the first statement that runs the program.
    var firstAction = 0

    /// Reads the setup statements; throws the first misplaced statement or bad config value.
    static func prepare(_ script: Script) throws(ScriptFailure) -> ScriptSetup {
        var setup = ScriptSetup()
        var started = false
        for (index, statement) in script.statements.enumerated() {
            let isSetup: Bool
            switch statement.command {
            case .size(let size): setup.size = size; isSetup = true
            case .clock(let date): setup.clock = date; isSetup = true
            case .database(let source): setup.database = source; isSetup = true
            case .config(let key, let value):
                do {
                    try setup.config.set(key, value)
                } catch {
                    throw ScriptFailure(script: script.path, line: statement.line, message: "config \(key): \(error.description)")
                }
                setup.configLines.append((key, value))
                isSetup = true
            case .timeout: isSetup = true
            default: isSetup = false
            }
            if isSetup && started {
                throw ScriptFailure(script: script.path, line: statement.line,
                                    message: "size, clock, database and config must come before the first key, expectation or snapshot")
            }
            if !isSetup && !started {
                started = true
                setup.firstAction = index
            }
        }
        if !started { setup.firstAction = script.statements.count }
        return setup
    }
}

/// Why a script failed: where, what, and the screen at that moment.
public struct ScriptFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var script: String
    public var line: Int
    public var message: String
    /// The whole last screen, or a diff for a snapshot.
    public var detail: String

    public init(script: String, line: Int, message: String, detail: String = "") {
        self.script = script
        self.line = line
        self.message = message
        self.detail = detail
    }

    public var description: String {
        "\(script):\(line): \(message)" + (detail.isEmpty ? "" : "\n" + detail)
    }
}
