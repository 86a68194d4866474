import ArgumentParser
import Foundation

/// `kiosk-torture`: runs every category of hostile input and faults and prints the table.
struct TortureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-torture",
        abstract: "Attacks the kiosk with hostile input and faults; prints cases tried and failures per category.",
        subcommands: [TortureRunCommand.self, CrashCellCommand.self, DiskCellCommand.self],
        defaultSubcommand: TortureRunCommand.self
    )
}

/// Runs the categories (all, or those named) and prints the table; exits 1 when a case failed.
struct TortureRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the categories and print the table.")

    @Flag(help: "The fast subset that `make test` runs.") var quick = false
    @Option(help: "Seed of every random choice (printed, for replay); random when absent.") var seed: UInt64?
    @Option(help: "The kiosk binary, for categories that run it as a process.") var kiosk: String = ".build/debug/kiosk"
    @Option(name: .customLong("only"), help: "Run only this category (repeatable).") var only: [String] = []

    mutating func run() throws {
        let seed = seed ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("kiosk-torture: seed \(seed)\(quick ? " (quick)" : "") — replay with --seed \(seed)")
        let categories = TortureCategories.all.filter { only.isEmpty || only.contains($0.name) }
        if categories.isEmpty { throw ValidationError("no category named \(only.joined(separator: ", "))") }
        var results: [TortureResult] = []
        for category in categories {
            let context = try TortureContext(quick: quick, seed: seed, kiosk: kiosk, category: category.name)
            defer { context.removeWorkDirectory() }
            print("== \(category.name)")
            let result: TortureResult
            do { result = try category.run(context) } catch {
                result = TortureResult(category: category.name, tried: 0, failed: 1, note: "could not run: \(error)")
            }
            results.append(result)
        }
        print(TortureTable(results).text)
        if results.contains(where: { $0.failed > 0 }) { throw ExitCode(1) }
    }
}
