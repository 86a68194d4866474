import KioskCore

/// Announcements for staff: status, dates and audience a line, and the selected one's whole
/// text below the list.
struct AnnouncementsScreen {
    let state: AppState
    let list: AnnouncementsState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("F2", catalog[.hintAdd]), KeyHint("F8", catalog[.hintWithdraw]),
         KeyHint("Esc", catalog[.hintBack])]
    }

    static func audience(_ target: Announcement.Target, _ catalog: Catalog) -> String {
        switch target {
        case .everyone: catalog[.audienceEveryone]
        case .wing(let wing): catalog.text(.audienceWingNamed, ["wing": wing])
        case .language(let language): catalog.text(.audienceLanguage, ["language": language.nativeName])
        }
    }

    static func status(_ status: Announcement.Status, _ catalog: Catalog) -> String {
        switch status {
        case .scheduled: catalog[.announcementScheduled]
        case .showing: catalog[.announcementShowing]
        case .ended: catalog[.announcementEnded]
        case .withdrawn: catalog[.announcementWithdrawn]
        }
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        buffer.write(TextLayout.truncate(catalog[.staffMenuAnnouncements], width: area.cols), row: area.row, col: area.col, role: .title)
        let room = max(0, area.rows - 3 - ManagedListFooter.rows)
        guard !list.items.isEmpty else {
            if room > 0 {
                buffer.write(TextLayout.truncate(catalog[.announcementsEmpty], width: area.cols), row: area.row + 2, col: area.col, role: .muted)
            }
            ManagedListFooter.draw(outcome: list.outcome, catalog, in: &buffer, area: area)
            return
        }
        let zone = state.settings.timeZone
        let items = list.items.map { announcement in
            let from = StaffDateTime.text(announcement.startsAt, timeZone: zone)
            let until = announcement.endsAt.map { StaffDateTime.text($0, timeZone: zone) } ?? catalog[.announcementUntilWithdrawn]
            let line = "\(from) → \(until)  \(Self.audience(announcement.target, catalog))  \(announcement.text)"
            return MenuItem(line.replacingOccurrences(of: "\n", with: " "),
                            badge: Self.status(announcement.status(at: state.now), catalog))
        }
        // The list takes half the room at most; the selected text has the rest.
        let listRows = min(items.count, max(1, room / 2))
        MenuList(items: items, selection: list.selection)
            .draw(in: &buffer, area: Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: min(listRows, room)))
        if let selected = list.selected, room > listRows + 1 {
            let textRows = room - listRows - 1
            let lines = TextLayout.wrap(selected.text, width: area.cols)
            for (index, line) in lines.prefix(textRows).enumerated() {
                buffer.write(line, row: area.row + 3 + listRows + index, col: area.col, role: .body)
            }
        }
        ManagedListFooter.draw(outcome: list.outcome, catalog, in: &buffer, area: area)
        if list.isConfirmingWithdrawal {
            Dialog(title: catalog[.confirmTitle], message: catalog[.announcementWithdrawConfirm]).draw(in: &buffer, area: area)
        }
    }
}
