import ArgumentParser
import Foundation

// Usage errors exit with status 2, like the kiosk's own commands.
do {
    var command = try BenchCommand.parseAsRoot()
    try command.run()
} catch {
    if BenchCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((BenchCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    BenchCommand.exit(withError: error)
}
