import Foundation

/// The database on a full filesystem and on a read-only one: a clear message, the draft kept,
/// nothing half-written, and the retry sending once.
///
/// The cases mount a small tmpfs, so they run in `kiosk-torture disk-cell` inside a mount
/// namespace of its own (`unshare -m` as root, else `unshare -rm`): nothing is left mounted
/// whatever happens. Without either the row says it did not run, and why.
struct DiskCategory: TortureCategory {
    let name = "disk"

    func run(_ context: TortureContext) throws -> TortureResult {
        let source = context.work.appendingPathComponent("disk.sqlite").path
        try DemoDatabase.create(at: source, kiosk: context.kiosk, root: RepositoryRoot.require(kiosk: context.kiosk))
        let mount = context.work.appendingPathComponent("mnt").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard let unshare = try Self.namespaceLauncher() else {
            return TortureResult(category: name, tried: 0, failed: 0,
                                 note: "not run: neither `unshare -m` nor `unshare -rm` may mount here")
        }
        let child = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let cell = try ProcessRunner.run("/usr/bin/unshare", unshare + [child, "disk-cell", "--source", source, "--mount", mount])
        let (status, output) = (cell.status, cell.text)
        var tried = 0
        var failed = 0
        var skipped: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("ok - ") {
                tried += 1
            } else if line.hasPrefix("FAIL - ") {
                tried += 1
                failed += 1
                print("FAIL disk: " + line.dropFirst(7))
            } else if line.hasPrefix("skip - ") {
                skipped.append(String(line.dropFirst(7)))
                print("skipped: " + line.dropFirst(7))
            } else {
                print("disk-cell: " + line)
            }
        }
        if status != 0 || tried == 0 {
            failed += 1
            print("FAIL disk: disk-cell ended with status \(status)")
        }
        return TortureResult(category: name, tried: tried, failed: failed,
                             note: "full and read-only tmpfs" + (skipped.isEmpty ? "" : "; \(skipped.count) skipped (see above)"))
    }

    /// The `unshare` options that give a child a mount namespace where it may mount a tmpfs.
    static func namespaceLauncher() throws -> [String]? {
        let candidates = getuid() == 0 ? [["-m", "--propagation", "private"], ["-rm"]] : [["-rm"]]
        for options in candidates {
            let probe = try? ProcessRunner.run("/usr/bin/unshare", options + ["/bin/mount", "-t", "tmpfs", "tmpfs", "/mnt"])
            if probe?.status == 0 { return options }
        }
        return nil
    }
}
