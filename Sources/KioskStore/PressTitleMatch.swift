import GRDB

/// Whether a title holds every word of a search, as the press index reads words: split and
/// folded by the index's own tokenizer (`unicode61`, accents removed), so "ecole" is in
/// "L'École" exactly when the index would find it there.
struct PressTitleMatch {
    private let tokenizer: any FTS5Tokenizer
    /// Per word of the search, its tokens and whether they are prefixes.
    private let words: [(tokens: [String], prefix: Bool)]

    init(_ query: PressSearchQuery, shortestPrefix: Int, in db: Database) throws {
        let tokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
        words = try query.words.map { word in
            (try tokenizer.tokenize(query: word).map(\.token), word.count >= shortestPrefix)
        }
        self.tokenizer = tokenizer
    }

    /// True when, for every word, each of its tokens is a token of `title` (or starts one, for
    /// a prefix).
    func holdsEveryWord(_ title: String) throws -> Bool {
        let tokens = try tokenizer.tokenize(document: title).map(\.token)
        return words.allSatisfy { word in
            word.tokens.allSatisfy { wanted in
                tokens.contains { word.prefix ? $0.hasPrefix(wanted) : $0 == wanted }
            }
        }
    }
}
