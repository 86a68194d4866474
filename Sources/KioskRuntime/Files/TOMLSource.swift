import KioskCore
import Foundation
import TOMLKit

/// A TOML file parsed with TOMLKit, plus the line of each key for error messages.
///
/// TOMLKit reports where syntax errors are but not where a key was written; this finds the
/// line of `key =` inside a `[table]` by reading the text once.
struct TOMLSource {
    let path: String
    let table: TOMLTable
    private let keyLines: [String: Int]

    init(path: String, text: String) throws(FileError) {
        self.path = path
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FileError(path: path, line: error.source.begin.line, column: error.source.begin.column,
                            message: error.description)
        } catch {
            throw FileError(path: path, message: "not valid TOML")
        }
        var lines: [String: Int] = [:]
        var section = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                section = String(line[line.index(after: line.startIndex)..<close]).trimmingCharacters(in: CharacterSet(charactersIn: " \t[]"))
                if lines[section] == nil { lines[section] = index + 1 }
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                var key = String(line[..<equals]).trimmingCharacters(in: .whitespaces)
                if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 { key = String(key.dropFirst().dropLast()) }
                let full = section.isEmpty ? key : section + "." + key
                if lines[full] == nil { lines[full] = index + 1 }
            }
        }
        keyLines = lines
    }

    /// An error at the line where `key` (dotted, e.g. `roles.body.fg`) was written.
    func error(at key: String, _ message: String) -> FileError {
        FileError(path: path, line: keyLines[key] ?? keyLines[String(key.split(separator: ".").dropLast().joined(separator: "."))],
                  message: message)
    }
}
