import Foundation
import KioskCore

/// How the course screens write a course, a standing, a date, a title row and a waiting list.
enum CourseLines {
    /// "Budget de base · fr · beginner · 45 min", with the learner's standing in words as its
    /// badge ("not started", "3/7 done", "completed"), never by colour alone.
    static func course(_ course: CourseSummary, _ catalog: Catalog) -> MenuItem {
        let label = [course.title, course.language.rawValue, catalog[level(course.level)],
                     catalog.text(.courseMinutes, ["minutes": String(course.minutes)])].joined(separator: " · ")
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

    static func failure(_ failure: StoreFailure, _ catalog: Catalog) -> String {
        "! " + catalog[failure == .notWritable ? .storeNotWritable : .storeUnavailable]
    }

    /// The title, and on its right `right` (by default the minutes left today when the courses
    /// have a daily quota).
    static func drawTitle(_ title: String, right: String? = nil, _ state: AppState, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var left = right ?? ""
        if right == nil, let minutes = SectionScreen.minutesLeft(in: .courses, state) {
            left = state.catalog.text(.sectionTimeLeft, ["minutes": String(minutes)])
        }
        let leftWidth = TextWidth.of(left)
        let room = leftWidth > 0 && leftWidth + 4 < area.cols ? area.cols - leftWidth - 2 : area.cols
        buffer.write(TextLayout.truncate(title, width: room), row: area.row, col: area.col, role: .title)
        if room < area.cols { buffer.write(left, row: area.row, col: area.right - leftWidth, role: .muted) }
    }

    /// Text wrapped from the top of the area, as many lines as fit.
    static func drawText(_ text: String, role: Role, in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        for (index, line) in TextLayout.wrap(text, width: area.cols).prefix(area.rows).enumerated() {
            buffer.write(line, row: area.row + index, col: area.col, role: role)
        }
    }

    /// A list, or what stands in its place: loading, a store failure, or what empty means.
    static func drawList(_ items: [MenuItem]?, selection: Int, empty: String, failure: StoreFailure?, _ catalog: Catalog,
                         in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        if let failure {
            drawText(Self.failure(failure, catalog), role: .error, in: &buffer, area: area)
        } else if let items, !items.isEmpty {
            MenuList(items: items, selection: selection).draw(in: &buffer, area: area)
        } else {
            drawText(items == nil ? catalog[.courseLoading] : empty, role: .muted, in: &buffer, area: area)
        }
    }

    /// Lines of `text` wrapped to `width`, in one role.
    static func wrapped(_ text: String, width: Int, role: Role = .body) -> [StyledLine] {
        TextLayout.wrap(text, width: width).map { StyledLine($0, role) }
    }
}
