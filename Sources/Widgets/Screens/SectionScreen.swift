import Foundation
import KioskCore

/// A section of the home menu that its feature has not filled yet.
struct SectionScreen {
    let state: AppState
    let section: Section

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("Esc", catalog[.hintBack])]
    }

    /// The opening time, with the day when it is not today.
    static func when(_ date: Date, _ state: AppState) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.settings.timeZone
        return calendar.isDate(date, inSameDayAs: state.now)
            ? DateText.time(date, language: state.language, timeZone: state.settings.timeZone)
            : DateText.clock(date, language: state.language, timeZone: state.settings.timeZone)
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[ScreenRenderer.title(of: section)], width: area.cols), row: area.row,
                     col: area.col, role: .title)
        let (text, role): (String, Role) = switch state.access(to: section) {
        case .open: (catalog[.sectionEmpty], .muted)
        case .notInProfile: (catalog[.sectionNotInProfile], .warning)
        case .outsideHours(let opensAt): (catalog.text(.sectionOpensAt, ["time": Self.when(opensAt, state)]), .warning)
        }
        for (index, line) in TextLayout.wrap(text, width: area.cols).prefix(max(0, area.rows - 2)).enumerated() {
            buffer.write(line, row: area.row + 2 + index, col: area.col, role: role)
        }
    }
}
