import Foundation
import KioskCore

/// How the course screens write a course, a standing, a date, a title row and a waiting list.
enum CourseLines {
    /// "Budget de base · fr · beginner · 45 min", with the learner's standing in words as its
    /// badge ("not started", "3/7 done", "completed"), never by colour alone.
    static func course(_ course: CourseSummary, _ catalog: Catalog) -> MenuItem {
        // Concatenated, not `joined`: this runs for every course line of every frame.
        let label = course.title + " · " + course.language.rawValue + " · " + catalog[level(course.level)] + " · "
            + catalog.text(.courseMinutes, ["minutes": String(course.minutes)])
        return MenuItem(label, badge: standing(course, catalog))
    }

    static func standing(_ course: CourseSummary, _ catalog: Catalog) -> String {
        if course.completedAt != nil { return catalog[.courseCompleted] }
        if course.enrolledAt == nil && course.stepsDone == 0 { return catalog[.courseNotStarted] }
        return catalog.text(.courseStepsDoneShort, ["done": String(course.stepsDone), "total": String(course.stepCount)])
    }

    static func level(_ level: CourseLevel) -> MessageKey {
        switch level {
        case .beginner: .courseLevelBeginner
        case .intermediate: .courseLevelIntermediate
        case .advanced: .courseLevelAdvanced
        }
    }

    static func category(_ category: CourseCategory) -> MessageKey {
        switch category {
        case .digital: .courseCategoryDigital
        case .work: .courseCategoryWork
        case .money: .courseCategoryMoney
        case .release: .courseCategoryRelease
        case .language: .courseCategoryLanguage
        case .health: .courseCategoryHealth
        }
    }

    /// Day, month and year ("2 Mar 2026"): a completion can be years old.
    static func date(_ date: Date, _ state: AppState) -> String {
        date.formatted(Date.FormatStyle(locale: Locale(identifier: state.language.localeIdentifier),
                                        timeZone: state.settings.timeZone).day().month(.abbreviated).year())
    }

    /// Lines of `text` wrapped to `width`, in one role.
    static func wrapped(_ text: String, width: Int, role: Role = .body) -> [StyledLine] {
        TextLayout.wrap(text, width: width).map { StyledLine($0, role) }
    }
}
