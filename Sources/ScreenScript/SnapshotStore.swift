import Foundation

/// The snapshot files of one script: `<script>.snapshots/NAME.txt` beside it.
struct SnapshotStore {
    enum Outcome: Equatable {
        case matched
        case recorded(path: String)
        case differs(diff: String)
    }

    let scriptPath: String
    /// Record every snapshot anew (`--update`).
    let update: Bool

    var folder: String { scriptPath + ".snapshots" }
    func path(_ name: String) -> String { folder + "/" + name + ".txt" }

    /// Compares with the recorded file; records it when missing or when updating.
    func compare(name: String, actual: String) -> Outcome {
        let file = path(name)
        if !update, let data = FileManager.default.contents(atPath: file), let expected = String(data: data, encoding: .utf8) {
            if expected == actual { return .matched }
            let diff = UnifiedDiff.diff(expected: lines(expected), actual: lines(actual), expectedName: file, actualName: "screen")
            return .differs(diff: diff)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try actual.write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            return .differs(diff: "cannot write \(file): \(error.localizedDescription)")
        }
        return .recorded(path: file)
    }

    /// The screen rows of a recorded snapshot, nil when there is none.
    func recordedScreen(name: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path(name)), let text = String(data: data, encoding: .utf8) else { return nil }
        return ScreenSnapshot.screenText(text)
    }

    private func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
