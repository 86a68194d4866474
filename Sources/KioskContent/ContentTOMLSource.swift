import Foundation
import TOMLKit

/// A TOML file of a package parsed by TOMLKit, with the line of every key for messages.
///
/// TOMLKit reports where a syntax error is, not where a key was written, so the text is read
/// once more: a top-level key is found as `key`, a table's header as `name`, the n-th table of
/// an array of tables (`[[question]]`, counted from 1) as `name#n`, and a key inside it as
/// `name#n.key`. Lines inside multi-line strings are skipped; the first place a key is written
/// wins (TOML refuses a second one anyway).
struct ContentTOMLSource {
    let path: String
    let table: TOMLTable
    let text: String
    private let lines: [String: Int]

    init(path: String, text: String) throws(ContentError) {
        self.path = path
        self.text = text
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ContentError(path: path, line: error.source.begin.line, column: error.source.begin.column,
                               message: "not valid TOML: " + error.description)
        } catch {
            throw ContentError(path: path, message: "not valid TOML")
        }
        lines = Self.keyLines(text)
    }

    /// The line where a key, a table or the n-th table of an array was written.
    func line(of key: String) -> Int? {
        lines[key]
    }

    /// An error at the line of `key` (or of the table around it, or none).
    func error(at key: String?, _ message: String) -> ContentError {
        guard let key else { return ContentError(path: path, message: message) }
        let table = key.split(separator: ".").dropLast().joined(separator: ".")
        return ContentError(path: path, line: lines[key] ?? (table.isEmpty ? nil : lines[table]), message: message)
    }

    /// The lines of the quoted strings `values` written after `key`, found in order: where
    /// each item of an array was written.
    func lines(ofItems values: [String], after key: String) -> [Int?] {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lineIndex = (lines[key] ?? 1) - 1
        var searchFrom = all.isEmpty ? "".startIndex : all[min(lineIndex, all.count - 1)].startIndex
        var found: [Int?] = []
        for value in values {
            var hit: Int?
            while lineIndex < all.count {
                let line = all[lineIndex]
                let start = max(searchFrom, line.startIndex)
                let rest = line[start...]
                if let range = rest.range(of: "\"" + value + "\"") ?? rest.range(of: "'" + value + "'") {
                    hit = lineIndex + 1
                    searchFrom = range.upperBound
                    break
                }
                lineIndex += 1
            }
            found.append(hit)
        }
        return found
    }

    // MARK: - Reading the keys' lines

    private static func keyLines(_ text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var section = ""
        var arrayCounts: [String: Int] = [:]
        var openString: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if let delimiter = openString {
                if raw.components(separatedBy: delimiter).count % 2 == 0 { openString = nil }
                continue
            }
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[[") {
                guard let close = line.range(of: "]]") else { continue }
                let name = cleanKey(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
                arrayCounts[name, default: 0] += 1
                section = name + "#\(arrayCounts[name] ?? 1)"
                if lines[section] == nil { lines[section] = number }
            } else if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                section = cleanKey(line[line.index(after: line.startIndex)..<close])
                if lines[section] == nil { lines[section] = number }
            } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "="), let key = key(line[..<equals]) {
                for name in [key, String(key.split(separator: ".").first ?? "")] where !name.isEmpty {
                    let full = section.isEmpty ? name : section + "." + name
                    if lines[full] == nil { lines[full] = number }
                }
                let value = line[line.index(after: equals)...]
                for delimiter in ["\"\"\"", "'''"] where value.components(separatedBy: delimiter).count == 2 {
                    openString = delimiter
                }
            }
        }
        return lines
    }

    /// A key as written before `=`: bare (letters, digits, `_`, `-`, dots between) or quoted.
    private static func key(_ text: Substring) -> String? {
        let key = text.trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            return String(key.dropFirst().dropLast())
        }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
        guard !key.isEmpty, key.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        return key
    }

    private static func cleanKey(_ text: Substring) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
}
