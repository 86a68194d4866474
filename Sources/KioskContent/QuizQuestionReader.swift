import KioskCore

/// Reads one `[[question]]` table of a quiz file.
///
/// `kind` is `single` (one right choice: `answer = 2`), `multiple` (any number of right
/// choices: `answer = [1, 3]`) or `short` (typed text: `accepted = ["Brussels", "Bruxelles"]`).
/// Choices are counted from 1 in the file, as a person counts them; the model counts from 0.
enum QuizQuestionReader {
    static let keys = ["text", "kind", "choices", "answer", "accepted", "explanation"]
    static let kinds = ["single", "multiple", "short"]

    static func read(_ fields: TOMLFields, limits: ContentLimits) throws(ContentError) -> QuizQuestion {
        try fields.refuseUnknownKeys(keys)
        let text = try ContentText.lines().field(fields.string("text"), key: "text", in: fields)
        let kindName = try fields.string("kind")
        var explanation = ""
        if fields.has("explanation") {
            explanation = try ContentText.lines().field(fields.string("explanation"), key: "explanation", in: fields,
                                                        mayBeEmpty: true)
        }
        let kind: QuizQuestion.Kind
        switch kindName {
        case "single":
            let choices = try readChoices(fields, limits: limits)
            kind = .singleChoice(choices: choices, correct: try readAnswer(fields, choices: choices.count))
        case "multiple":
            let choices = try readChoices(fields, limits: limits)
            kind = .multipleChoice(choices: choices, correct: try readAnswers(fields, choices: choices.count))
        case "short":
            kind = .shortAnswer(accepted: try readAccepted(fields, limits: limits))
        default:
            throw fields.error("kind", "unknown kind `\(ContentText.line().clean(kindName))`; write "
                               + kinds.map { "`\($0)`" }.joined(separator: ", "))
        }
        return QuizQuestion(text: text, kind: kind, explanation: explanation)
    }

    private static func readChoices(_ fields: TOMLFields, limits: ContentLimits) throws(ContentError) -> [String] {
        guard !fields.has("accepted") else {
            throw fields.error("accepted", "`accepted` is for short questions; a choice question has `answer`")
        }
        let written = try fields.strings("choices")
        guard written.count >= 2 else { throw fields.error("choices", "a choice question needs at least 2 choices") }
        guard written.count <= limits.maxChoices else {
            throw fields.error("choices", "\(written.count) choices; a question has at most \(limits.maxChoices)")
        }
        var choices: [String] = []
        for choice in written { choices.append(try ContentText.line(maxLength: 500).field(choice, key: "choices", in: fields)) }
        return choices
    }

    /// The 0-based index of the one right choice.
    private static func readAnswer(_ fields: TOMLFields, choices: Int) throws(ContentError) -> Int {
        let value = try fields.required("answer")
        guard value.type == .int, let answer = value.int else {
            throw fields.wrongType("answer", value, expected: "the number of the right choice, counted from 1")
        }
        try check(answer, choices: choices, fields: fields)
        return answer - 1
    }

    /// The 0-based indices of the right choices.
    private static func readAnswers(_ fields: TOMLFields, choices: Int) throws(ContentError) -> Set<Int> {
        let value = try fields.required("answer")
        guard value.array != nil else {
            throw fields.wrongType("answer", value, expected: "the list of the right choices, such as [1, 3]")
        }
        let answers = try fields.ints("answer")
        guard !answers.isEmpty else { throw fields.error("answer", "`answer` is empty; name at least one right choice") }
        for answer in answers { try check(answer, choices: choices, fields: fields) }
        guard Set(answers).count == answers.count else { throw fields.error("answer", "`answer` names a choice twice") }
        return Set(answers.map { $0 - 1 })
    }

    private static func check(_ answer: Int, choices: Int, fields: TOMLFields) throws(ContentError) {
        guard (1...choices).contains(answer) else {
            throw fields.error("answer", "answer \(answer) is out of range: the choices are numbered 1 to \(choices)")
        }
    }

    private static func readAccepted(_ fields: TOMLFields, limits: ContentLimits) throws(ContentError) -> [String] {
        for key in ["choices", "answer"] where fields.has(key) {
            throw fields.error(key, "`\(key)` is for choice questions; a short question lists `accepted` answers")
        }
        let written = try fields.strings("accepted")
        guard !written.isEmpty else { throw fields.error("accepted", "`accepted` is empty; list at least one answer") }
        guard written.count <= limits.maxAccepted else {
            throw fields.error("accepted", "\(written.count) accepted answers; a question has at most \(limits.maxAccepted)")
        }
        var accepted: [String] = []
        for answer in written { accepted.append(try ContentText.line().field(answer, key: "accepted", in: fields)) }
        return accepted
    }
}
