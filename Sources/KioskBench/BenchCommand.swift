import ArgumentParser
import Foundation

/// `kiosk-bench`: measures the kiosk and its peers on this machine and prints one table.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-bench",
        abstract: "Measures the kiosk against peers (dialog, lynx, w3m) on this machine; prints one table.",
        subcommands: [BenchRunCommand.self, PageDumpCommand.self, CellCommand.self],
        defaultSubcommand: BenchRunCommand.self
    )
}

/// Runs the figures (all, or those named) and prints the table. Never fails on a missed goal:
/// the table says which goals were met.
struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure and print the table.")

    @Flag(help: "Small data and few repetitions: checks the harness, not the figures.") var quick = false
    @Option(help: "The kiosk binary (a release build for real figures).") var kiosk: String = ".build/release/kiosk"
    @Option(name: .customLong("only"), help: "Measure only this figure (repeatable).") var only: [String] = []

    mutating func run() throws {
        let figures = BenchFigures.all.filter { only.isEmpty || only.contains($0.name) }
        if figures.isEmpty { throw ValidationError("no figure named \(only.joined(separator: ", "))") }
        print(BenchMachine.current.description)
        var rows: [BenchRow] = []
        for figure in figures {
            let context = try BenchContext(quick: quick, kiosk: kiosk, figure: figure.name)
            defer { context.removeWorkDirectory() }
            print("== \(figure.name)")
            do { rows += try figure.run(context) } catch {
                rows.append(BenchRow(figure: figure.name, measured: "-", kiosk: "not measured", peers: "", goal: "", met: nil,
                                     note: "\(error)"))
            }
        }
        print(BenchTable(rows).text)
    }
}
