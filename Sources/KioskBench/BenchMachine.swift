import Foundation

/// The machine the figures come from: CPU model, cores, memory and kernel, for the table's head.
struct BenchMachine: CustomStringConvertible {
    let cpu: String
    let cores: Int
    let memory: String
    let kernel: String

    static var current: BenchMachine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let gigabytes = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return BenchMachine(cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                            memory: String(format: "%.1f GB", gigabytes), kernel: "Linux \(release)")
    }

    var description: String {
        let runtime = SwiftFloor.linksStatically ? "Swift runtime linked statically" : "Swift runtime shared"
        return "machine: \(cpu), \(cores) cores, \(memory), \(kernel); \(runtime)"
    }
}
