import KioskCore
import TOMLKit

/// Reads a quiz file: a title, then one `[[question]]` table per question.
///
/// ```toml
/// title = "The keyboard"
///
/// [[question]]
/// text = "Which key deletes the character before the cursor?"
/// kind = "single"
/// choices = ["Delete", "Backspace", "Escape"]
/// answer = 2                       # counted from 1
/// explanation = "Backspace deletes backwards; Delete deletes forwards."
/// ```
enum QuizFileReader {
    static let keys = ["title", "question"]

    /// The quiz `id` from the text of its file at `path`.
    static func read(id: String, path: String, text: String, limits: ContentLimits) throws(ContentError) -> QuizContent {
        let source = try ContentTOMLSource(path: path, text: text)
        let fields = TOMLFields(source: source, table: source.table, prefix: "")
        try fields.refuseUnknownKeys(keys)
        let title = try ContentText.line().field(fields.string("title"), key: "title", in: fields)
        guard fields.has("question") else {
            throw fields.errorAtTable("the quiz has no questions; add one [[question]] table per question")
        }
        let value = try fields.required("question")
        guard let tables = value.array, tables.allSatisfy({ $0.type == .table }) else {
            throw fields.error("question", "write each question as a [[question]] table")
        }
        guard !tables.isEmpty else { throw fields.error("question", "the quiz has no questions") }
        guard tables.count <= limits.maxQuestions else {
            throw source.error(at: "question#\(limits.maxQuestions + 1)",
                               "\(tables.count) questions; a quiz has at most \(limits.maxQuestions)")
        }
        var questions: [QuizQuestion] = []
        for (index, item) in tables.enumerated() {
            guard let table = item.table else { continue }
            let question = TOMLFields(source: source, table: table, prefix: "question#\(index + 1).")
            questions.append(try QuizQuestionReader.read(question, limits: limits))
        }
        return QuizContent(id: id, title: title, questions: questions)
    }
}
