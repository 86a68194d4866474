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
        case .dailyTimeUsed(let minutes, let opensAt):
            (catalog.text(.sectionDailyTimeUsed, ["minutes": String(minutes), "time": Self.when(opensAt, state)]), .warning)
        }
        var lines = TextLayout.wrap(text, width: area.cols)
        if let left = Self.minutesLeft(in: section, state), state.access(to: section) == .open {
            lines = TextLayout.wrap(catalog.text(.sectionTimeLeft, ["minutes": String(left)]), width: area.cols) + [""] + lines
        }
        for (index, line) in lines.prefix(max(0, area.rows - 2)).enumerated() {
            buffer.write(line, row: area.row + 2 + index, col: area.col, role: role)
        }
    }

    /// Whole minutes left today in a section with a daily quota, rounded up; nil without one.
    static func minutesLeft(in section: Section, _ state: AppState) -> Int? {
        guard let session = state.session,
              let seconds = AccessPolicy.secondsLeft(in: section, profile: session.account.access,
                                                     secondsUsedToday: session.secondsUsed(in: section, now: state.now))
        else { return nil }
        return (seconds + 59) / 60
    }
}
