import KioskCore

/// The learners of one course for staff: a table of number, name, steps done, enrolment date,
/// who assigned it and completion, in words; F2 opens the prison number field that assigns
/// the course, and the outcome of the last assignment stands at the bottom.
struct CourseLearnersScreen {
    let state: AppState
    let page: CourseLearnersState

    /// Heights from which a blank line parts the course's facts from the table.
    static let roomyRows = 12

    static func hints(_ page: CourseLearnersState, _ catalog: Catalog) -> [KeyHint] {
        if page.isAssigning { return [KeyHint("Enter", catalog[.hintAssign]), KeyHint("Esc", catalog[.hintCancel])] }
        return [KeyHint("↑↓", catalog[.hintMove]), KeyHint("F2", catalog[.hintAssign]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// The learner in one sentence: who, how far, since when, on whose word, completed or not.
    static func detail(_ learner: CourseLearner, _ state: AppState) -> String {
        let catalog = state.catalog
        let by = learner.assignedBy.map { catalog.text(.courseLearnerAssignedBy, ["actor": $0]) } ?? catalog[.courseLearnerSelfEnrolled]
        let completed = learner.completedAt.map { catalog.text(.courseLearnerCompleted, ["date": CourseLines.date($0, state)]) }
            ?? catalog[.courseLearnerNotCompleted]
        return ["\(learner.name) (\(learner.number))",
                catalog.text(.courseProgress, ["done": String(learner.stepsDone), "total": String(learner.stepCount)]),
                catalog.text(.courseLearnerEnrolled, ["date": CourseLines.date(learner.enrolledAt, state)]), by, completed]
            .joined(separator: " · ")
    }

    /// Draws the screen; returns the cursor, in the number field while it is open.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        let title = catalog.text(.courseLearnersTitle, ["title": page.course.title])
        buffer.write(TextLayout.truncate(title, width: area.cols), row: area.row, col: area.col, role: .title)
        if area.rows > 1 {
            buffer.write(TextLayout.truncate(StaffCoursesScreen.facts(page.course, catalog), width: area.cols),
                         row: area.row + 1, col: area.col, role: .muted)
        }
        var cursor: Position?
        if let number = page.number, area.rows > 2 {
            let label = catalog[.courseAssignNumber]
            let field = TextField(label: label, value: number, capacity: CourseLearnersState.maxNumberLength, isFocused: true,
                                  marksFocus: false)
            cursor = buffer.draw(field.line(labelWidth: TextWidth.of(label)), row: area.row + 2, col: area.col, width: area.cols)
        }
        // The outcome takes the last lines it needs (two at most), and none when there is none.
        let footer = area.rows > ManagedListFooter.rows + 2 ? SaveOutcomeLine.rows(page.outcome, catalog, width: area.cols,
                                                                                   maxRows: ManagedListFooter.rows) : 0
        // A blank line (or the field) parts the facts from the table, unless the screen is short.
        let top = page.isAssigning || area.rows >= Self.roomyRows ? 3 : 2
        let listArea = Rect(row: area.row + top, col: area.col, cols: area.cols, rows: max(0, area.rows - top - footer))
        drawLearners(in: &buffer, area: listArea)
        if footer > 0 {
            SaveOutcomeLine.draw(page.outcome, catalog, in: &buffer, row: area.bottom - footer, col: area.col, width: area.cols,
                                 maxRows: footer)
        }
        return cursor
    }

    private func drawLearners(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        guard let learners = page.learners else {
            // A failed load is said by the outcome line.
            if page.outcome == nil { SectionLines.drawText(catalog[.courseLoading], role: .muted, in: &buffer, area: area) }
            return
        }
        guard !learners.isEmpty else {
            SectionLines.drawText(catalog[.courseLearnersEmpty], role: .muted, in: &buffer, area: area)
            return
        }
        let table = StaffTable(
            header: [catalog[.learnerColumnNumber], catalog[.learnerColumnName], catalog[.courseColumnSteps],
                     catalog[.learnerColumnEnrolled], catalog[.learnerColumnAssignedBy], catalog[.learnerColumnCompleted]],
            rows: learners.map { learner in
                [learner.number, learner.name, "\(learner.stepsDone)/\(learner.stepCount)", CourseLines.date(learner.enrolledAt, state),
                 learner.assignedBy ?? catalog[.courseLearnerBySelf],
                 learner.completedAt.map { CourseLines.date($0, state) } ?? catalog[.courseLearnerNotYet]]
            },
            flexible: 1)
        let selected = learners.indices.contains(page.selection) ? learners[page.selection] : nil
        table.draw(selection: page.selection, detail: selected.map { Self.detail($0, state) }, in: &buffer, area: area)
    }
}
