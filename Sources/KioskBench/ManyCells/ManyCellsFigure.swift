import Foundation
import KioskCore
import KioskLive
import KioskRuntime
import KioskStore

/// One host, many cells: 200 `kiosk-bench cell` processes on one database file, released
/// together, each submitting its requests; then every acknowledged submission is looked for
/// in the database, through the detainee's request list.
struct ManyCellsFigure: BenchFigure {
    let name = "cells"
    static let goal: UInt64 = 100_000_000

    func run(_ context: BenchContext) throws -> [BenchRow] {
        let cells = context.quick ? 20 : 200
        let requests = context.quick ? 5 : 10
        let path = context.work.appendingPathComponent("cells.sqlite").path
        let detainees = try prepare(path: path, cells: cells)
        var children: [(process: Process, start: Pipe, output: Pipe)] = []
        for (cell, detainee) in detainees.enumerated() {
            let process = Process(), start = Pipe(), output = Pipe()
            process.executableURL = URL(fileURLWithPath: ChildProcess.benchExecutable)
            process.arguments = ["cell", "--db", path, "--detainee", String(detainee), "--cell", String(cell),
                                 "--requests", String(requests)]
            process.standardInput = start
            process.standardOutput = output
            try process.run()
            children.append((process, start, output))
        }
        for (cell, child) in children.enumerated() {
            guard try Self.readLine(child.output.fileHandleForReading) == "ready" else {
                throw BenchFailure("cell \(cell) did not start")
            }
        }
        // The start signal: a byte to every cell, in one tight loop.
        for child in children { try child.start.fileHandleForWriting.write(contentsOf: Data("g".utf8)) }
        var results = CellResults()
        for (cell, child) in children.enumerated() {
            results.read(Self.readUntilDone(child.output.fileHandleForReading), cell: cell)
        }
        // Every cell has reported: they may end.
        for child in children { try child.start.fileHandleForWriting.close() }
        for (cell, child) in children.enumerated() {
            _ = child.output.fileHandleForReading.readDataToEndOfFile()
            child.process.waitUntilExit()
            if child.process.terminationStatus != 0 { results.failures.append("cell \(cell) exited \(child.process.terminationStatus)") }
        }
        let check = try Self.check(results, path: path, detainees: detainees)
        let submissions = cells * requests
        let lat = results.latencies
        print("  \(results.sent.count) of \(submissions) acknowledged; \(check)")
        if !results.failures.isEmpty { print("  failures: " + results.failures.prefix(5).joined(separator: "; ")) }
        return [BenchRow(
            figure: name, measured: "\(cells) cells × \(requests) requests, one file",
            kiosk: "p99 \(DurationText.of(lat.p99)), p50 \(DurationText.of(lat.median))", peers: "",
            goal: "no lost write, p99 ≤ 100 ms",
            met: check.lost == 0 && check.duplicated == 0 && results.failures.isEmpty && lat.p99 <= Self.goal,
            note: "\(results.sent.count)/\(submissions) acknowledged, \(results.failures.count) failed, \(check); "
                + "max \(DurationText.of(lat.maximum))")]
    }

    /// The database with the bench's service and one detainee per cell; their account ids.
    private func prepare(path: String, cells: Int) throws -> [AccountID] {
        let world = BenchDatabase(database: try KioskDatabase(path: path))
        try world.addServiceCatalogue()
        // The cells never log in, so their PINs are hashed cheaply: only the setup is faster.
        let admin = AccountAdmin(database: world.database, hasher: SecretHasher(parameters: .init(logN: 4, blockSize: 1, parallelism: 1)))
        let ids = try (0..<cells).map { cell in
            try admin.createDetainee(number: String(50_000 + cell), pin: Secret("1234"), name: "Cell \(cell)",
                                     cell: "D-\(cell)", language: .fr, now: BenchDatabase.now).id
        }
        try world.database.close()
        return ids
    }

    /// Counts, per detainee, the acknowledged requests missing from the database and any
    /// request present more than once or that was never acknowledged.
    private static func check(_ results: CellResults, path: String, detainees: [AccountID]) throws -> CellCheck {
        let database = try KioskDatabase(path: path)
        defer { try? database.close() }
        let port = KioskPorts(database: database).requests
        var check = CellCheck()
        let acknowledged = Dictionary(grouping: results.sent, by: \.cell)
        for (cell, detainee) in detainees.enumerated() {
            let stored = try port.requests(detainee: detainee).map(\.id)
            let storedSet = Set(stored)
            let sentIDs = Set((acknowledged[cell] ?? []).map(\.id))
            check.lost += sentIDs.subtracting(storedSet).count
            check.duplicated += stored.count - storedSet.count
            check.unacknowledged += storedSet.subtracting(sentIDs).count
            check.stored += stored.count
        }
        check.integrity = try database.integrityCheck().joined(separator: " ")
        return check
    }

    /// A child's output up to its `done` line (without it), or to its end if it stops before.
    private static func readUntilDone(_ handle: FileHandle) -> String {
        let done = Array("done\n".utf8)
        var output = Data()
        while !output.suffix(done.count).elementsEqual(done) {
            let chunk = handle.availableData
            guard !chunk.isEmpty else {
                return String(decoding: output, as: UTF8.self)
            }
            output.append(chunk)
        }
        return String(decoding: output.dropLast(done.count), as: UTF8.self)
    }

    /// One line of a child's output, read byte by byte (the rest stays in the pipe).
    private static func readLine(_ handle: FileHandle) throws -> String {
        var bytes: [UInt8] = []
        while true {
            guard let byte = try handle.read(upToCount: 1), let first = byte.first else { break }
            if first == UInt8(ascii: "\n") { break }
            bytes.append(first)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What the database holds after the cells ran, against what they were told.
struct CellCheck: CustomStringConvertible {
    var stored = 0, lost = 0, duplicated = 0, unacknowledged = 0
    var integrity = ""

    var description: String {
        "\(stored) rows, \(lost) lost, \(duplicated) duplicated, \(unacknowledged) unacknowledged, integrity \(integrity)"
    }
}
