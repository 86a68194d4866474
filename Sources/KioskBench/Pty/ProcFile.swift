import Foundation

/// One file of `/proc` read whole, with the parsers of its two shapes: `Key:\tvalue [kB]`
/// lines (status) and one line of fields (stat). Problems name the file, the line and what is wrong.
struct ProcFile {
    let path: String
    let lines: [Substring]

    init(path: String) throws {
        self.path = path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ProcFileError(path: path, line: nil, problem: "cannot be read (has the process ended?)")
        }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The number on the line `key:` of a status file (a trailing `kB` is dropped).
    func number(_ key: String) throws -> Int {
        let prefix = key + ":"
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else {
            throw ProcFileError(path: path, line: nil, problem: "no line `\(prefix)`")
        }
        let words = lines[index].dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first, let value = Int(first) else {
            throw ProcFileError(path: path, line: index + 1, problem: "`\(key)` is not followed by a number")
        }
        return value
    }

    /// The fields of a stat line after the command name, numbered as in proc(5) from 3 (state).
    func statFields() throws -> [Substring] {
        guard let line = lines.first, let close = line.lastIndex(of: ")") else {
            throw ProcFileError(path: path, line: 1, problem: "no `(command)` in the stat line")
        }
        return line[line.index(after: close)...].split(separator: " ")
    }

    /// Field `number` of proc(5) (14 is utime, 15 stime) as a number.
    func statNumber(_ fields: [Substring], at number: Int) throws -> Int {
        let index = number - 3
        guard fields.indices.contains(index), let value = Int(fields[index]) else {
            throw ProcFileError(path: path, line: 1, problem: "field \(number) is missing or not a number")
        }
        return value
    }
}
