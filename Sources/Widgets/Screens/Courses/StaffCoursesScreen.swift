import KioskCore

/// The courses for staff: a table of each course's language, steps, enrolled and completed
/// learners; Enter opens the learners of the selected one.
struct StaffCoursesScreen {
    let state: AppState
    let list: StaffCoursesState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// "4 steps", "1 step".
    static func steps(_ count: Int, _ catalog: Catalog) -> String {
        count == 1 ? catalog[.courseStepCountOne] : catalog.text(.courseStepCount, ["count": String(count)])
    }

    /// "English · 4 steps · 2 enrolled, 1 completed": a course's facts in words.
    static func facts(_ course: CourseStaffSummary, _ catalog: Catalog) -> String {
        [course.language.nativeName, steps(course.stepCount, catalog),
         catalog.text(.staffCourseCounts, ["enrolled": String(course.enrolled), "completed": String(course.completed)])]
            .joined(separator: " · ")
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuCourses], width: area.cols), row: area.row, col: area.col, role: .title)
        let listArea = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2))
        guard !listArea.isEmpty else { return }
        if case .failed(let failure) = list.outcome {
            SectionLines.drawText(SectionLines.failure(failure, catalog), role: .error, in: &buffer, area: listArea)
            return
        }
        guard let courses = list.courses, !courses.isEmpty else {
            let text = catalog[list.courses == nil ? .courseLoading : .staffCoursesEmpty]
            SectionLines.drawText(text, role: .muted, in: &buffer, area: listArea)
            return
        }
        let table = StaffTable(
            header: [catalog[.courseColumnCourse], catalog[.courseColumnLanguage], catalog[.courseColumnSteps],
                     catalog[.courseColumnEnrolled], catalog[.courseColumnCompleted]],
            rows: courses.map { [$0.title, $0.language.nativeName, String($0.stepCount), String($0.enrolled), String($0.completed)] },
            flexible: 0)
        let detail = list.selected.map { $0.title + ": " + Self.facts($0, catalog) }
        table.draw(selection: list.selection, detail: detail, in: &buffer, area: listArea)
    }
}
