import KioskCore

/// A quiz: one question and its choices (or a field), then whether the answer was right, the
/// right answer and why, and at the end the score.
struct QuizScreen {
    let state: AppState
    let quiz: QuizState

    static func hints(_ quiz: QuizState, _ catalog: Catalog) -> [KeyHint] {
        let back = KeyHint("Esc", catalog[.hintBack])
        switch quiz.stage {
        case .asking:
            switch quiz.question?.kind {
            // What answers comes first: on a narrow screen the hints at the end give way.
            case .singleChoice(let choices, _):
                return [KeyHint("Enter", catalog[.hintAnswer]), KeyHint("↑↓", catalog[.hintMove]),
                        KeyHint("1-\(min(9, choices.count))", catalog[.hintChoose]), back]
            case .multipleChoice:
                return [KeyHint("Space", catalog[.hintTick]), KeyHint("Enter", catalog[.hintAnswer]),
                        KeyHint("↑↓", catalog[.hintMove]), back]
            case .shortAnswer, nil:
                return [KeyHint("Enter", catalog[.hintAnswer]), back]
            }
        case .answered:
            return [KeyHint("Enter", catalog[.hintNext]), back]
        case .finished:
            return [KeyHint("Enter", catalog[.hintBack])]
        }
    }

    /// Draws the screen; returns the cursor when a short answer is being typed.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        let count = quiz.stage == .finished ? nil
            : catalog.text(.quizQuestionNumber, ["number": String(quiz.index + 1), "count": String(quiz.total)])
        SectionLines.drawTitle(quiz.quiz.title, section: .courses, right: count, state, in: &buffer, area: area)
        let body = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2))
        guard !body.isEmpty else { return nil }
        switch quiz.stage {
        case .asking: return drawQuestion(in: &buffer, area: body)
        case .answered: draw(feedback(width: body.cols), in: &buffer, area: body)
        case .finished: draw(score(width: body.cols), in: &buffer, area: body)
        }
        return nil
    }

    private func drawQuestion(in buffer: inout Buffer, area: Rect) -> Position? {
        guard let question = quiz.question else { return nil }
        let catalog = state.catalog
        let how: MessageKey
        var choices: [String] = []
        switch question.kind {
        case .singleChoice(let list, _): how = .quizHowSingle; choices = list
        case .multipleChoice(let list, _): how = .quizHowMultiple; choices = list
        case .shortAnswer: how = .quizHowShort
        }
        let below = choices.isEmpty ? 1 : min(choices.count, 4)
        let top = LayoutBlock.fit([
            LayoutBlock(CourseLines.wrapped(question.text, width: area.cols, role: .title)),
            .spacer,
            LayoutBlock(CourseLines.wrapped(catalog[how], width: area.cols, role: .muted), optional: true),
            .spacer,
        ], height: max(0, area.rows - below))
        draw([LayoutBlock(top)], in: &buffer, area: area)
        let rest = Rect(row: area.row + top.count, col: area.col, cols: area.cols, rows: max(0, area.rows - top.count))
        guard !rest.isEmpty else { return nil }
        if case .shortAnswer = question.kind {
            let label = catalog[.quizAnswerField]
            let room = max(1, min(QuizState.maxAnswerLength, area.cols - TextWidth.of(label) - 6))
            let shown = TextWidth.of(quiz.typed) > room ? "…" + FormView.tail(quiz.typed, width: room - 1) : quiz.typed
            let field = TextField(label: label, value: shown, capacity: room, isFocused: true, marksFocus: false)
            return buffer.draw(field.line(labelWidth: TextWidth.of(label)), row: rest.row, col: rest.col, width: rest.cols)
        }
        let isMultiple = if case .multipleChoice = question.kind { true } else { false }
        let items = choices.enumerated().map { index, choice in
            let tick = isMultiple ? (quiz.ticked.contains(index) ? "[x] " : "[ ] ") : ""
            return MenuItem(tick + choice, shortcut: index < 9 ? String(index + 1) : " ")
        }
        MenuList(items: items, selection: quiz.selection).draw(in: &buffer, area: rest)
        return nil
    }

    /// Right or wrong in words, the learner's answer, the right one when wrong, the explanation.
    private func feedback(width: Int) -> [LayoutBlock] {
        guard let question = quiz.question, quiz.results.indices.contains(quiz.index) else { return [] }
        let isRight = quiz.results[quiz.index]
        let catalog = state.catalog
        var blocks = [
            LayoutBlock(CourseLines.wrapped(question.text, width: width, role: .title), optional: true),
            .spacer,
            LayoutBlock([StyledLine(catalog[isRight ? .quizRight : .quizWrong], isRight ? .success : .error)]),
            LayoutBlock(CourseLines.wrapped(catalog.text(.quizYourAnswer, ["answer": given(question)]), width: width),
                        optional: true),
        ]
        if !isRight {
            blocks.append(LayoutBlock(CourseLines.wrapped(catalog.text(.quizRightAnswer, ["answer": Self.rightAnswer(question)]),
                                                          width: width)))
        }
        if !question.explanation.isEmpty {
            blocks += [.spacer, LayoutBlock(CourseLines.wrapped(question.explanation, width: width))]
        }
        return blocks + [.spacer, LayoutBlock(CourseLines.wrapped(catalog[.quizGoOn], width: width, role: .muted), optional: true)]
    }

    /// The score, passed or not against the pass mark, and whether it is saved.
    private func score(width: Int) -> [LayoutBlock] {
        let catalog = state.catalog
        var blocks: [LayoutBlock] = []
        if quiz.total == 0 { blocks += [LayoutBlock(CourseLines.wrapped(catalog[.quizNoQuestions], width: width, role: .muted))] }
        blocks += [
            LayoutBlock([StyledLine(catalog[.quizResult], .muted)], optional: true),
            LayoutBlock(CourseLines.wrapped(catalog.text(.quizScore, ["right": String(quiz.right), "total": String(quiz.total)]),
                                            width: width, role: .title)),
            LayoutBlock(CourseLines.wrapped(catalog.text(quiz.passed ? .quizPassed : .quizNotPassed,
                                                         ["percent": String(quiz.passMark)]),
                                            width: width, role: quiz.passed ? .success : .warning)),
            .spacer,
        ]
        if let failure = quiz.failure {
            blocks.append(LayoutBlock(CourseLines.wrapped(SectionLines.failure(failure, catalog), width: width, role: .error)))
        } else if let saved = quiz.saved {
            blocks.append(LayoutBlock(CourseLines.wrapped(catalog[.quizSaved], width: width, role: .muted)))
            if saved.completedAt != nil {
                blocks.append(LayoutBlock(CourseLines.wrapped(catalog[.quizCourseCompleted], width: width, role: .success)))
            }
        }
        return blocks
    }

    /// What the learner answered, in words.
    private func given(_ question: QuizQuestion) -> String {
        switch question.kind {
        case .singleChoice(let choices, _): choices[safe: quiz.selection] ?? ""
        case .multipleChoice(let choices, _): quiz.ticked.sorted().compactMap { choices[safe: $0] }.joined(separator: ", ")
        case .shortAnswer: quiz.typed.trimmingCharacters(in: .whitespaces)
        }
    }

    /// The right answer, in words: the right choice, the right choices, or the first answer accepted.
    static func rightAnswer(_ question: QuizQuestion) -> String {
        switch question.kind {
        case .singleChoice(let choices, let correct): choices[safe: correct] ?? ""
        case .multipleChoice(let choices, let correct): correct.sorted().compactMap { choices[safe: $0] }.joined(separator: ", ")
        case .shortAnswer(let accepted): accepted.first ?? ""
        }
    }

    /// Blocks from the top of the area: spacers, then optional blocks give way when short.
    private func draw(_ blocks: [LayoutBlock], in buffer: inout Buffer, area: Rect) {
        for (index, line) in LayoutBlock.fit(blocks, height: area.rows).enumerated() {
            buffer.draw(line, row: area.row + index, col: area.col, width: area.cols)
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
