import KioskCore
import TOMLKit

/// One table of the catalogue file (the top, a `[[service]]`, a `[[service.field]]`…): its
/// keys, its id, and the lines it spans, for messages.
struct ServiceCatalogTable {
    var fields: TOMLFields
    /// The id it gives; nil for the top of the file, or when the id is missing or wrong (that
    /// problem is kept).
    var id: String?
    /// The line of its header, or of the nearest key the file wrote for it.
    var line: Int?
    /// The lines from its header to the next table of the same array.
    var lines: Range<Int>

    /// The top of the file.
    static func top(_ source: ContentTOMLSource) -> ServiceCatalogTable {
        ServiceCatalogTable(fields: TOMLFields(source: source, table: source.table, prefix: ""), id: nil,
                            line: nil, lines: 1..<Int.max)
    }

    var table: TOMLTable { fields.table }

    func has(_ key: String) -> Bool { fields.has(key) }

    /// Whether `key` holds a list of tables (perhaps empty), as `[[…]]` headers write it.
    func isArrayOfTables(_ key: String) -> Bool {
        guard let array = table[key]?.array else { return false }
        return array.allSatisfy { $0.type == .table }
    }

    /// The line of `key` in this table, else the table's own line.
    func line(of key: String) -> Int? {
        fields.source.line(of: fields.prefix + key) ?? line
    }

    /// The items of the array of tables `array`, at most its cap (more is a problem), each
    /// with its keys and its id checked: known keys only, an id by the rule, each id once.
    func items(_ array: ServiceCatalogArray, headers: ServiceCatalogHeaders,
               problems: ServiceCatalogProblems) -> [ServiceCatalogTable] {
        guard let tables = problems.check(at: line, { () throws(FileError) in
            try fields.tables(array.key, header: array.header)
        }) else { return [] }
        let written = headers.written(array.header, within: lines)
        // One header per item inside this table: name each by its header's number, as
        // `ContentTOMLSource` does; else (an inline array) every item has the array's line.
        let numbered = written.count == tables.count
        if tables.count > array.limit {
            let line = numbered ? written[array.limit].line : line(of: array.key)
            problems.add(FileError(path: fields.source.path, line: line, message:
                "\(tables.count) \(array.what)s\(array.scope); the limit is \(array.limit)"))
        }
        var items: [ServiceCatalogTable] = []
        var idLines: [String: Int?] = [:]
        for (index, table) in tables.prefix(array.limit).enumerated() {
            var item: ServiceCatalogTable
            if numbered {
                let next = index + 1 < written.count ? written[index + 1].line : lines.upperBound
                item = ServiceCatalogTable(
                    fields: TOMLFields(source: fields.source, table: table, prefix: "\(array.header)#\(written[index].number)."),
                    id: nil, line: written[index].line, lines: written[index].line..<max(next, written[index].line + 1))
            } else {
                item = ServiceCatalogTable(fields: TOMLFields(source: fields.source, table: table, prefix: fields.prefix + array.key + "."),
                                           id: nil, line: line(of: array.key), lines: lines)
            }
            let keysKnown = problems.check(at: item.line) { () throws(FileError) in
                try item.fields.refuseUnknownKeys(array.keys)
            } != nil
            // After an unknown key (perhaps a misspelt `id`), a missing id is not reported again.
            item.id = keysKnown ? problems.check(at: item.line) { () throws(FileError) in try item.readID() }
                : try? item.readID()
            if let id = item.id {
                if let first = idLines[id] {
                    let other = first.map { "the \(array.what) on line \($0)" } ?? "another \(array.what)"
                    problems.add(item.fields.error("id", "the id `\(id)` is already taken by \(other)"))
                } else {
                    idLines[id] = item.line(of: "id")
                }
            }
            items.append(item)
        }
        return items
    }

    private func readID() throws(FileError) -> String {
        let id = try fields.string("id")
        guard ServiceCatalogID.isValid(id) else {
            throw fields.error("id", "`\(ServiceCatalogText.shown(id))` is not an id: " + ServiceCatalogID.rule)
        }
        return id
    }
}

/// An array of tables of the catalogue: `[[department]]`, `[[service]]`, `[[service.field]]`,
/// `[[service.field.option]]`, `[[service.field.relation]]`.
struct ServiceCatalogArray {
    /// The key in the table that holds it (`field`).
    var key: String
    /// The header as written (`service.field`).
    var header: String
    /// The word for one item in messages (`field`).
    var what: String
    /// Where the items are counted, said after their count (` in one service`).
    var scope: String
    /// The keys an item may have.
    var keys: [String]
    /// The most items.
    var limit: Int
}

/// The lines where the file writes each header of the arrays of tables, in order.
struct ServiceCatalogHeaders {
    private var lines: [String: [Int]] = [:]

    init(source: ContentTOMLSource, headers: [String]) {
        for header in headers {
            var found: [Int] = []
            while let line = source.line(of: "\(header)#\(found.count + 1)") { found.append(line) }
            lines[header] = found
        }
    }

    /// The numbers (from 1, across the file) and lines of the `[[header]]` headers written
    /// within `range`.
    func written(_ header: String, within range: Range<Int>) -> [(number: Int, line: Int)] {
        (lines[header] ?? []).enumerated().filter { range.contains($0.element) }.map { (number: $0.offset + 1, line: $0.element) }
    }
}
