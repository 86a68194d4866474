import Foundation

/// The rules a request's answers must keep: the form checks them before review, the store
/// again before it writes.
public enum RequestValidation {
    /// The first field (in form order) whose answer breaks a rule, or the id of an answer the
    /// form does not have; nil when every answer is fine.
    public static func invalidField(_ answers: [String: RequestAnswer], for service: ServiceDefinition) -> String? {
        for field in service.fields {
            guard let answer = answers[field.id], !answer.isEmpty else {
                if field.isRequired { return field.id }
                continue
            }
            if !isValid(answer, for: field) { return field.id }
        }
        return answers.keys.sorted().first { service.field($0) == nil }
    }

    /// Whether the text is as the sanitiser would leave it (no controls, NFC, marks capped).
    public static func isClean(_ text: String) -> Bool {
        TextSanitizer.multiLine.clean(text) == text
    }

    /// Whether a given (non-empty) answer fits its field.
    public static func isValid(_ answer: RequestAnswer, for field: ServiceField) -> Bool {
        switch (field.kind, answer) {
        case (.text, .text(let text)):
            return text.count <= field.maxLength && isClean(text)
        case (.choice, .choice(let id)):
            return field.options.contains { $0.id == id }
        case (.choices, .choices(let ids)):
            return Set(ids).count == ids.count && ids.allSatisfy { id in field.options.contains { $0.id == id } }
        case (.date, .date(let text)):
            return DayText.isValid(text)
        case (.people, .people(let people)):
            return people.count <= field.maxLength && people.allSatisfy { person in
                let name = person.name.trimmingCharacters(in: .whitespaces)
                return !name.isEmpty && person.name.count <= ServiceField.maxPersonName
                    && isClean(person.name) && !person.name.contains("\n")
                    && field.relations.contains { $0.id == person.relation }
            }
        default:
            return false
        }
    }
}

/// A calendar day written `YYYY-MM-DD`.
public enum DayText {
    /// Whether `text` is a real day between years 1900 and 2999 (`2026-02-30` is not).
    public static func isValid(_ text: String) -> Bool {
        parts(text) != nil
    }

    /// Year, month and day of a valid text.
    public static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
              (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return (year, month, day)
    }
}
