import Foundation
import KioskCore

/// How the request screens write a status, a number, a date, a name and an answer, in the
/// reader's language.
enum RequestLines {
    static func status(_ status: RequestStatus, _ catalog: Catalog) -> String {
        switch status {
        case .new: catalog[.requestStatusNew]
        case .inProgress: catalog[.requestStatusInProgress]
        case .approved: catalog[.requestStatusApproved]
        case .declined: catalog[.requestStatusDeclined]
        case .rejected: catalog[.requestStatusRejected]
        case .closed: catalog[.requestStatusClosed]
        }
    }

    /// "no. 12".
    static func number(_ id: Int64, _ catalog: Catalog) -> String {
        catalog.text(.requestNumber, ["number": String(id)])
    }

    /// Day, month and year ("2 Mar 2026"): a request can stay open for months.
    static func day(_ date: Date, _ state: AppState) -> String {
        date.formatted(Date.FormatStyle(locale: Locale(identifier: state.language.localeIdentifier),
                                        timeZone: state.settings.timeZone).day().month(.abbreviated).year())
    }

    /// Weekday, day, month and time ("Mon 2 Mar 09:00"): when an entry of a thread was written.
    static func moment(_ date: Date, _ state: AppState) -> String {
        DateText.day(date, language: state.language, timeZone: state.settings.timeZone) + " "
            + DateText.time(date, language: state.language, timeZone: state.settings.timeZone)
    }

    /// Whole days from `date` to now (0 the same day, never negative).
    static func days(since date: Date, _ state: AppState) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.settings.timeZone
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: date), to: calendar.startOfDay(for: state.now)).day
        return max(0, days ?? 0)
    }

    /// "sent today", "sent 1 day ago", "sent 3 days ago".
    static func age(_ days: Int, _ catalog: Catalog) -> String {
        switch days {
        case 0: catalog[.requestToday]
        case 1: catalog[.requestDaysOne]
        default: catalog.text(.requestDays, ["days": String(days)])
        }
    }

    /// A name, title or label as one harmless line.
    static func line(_ text: String) -> String {
        TextSanitizer.singleLine.clean(text)
    }

    /// A message or typed answer as harmless text, its lines kept.
    static func text(_ text: String) -> String {
        TextSanitizer.multiLine.clean(text)
    }

    /// A service's title in the reader's language; its id when the catalogue no longer has it.
    static func service(_ id: String, _ catalog: ServiceCatalog?, _ state: AppState) -> String {
        line(catalog?.serviceTitle(id, in: state.language) ?? id)
    }

    /// A department's name in the reader's language; its id when the catalogue no longer has it.
    static func department(_ id: String, _ catalog: ServiceCatalog?, _ state: AppState) -> String {
        line(catalog?.departmentName(id, in: state.language) ?? id)
    }

    /// An answer in words, one line per person or typed line: options by their labels, never
    /// by their ids.
    static func answer(_ answer: RequestAnswer, field: ServiceField?, _ state: AppState) -> String {
        func label(_ id: String, in options: [ServiceOption]) -> String {
            line(options.first { $0.id == id }?.label.text(in: state.language) ?? id)
        }
        switch answer {
        case .text(let typed): return text(typed)
        case .choice(let id): return label(id, in: field?.options ?? [])
        case .choices(let ids): return ids.map { label($0, in: field?.options ?? []) }.joined(separator: ", ")
        case .date(let day): return line(day)
        case .people(let people):
            return people.map { line($0.name) + " (" + label($0.relation, in: field?.relations ?? []) + ")" }
                .joined(separator: "\n")
        }
    }
}
