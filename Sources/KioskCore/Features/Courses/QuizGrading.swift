import Foundation

/// Whether an answer to a quiz question is right: the one policy the quiz screen and any
/// report share.
public enum QuizGrading {
    public static func isRight(_ question: QuizQuestion, _ answer: QuizAnswer) -> Bool {
        switch (question.kind, answer) {
        case (.singleChoice(_, let correct), .choice(let chosen)):
            chosen == correct
        case (.multipleChoice(_, let correct), .choices(let chosen)):
            chosen == correct
        case (.shortAnswer(let accepted), .text(let typed)):
            !folded(typed).isEmpty && accepted.map(folded).contains(folded(typed))
        default:
            false
        }
    }

    /// Text as short answers are compared: case and accents folded, typographic apostrophes
    /// made plain, spaces trimmed and runs of them made one, final punctuation dropped
    /// ("  L’École. " and "l'ecole" compare equal).
    public static func folded(_ text: String) -> String {
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
        folded = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = folded.last, finalPunctuation.contains(last) || last == " " {
            folded.removeLast()
        }
        return folded
    }

    /// What ends a sentence or a clause; a sign that belongs to the answer ("50%", "C++") stays.
    private static let finalPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "…", "¡", "¿"]
}
