/// A `/proc` file that could not be read or parsed.
struct ProcFileError: Error, CustomStringConvertible {
    let path: String
    let line: Int?
    let problem: String

    var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(problem)" }
}
