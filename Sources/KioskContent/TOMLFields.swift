import TOMLKit

/// The keys of one TOML table, read with the types a package expects and errors at their line.
///
/// `prefix` is how `ContentTOMLSource` names the table's keys (`""` for the top of a file,
/// `question#2.` for the second `[[question]]`).
struct TOMLFields {
    let source: ContentTOMLSource
    let table: TOMLTable
    let prefix: String

    /// An error at the line of `key` in this table.
    func error(_ key: String, _ message: String) -> ContentError {
        source.error(at: prefix + key, message)
    }

    /// An error at the table's header, or without a line for the top of a file.
    func errorAtTable(_ message: String) -> ContentError {
        prefix.isEmpty ? source.error(at: nil, message) : source.error(at: String(prefix.dropLast()), message)
    }

    func has(_ key: String) -> Bool {
        table.contains(key: key)
    }

    /// Refuses keys not in `known`, the first one written first.
    func refuseUnknownKeys(_ known: [String]) throws(ContentError) {
        let unknown = table.keys.filter { !known.contains($0) }
        guard let first = unknown.min(by: { (line($0) ?? .max) < (line($1) ?? .max) }) else { return }
        throw error(first, "unknown key `\(first)`; the keys here are " + known.map { "`\($0)`" }.joined(separator: ", "))
    }

    /// A required key's value.
    func required(_ key: String) throws(ContentError) -> TOMLValueConvertible {
        guard let value = table[key] else { throw errorAtTable("`\(key)` is missing") }
        return value
    }

    func string(_ key: String) throws(ContentError) -> String {
        let value = try required(key)
        guard let string = value.string else { throw wrongType(key, value, expected: "text in quotes") }
        return string
    }

    func int(_ key: String) throws(ContentError) -> Int {
        let value = try required(key)
        guard value.type == .int, let int = value.int else { throw wrongType(key, value, expected: "a whole number") }
        return int
    }

    func bool(_ key: String) throws(ContentError) -> Bool {
        let value = try required(key)
        guard value.type == .bool, let bool = value.bool else { throw wrongType(key, value, expected: "true or false") }
        return bool
    }

    /// The tables of an array of tables (`[[header]]`, written once per item).
    func tables(_ key: String, header: String) throws(ContentError) -> [TOMLTable] {
        let value = try required(key)
        guard let array = value.array, array.allSatisfy({ $0.type == .table }) else {
            throw error(key, "write each item of `\(key)` as a [[\(header)]] table")
        }
        return array.compactMap(\.table)
    }

    func strings(_ key: String) throws(ContentError) -> [String] {
        let value = try required(key)
        guard let array = value.array else {
            throw wrongType(key, value, expected: "a list of texts in quotes, such as [\"a\", \"b\"]")
        }
        var strings: [String] = []
        for item in array {
            guard let string = item.string else {
                throw error(key, "every item of `\(key)` must be text in quotes, not \(Self.typeName(item))")
            }
            strings.append(string)
        }
        return strings
    }

    func ints(_ key: String) throws(ContentError) -> [Int] {
        let value = try required(key)
        guard let array = value.array else {
            throw wrongType(key, value, expected: "a list of whole numbers, such as [1, 3]")
        }
        var ints: [Int] = []
        for item in array {
            guard item.type == .int, let int = item.int else {
                throw error(key, "every item of `\(key)` must be a whole number, not \(Self.typeName(item))")
            }
            ints.append(int)
        }
        return ints
    }

    func wrongType(_ key: String, _ value: TOMLValueConvertible, expected: String) -> ContentError {
        error(key, "`\(key)` must be \(expected), not \(Self.typeName(value))")
    }

    private func line(_ key: String) -> Int? {
        source.line(of: prefix + key)
    }

    /// A TOML type in plain words.
    static func typeName(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "text"
        case .int: "a whole number"
        case .double: "a decimal number"
        case .bool: "true or false"
        case .array: "a list"
        case .table: "a table"
        case .date, .time, .dateTime: "a date or time"
        }
    }
}
