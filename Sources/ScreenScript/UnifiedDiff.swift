/// A unified diff of two lists of lines, as `diff -u` prints it.
public enum UnifiedDiff {
    /// `---`/`+++` headers and `@@ -a,b +c,d @@` hunks with `context` lines around each change;
    /// an empty string when the lists are equal. A count of 1 is written without `,1`, and an
    /// empty side starts at the line before, as GNU diff does. Uses an O(n·m) LCS after
    /// stripping the common prefix and suffix, which suits screens of a hundred lines.
    public static func diff(expected: [String], actual: [String], expectedName: String, actualName: String,
                            context: Int = 3) -> String {
        guard expected != actual else { return "" }
        let operations = self.operations(expected, actual)
        let context = max(0, context)
        var output = "--- \(expectedName)\n+++ \(actualName)\n"
        for hunk in hunks(operations, context: context) {
            output += header(hunk, operations)
            for operation in operations[hunk] {
                switch operation.kind {
                case .same: output += " \(expected[operation.old])\n"
                case .removed: output += "-\(expected[operation.old])\n"
                case .added: output += "+\(actual[operation.new])\n"
                }
            }
        }
        return output
    }

    struct Operation: Equatable {
        enum Kind { case same, removed, added }
        var kind: Kind
        /// Index in `expected` of this line (for `added`: of the next expected line).
        var old: Int
        /// Index in `actual` of this line (for `removed`: of the next actual line).
        var new: Int
    }

    /// The edit script, removals before additions within a change.
    static func operations(_ a: [String], _ b: [String]) -> [Operation] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        // lcs[i][j]: length of the longest common subsequence of the middles from i and j on.
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var result = (0..<prefix).map { Operation(kind: .same, old: $0, new: $0) }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[prefix + i] == b[prefix + j] {
                result.append(Operation(kind: .same, old: prefix + i, new: prefix + j))
                i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                result.append(Operation(kind: .removed, old: prefix + i, new: prefix + j))
                i += 1
            } else {
                result.append(Operation(kind: .added, old: prefix + i, new: prefix + j))
                j += 1
            }
        }
        result += (0..<suffix).map { Operation(kind: .same, old: a.count - suffix + $0, new: b.count - suffix + $0) }
        return result
    }

    /// Ranges of operations to print: each change with its context, overlapping ones merged.
    static func hunks(_ operations: [Operation], context: Int) -> [Range<Int>] {
        var hunks: [Range<Int>] = []
        for (index, operation) in operations.enumerated() where operation.kind != .same {
            let range = max(0, index - context)..<min(operations.count, index + context + 1)
            if let last = hunks.last, range.lowerBound <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        return hunks
    }

    /// `@@ -a,b +c,d @@` for a hunk.
    static func header(_ hunk: Range<Int>, _ operations: [Operation]) -> String {
        let lines = operations[hunk]
        let oldCount = lines.filter { $0.kind != .added }.count
        let newCount = lines.filter { $0.kind != .removed }.count
        let first = operations[hunk.lowerBound]
        return "@@ -\(range(start: first.old, count: oldCount)) +\(range(start: first.new, count: newCount)) @@\n"
    }

    /// `start,count` 1-based; `start` alone for one line; the line before for none.
    static func range(start: Int, count: Int) -> String {
        switch count {
        case 0: "\(start),0"
        case 1: "\(start + 1)"
        default: "\(start + 1),\(count)"
        }
    }
}
