/// The candidate nearest to a misspelt name, for "did you mean …?" hints.
enum ClosestName {
    /// The first candidate at the smallest edit distance (ignoring case), if it is close enough
    /// to be a plausible typo: at most 2 edits and fewer than half the name's length.
    static func find(_ name: String, in candidates: [String]) -> String? {
        let limit = min(2, max(1, (name.count - 1) / 2))
        var best: (name: String, distance: Int)? = nil
        for candidate in candidates {
            let distance = self.distance(name, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance between two strings, ignoring case.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `" (did you mean X?)"`, or an empty string when nothing is close.
    static func hint(_ name: String, in candidates: [String]) -> String {
        find(name, in: candidates).map { " (did you mean \($0)?)" } ?? ""
    }
}
