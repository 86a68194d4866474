import Foundation
import KioskCore

/// One field of a service's form as its page shows it: the label, the help under it, the input
/// for its kind, and what is wrong with it in words.
///
/// Text gets the editor; a choice lists its options `( )` / `(•)`, several choices `[ ]` / `[x]`,
/// the option ↑↓ are on marked with `>`; a date is a short field with its format under it; people
/// are listed with their relation above the line that adds one, whose relation reads `< Family >`.
struct RequestFieldView {
    let state: AppState
    let field: ServiceField
    let input: FieldInput
    let problem: RequestFormState.FieldProblem?

    /// The widest the name box of the people field gets.
    static let nameBoxWidth = 44

    /// The problem in words.
    static func words(_ problem: RequestFormState.FieldProblem, _ catalog: Catalog) -> String {
        switch problem {
        case .required: catalog[.requestProblemRequired]
        case .dateInvalid: catalog[.requestProblemDate]
        case .personNameMissing: catalog[.requestProblemPersonName]
        case .peopleFull: catalog[.requestProblemPeopleFull]
        }
    }

    /// Today as `YYYY-MM-DD`, the example under a date field.
    static func today(_ state: AppState) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.settings.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: state.now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Draws the field from the top of the area; returns the cursor when something is typed.
    func draw(in buffer: inout Buffer, area: Rect) -> Position? {
        guard !area.isEmpty else { return nil }
        let catalog = state.catalog
        var label = RequestLines.line(field.label.text(in: state.language))
        if !field.isRequired { label += " " + catalog[.requestFieldOptional] }
        let problemLines = problem.map { TextLayout.wrap("! " + Self.words($0, catalog), width: area.cols) } ?? []
        let help = field.help.map { RequestLines.text($0.text(in: state.language)) } ?? ""
        var blocks = [LayoutBlock(Array(TextLayout.wrap(label, width: area.cols).prefix(2)).map { StyledLine($0, .title) })]
        if !help.allSatisfy(\.isWhitespace) {
            blocks.append(LayoutBlock(Array(TextLayout.wrap(help, width: area.cols).prefix(3)).map { StyledLine($0, .muted) },
                                      optional: true))
        }
        let head = LayoutBlock.fit(blocks + [.spacer], height: max(1, area.rows - 1 - min(problemLines.count, 2)))
        for (index, line) in head.enumerated() {
            buffer.draw(line, row: area.row + index, col: area.col, width: area.cols)
        }
        let problemRows = min(problemLines.count, max(0, area.rows - head.count - 1))
        let inputArea = Rect(row: area.row + head.count, col: area.col, cols: area.cols,
                             rows: max(0, area.rows - head.count - problemRows))
        for (index, line) in problemLines.prefix(problemRows).enumerated() {
            buffer.write(line, row: area.bottom - problemRows + index, col: area.col, role: .error)
        }
        guard !inputArea.isEmpty else { return nil }
        switch input {
        case .text(let editor):
            return TextEditorView(editor: editor).draw(in: &buffer, area: inputArea)
        case .date(let editor):
            return drawDate(editor, in: &buffer, area: inputArea)
        case .choice(let selected, let highlight):
            let items = field.options.enumerated().map { index, option in
                MenuItem((index == selected ? "(•) " : "( ) ") + RequestLines.line(option.label.text(in: state.language)))
            }
            MenuList(items: items, selection: highlight).draw(in: &buffer, area: inputArea)
        case .choices(let selected, let highlight):
            let items = field.options.enumerated().map { index, option in
                MenuItem((selected.contains(index) ? "[x] " : "[ ] ") + RequestLines.line(option.label.text(in: state.language)))
            }
            MenuList(items: items, selection: highlight).draw(in: &buffer, area: inputArea)
        case .people(let people, let name, let relation, let highlight):
            return drawPeople(people, name: name, relation: relation, highlight: highlight, in: &buffer, area: inputArea)
        }
        return nil
    }

    /// `[2026-03-05]`, then how to write it.
    private func drawDate(_ editor: TextEditorState, in buffer: inout Buffer, area: Rect) -> Position? {
        let box = Rect(row: area.row, col: area.col, cols: min(area.cols, editor.limit + 3), rows: 1)
        let cursor = TextEditorView(editor: editor, showsCount: false).draw(in: &buffer, area: box)
        let help = state.catalog.text(.requestDateHelp, ["example": Self.today(state)])
        SectionLines.drawText(help, role: .muted, in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols,
                                                                        rows: max(0, area.rows - 2)))
        return cursor
    }

    /// How many are added out of the most, the people (↑↓ reach them, Delete removes one), and
    /// under them the two lines that add one: the name, then the relation.
    private func drawPeople(_ people: [InvitedPerson], name: TextEditorState, relation: Int, highlight: Int?,
                            in buffer: inout Buffer, area: Rect) -> Position? {
        let catalog = state.catalog
        let isAdding = highlight == nil
        // The add lines are kept first: they are what the field is for; then the count, then a gap.
        let addRows = min(2, area.rows)
        var rest = area.rows - addRows
        let hasCount = rest >= 2
        if hasCount { rest -= 1 }
        let gap = rest >= 2 ? 1 : 0
        let listRows = min(max(1, people.count), rest - gap)
        var row = area.row
        if hasCount {
            let count = catalog.text(.requestPeopleCount, ["count": String(people.count), "limit": String(field.maxLength)])
            buffer.write(TextLayout.truncate(count, width: area.cols), row: row, col: area.col, role: .muted)
            row += 1
        }
        let list = Rect(row: row, col: area.col, cols: area.cols, rows: max(0, listRows))
        if people.isEmpty {
            SectionLines.drawText(catalog[.requestPeopleNone], role: .muted, in: &buffer, area: list)
        } else {
            let items = people.map { person in
                let relation = field.relations.first { $0.id == person.relation }?.label.text(in: state.language) ?? person.relation
                return MenuItem(RequestLines.line(person.name) + " — " + RequestLines.line(relation))
            }
            MenuList(items: items, selection: highlight ?? -1).draw(in: &buffer, area: list)
        }
        row += max(0, listRows) + gap
        let nameLabel = catalog[.requestPersonName]
        let relationLabel = catalog[.requestPersonRelation]
        let labelWidth = min(max(TextWidth.of(nameLabel), TextWidth.of(relationLabel)), max(1, area.cols / 3))
        func head(_ label: String, marked: Bool) -> String {
            let shown = TextLayout.truncate(label, width: labelWidth)
            return (marked ? "> " : "  ") + shown + String(repeating: " ", count: labelWidth - TextWidth.of(shown)) + " "
        }
        guard addRows > 0, row < area.bottom else { return nil }
        let nameHead = head(nameLabel, marked: isAdding)
        buffer.write(nameHead, row: row, col: area.col, role: isAdding ? .title : .body, limit: area.cols)
        let boxCol = area.col + TextWidth.of(nameHead)
        let box = Rect(row: row, col: boxCol, cols: min(Self.nameBoxWidth, max(0, area.right - boxCol)), rows: 1)
        let cursor = TextEditorView(editor: name, isFocused: isAdding).draw(in: &buffer, area: box)
        if addRows > 1, row + 1 < area.bottom {
            let relationName = field.relations.indices.contains(relation)
                ? RequestLines.line(field.relations[relation].label.text(in: state.language)) : ""
            let line = StyledLine([Span(head(relationLabel, marked: false), .body),
                                   Span("< " + relationName + " >", isAdding ? .selected : .body)])
            buffer.draw(line, row: row + 1, col: area.col, width: area.cols)
        }
        return isAdding ? cursor : nil
    }
}
