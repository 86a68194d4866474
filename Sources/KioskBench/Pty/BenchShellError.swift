/// A helper command that failed, with what it said.
struct BenchShellError: Error, CustomStringConvertible {
    let command: String
    let status: Int32
    let messages: String

    var description: String { "`\(command)` failed (status \(status)): \(messages.trimmingCharacters(in: .whitespacesAndNewlines))" }
}
