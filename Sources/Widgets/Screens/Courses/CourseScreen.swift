import KioskCore

/// A course's page: title, what it is, how far the learner is, and its steps, each marked in
/// words ("read", "passed 4/5").
struct CourseScreen {
    let state: AppState
    let page: CourseState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintOpen]), KeyHint("Esc", catalog[.hintBack])]
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        guard let content = page.content, !page.isMissing else {
            let (text, role): (String, Role) = if let failure = page.failure {
                (SectionLines.failure(failure, catalog), .error)
            } else if page.isMissing {
                (catalog[.courseMissing], .warning)
            } else {
                (catalog[.courseLoading], .muted)
            }
            SectionLines.drawTitle(catalog[.menuCourses], section: .courses, state, in: &buffer, area: area)
            SectionLines.drawText(text, role: role, in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols,
                                                                          rows: max(0, area.rows - 2)))
            return
        }
        SectionLines.drawTitle(content.title, section: .courses, state, in: &buffer, area: area)
        let steps = content.steps.enumerated().map { index, step in item(index, step) }
        let header = LayoutBlock.fit(headerBlocks(content, width: area.cols),
                                     height: max(0, area.rows - 1 - min(max(1, steps.count), 4)))
        for (index, line) in header.enumerated() {
            buffer.draw(line, row: area.row + 1 + index, col: area.col, width: area.cols)
        }
        let top = area.row + 1 + header.count
        MenuList(items: steps, selection: page.selection)
            .draw(in: &buffer, area: Rect(row: top, col: area.col, cols: area.cols, rows: max(0, area.bottom - top)))
    }

    /// What stands between the title and the steps; what gives way first on a short screen
    /// is the summary and the pass mark.
    private func headerBlocks(_ content: CourseContent, width: Int) -> [LayoutBlock] {
        let catalog = state.catalog
        let facts = [content.language.rawValue, catalog[CourseLines.level(content.level)],
                     catalog.text(.courseMinutes, ["minutes": String(content.minutes)]), catalog[CourseLines.category(content.category)]]
            .joined(separator: " · ")
        var standing: [StyledLine]
        if let failure = page.failure {
            standing = CourseLines.wrapped(SectionLines.failure(failure, catalog), width: width, role: .error)
        } else if let progress = page.progress, progress.enrolledAt != nil || page.stepsDone > 0 {
            var text = catalog.text(.courseProgress, ["done": String(page.stepsDone), "total": String(content.steps.count)])
            if let completed = progress.completedAt {
                text += " · " + catalog.text(.courseCompletedOn, ["date": CourseLines.date(completed, state)])
            }
            standing = CourseLines.wrapped(text, width: width, role: progress.completedAt == nil ? .body : .success)
        } else {
            standing = CourseLines.wrapped(catalog[.courseNotEnrolled], width: width, role: .muted)
        }
        return [
            LayoutBlock([StyledLine(TextLayout.truncate(facts, width: width), .muted)]),
            .spacer,
            LayoutBlock(Array(CourseLines.wrapped(content.summary, width: width).prefix(3)), optional: true),
            .spacer,
            LayoutBlock(Array(standing.prefix(2))),
            LayoutBlock(CourseLines.wrapped(catalog.text(.coursePassMark, ["percent": String(content.passMark)]), width: width,
                                            role: .muted), optional: true),
            .spacer,
        ]
    }

    /// "2. Quiz: Check what you know", marked "passed 4/5", "not passed 2/5", "read" or nothing.
    private func item(_ index: Int, _ step: CourseStep) -> MenuItem {
        let catalog = state.catalog
        let label: String
        var mark: String?
        switch step {
        case .lesson(let lesson):
            label = catalog.text(.courseStepLesson, ["title": lesson.title])
            if page.progress?.lessonsRead.contains(lesson.id) == true { mark = catalog[.courseStepRead] }
        case .quiz(let quiz):
            label = catalog.text(.courseStepQuiz, ["title": quiz.title])
            if let score = page.progress?.quizScores[quiz.id] {
                mark = catalog.text(score.passed ? .courseStepPassed : .courseStepNotPassed,
                                    ["right": String(score.right), "total": String(score.total)])
            }
        }
        return MenuItem("\(index + 1). " + label, badge: mark)
    }
}
