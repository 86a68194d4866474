import KioskCore

/// Choosing the service to write to: the services as a list, a service whose limit of open
/// requests is reached marked "limit reached"; under the list, what the selected one does and,
/// for a limited one, the limit and the detainee's open request in words. After Enter on such a
/// service, a message says the limit is reached, which request is open, and that a new one can
/// be sent once it is closed.
struct ServicePickerScreen {
    let state: AppState
    let picker: ServicePickerState

    static func hints(_ catalog: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", catalog[.hintMove]), KeyHint("Enter", catalog[.hintChoose]), KeyHint("Esc", catalog[.hintBack])]
    }

    /// "1 open request at most — yours: no. 12", nil when the service's limit is not reached.
    static func limitNote(_ service: ServiceDefinition, _ picker: ServicePickerState, _ catalog: Catalog) -> String? {
        guard let open = picker.blockingRequest(for: service), let limit = service.openLimit else { return nil }
        return limit == 1 ? catalog.text(.requestLimitOne, ["number": String(open)])
            : catalog.text(.requestLimitMany, ["limit": String(limit), "number": String(open)])
    }

    func draw(in buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let catalog = state.catalog
        SectionLines.drawTitle(catalog[.requestPickerTitle], section: .requests, state, in: &buffer, area: area)
        let body = Rect(row: area.row + 2, col: area.col, cols: area.cols, rows: max(0, area.rows - 2))
        guard !body.isEmpty else { return }
        let services = picker.catalog.services
        guard !services.isEmpty else {
            SectionLines.drawText(catalog[.requestNoServices], role: .muted, in: &buffer, area: body)
            return
        }
        let items = services.map { service in
            MenuItem(RequestLines.line(service.title.text(in: state.language)),
                     badge: picker.blockingRequest(for: service) == nil ? nil : catalog[.requestLimitBadge])
        }
        let detail = details(width: body.cols)
        // The list keeps a few rows to browse; once Enter was refused, the message comes first.
        let least = picker.blocked == nil ? min(services.count, 4) : 1
        let listRows = min(services.count, body.rows, max(least, body.rows - 1 - detail.count))
        MenuList(items: items, selection: picker.selection)
            .draw(in: &buffer, area: Rect(row: body.row, col: body.col, cols: body.cols, rows: listRows))
        let top = body.row + listRows + 1
        for (index, line) in detail.prefix(max(0, body.bottom - top)).enumerated() {
            buffer.draw(line, row: top + index, col: body.col, width: body.cols)
        }
    }

    /// The refusal after Enter, the limit of the selected service, and what it does.
    private func details(width: Int) -> [StyledLine] {
        guard let service = picker.selectedService else { return [] }
        let catalog = state.catalog
        var lines: [StyledLine] = []
        if let open = picker.blocked {
            let title = RequestLines.line(service.title.text(in: state.language))
            let message = "! " + catalog.text(.requestBlocked, ["service": title, "number": String(open)])
            lines += TextLayout.wrap(message, width: width).map { StyledLine($0, .warning) }
            lines.append(.blank)
        } else if let note = Self.limitNote(service, picker, catalog) {
            lines += TextLayout.wrap(note, width: width).map { StyledLine($0, .warning) }
        }
        let description = RequestLines.text(service.description.text(in: state.language))
        lines += TextLayout.wrap(description, width: width).map { StyledLine($0, .body) }
        return lines
    }
}
