import KioskHarness

/// The texts the search figure types: common words, rarer common words, made-up rare words,
/// prefixes of three or four letters, and two words together, in a fixed shuffled mix.
enum SearchQueries {
    static func make(count: Int, text: BenchText, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let head = Array(BenchText.common.prefix(30)), tail = Array(BenchText.common.dropFirst(30))
        return (0..<count).map { index in
            switch index % 6 {
            case 0: random.pick(head)
            case 1: random.pick(tail)
            case 2: random.pick(text.rare)
            case 3: String(random.pick(tail).prefix(Int.random(in: 3...4, using: &random)))
            case 4: random.pick(tail) + " " + random.pick(text.rare)
            default: random.pick(head) + " " + random.pick(tail)
            }
        }
    }
}
