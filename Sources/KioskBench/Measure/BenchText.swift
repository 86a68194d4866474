import KioskHarness

/// Generated prose for the data sets: common words often, made-up rare words seldom, so a
/// search finds thousands of articles for some words and a handful for others.
struct BenchText {
    /// Words of news and job listings, most frequent first.
    static let common = """
        the of and to in a is for on that with work job new city council court prison training year people \
        week service social health school market police report minister plan centre hospital project team \
        contract employer worker salary kitchen driver warehouse cleaner welder nurse cook electrician \
        bakery garden library transport station harbour river bridge street district region budget tax \
        energy water housing rent family children teacher student course lesson exam certificate skill \
        interview application letter candidate experience morning evening night shift weekend holiday \
        season weather storm rain snow football match festival concert theatre museum exhibition market \
        price bread coffee shop factory machine repair building construction road railway airport truck \
        ville emploi travail formation quartier conseil santé école marché rapport équipe contrat salaire \
        werk opleiding stad gemeente ziekenhuis school markt verslag ploeg loon keuken magazijn
        """.split(separator: " ").map(String.init)

    /// Syllables the rare words are made of.
    static let syllables = ["ka", "lo", "mi", "ver", "dan", "sto", "rel", "qui", "bra", "ne", "tor", "vel", "zan",
                            "pu", "gri", "mo", "ses", "ta", "fen", "dro", "li", "wes", "char", "ny"]

    var random: SeededRandom
    /// Made-up words, each used seldom: the rare side of the searches.
    let rare: [String]

    init(seed: UInt64, rareWords: Int = 20_000) {
        random = SeededRandom(seed: seed)
        var words: [String] = []
        var seen: Set<String> = []
        var generator = SeededRandom(seed: seed ^ 0x5EED)
        while words.count < rareWords {
            let count = Int.random(in: 3...4, using: &generator)
            let word = (0..<count).map { _ in generator.pick(Self.syllables) }.joined()
            if seen.insert(word).inserted { words.append(word) }
        }
        rare = words
    }

    /// One word: a common one (skewed to the head of the list) nineteen times in twenty.
    mutating func word() -> String {
        if Int.random(in: 0..<20, using: &random) == 0 { return random.pick(rare) }
        let skewed = pow3(Double.random(in: 0..<1, using: &random))
        return Self.common[Int(skewed * Double(Self.common.count))]
    }

    /// `count` words separated by spaces, with a capital and a full stop.
    mutating func sentence(words count: Int) -> String {
        var text = (0..<max(1, count)).map { _ in word() }.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst() + "."
        return text
    }

    /// Sentences of 8 to 20 words up to about `words` words.
    mutating func paragraph(words: Int) -> String {
        var sentences: [String] = []
        var written = 0
        while written < words {
            let count = min(Int.random(in: 8...20, using: &random), words - written)
            sentences.append(sentence(words: count))
            written += count
        }
        return sentences.joined(separator: " ")
    }

    private func pow3(_ value: Double) -> Double { value * value * value }
}
