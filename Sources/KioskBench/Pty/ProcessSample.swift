import Foundation

/// A process's counters from `/proc`: peak and current resident memory, CPU time, and context
/// switches summed over its threads.
struct ProcessSample {
    /// VmHWM, in kB.
    let peakResidentKB: Int
    /// VmRSS, in kB.
    let residentKB: Int
    /// RssAnon, in kB: the part of VmRSS that is the process's own (heap, stacks), not file pages.
    let anonymousKB: Int
    /// utime + stime of the whole process, in clock ticks.
    let cpuTicks: Int
    /// voluntary_ctxt_switches of every live thread: each is a sleep, then a wake-up.
    let voluntarySwitches: Int
    /// nonvoluntary_ctxt_switches of every live thread.
    let involuntarySwitches: Int
    let threads: Int

    /// CPU time in seconds.
    var cpuSeconds: Double { Double(cpuTicks) / Double(sysconf(Int32(_SC_CLK_TCK))) }
    /// Every context switch: an upper bound on the wake-ups.
    var switches: Int { voluntarySwitches + involuntarySwitches }

    /// Reads `/proc/PID/status`, `/proc/PID/stat` and each `/proc/PID/task/TID/status`.
    static func read(pid: pid_t) throws -> ProcessSample {
        let status = try ProcFile(path: "/proc/\(pid)/status")
        let stat = try ProcFile(path: "/proc/\(pid)/stat")
        var voluntary = 0, involuntary = 0, threads = 0
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        for task in tasks {
            // A thread may end between the listing and the read.
            guard let file = try? ProcFile(path: "/proc/\(pid)/task/\(task)/status") else { continue }
            voluntary += try file.number("voluntary_ctxt_switches")
            involuntary += try file.number("nonvoluntary_ctxt_switches")
            threads += 1
        }
        let fields = try stat.statFields()
        return ProcessSample(peakResidentKB: try status.number("VmHWM"), residentKB: try status.number("VmRSS"),
                             anonymousKB: try status.number("RssAnon"),
                             cpuTicks: try stat.statNumber(fields, at: 14) + stat.statNumber(fields, at: 15),
                             voluntarySwitches: voluntary, involuntarySwitches: involuntary, threads: threads)
    }
}
