import Foundation

/// Keys of the announcement list and of the new-announcement form (officers and administrators).
///
/// The form reads its dates and checks every field before the store sees it, with messages in
/// the staff member's language; the store checks again and writes the announcement with its
/// audit line.
enum AnnouncementsFeature {
    static func list(_ list: inout AnnouncementsState, _ state: inout AppState, key: Key) -> [Effect] {
        // Only an announcement not yet withdrawn can be withdrawn.
        let intent = ManagedList.handle(&list, key: key, canRemove: { $0.withdrawnAt == nil })
        state.route = .announcements(list)
        switch intent {
        case .leave:
            state.goBack()
        case .add:
            let now = StaffDateTime.text(state.now, timeZone: state.settings.timeZone)
            state.stack.append(.announcementForm(AnnouncementFormState(startsAt: now)))
        case .removeConfirmed:
            if let announcement = list.selected { return [.withdrawAnnouncement(id: announcement.id, by: state.changeAuthor)] }
        case .handled, .other:
            break
        }
        return []
    }

    static func form(_ form: inout AnnouncementFormState, _ state: inout AppState, key: Key) -> [Effect] {
        if key == .escape {
            state.goBack()
            return []
        }
        if key == .enter {
            let draft = draft(form, now: state.now, timeZone: state.settings.timeZone)
            var effects: [Effect] = []
            switch draft {
            case .success(let draft):
                form.outcome = nil
                effects = [.publishAnnouncement(draft, by: state.changeAuthor)]
            case .failure(let problem):
                form.outcome = .invalid(problem.key)
                form.focus = problem.field
            }
            state.route = .announcementForm(form)
            return effects
        }
        if let next = TextEditing.moveFocus(form.focus, among: form.fields, key: key) {
            form.focus = next
        } else {
            var changed = false
            switch form.focus {
            case .text: changed = TextEditing.edit(&form.text, key: key, limit: Announcement.maximumLength)
            case .startsAt: changed = TextEditing.edit(&form.startsAt, key: key, limit: AnnouncementFormState.maxDateLength)
            case .endsAt: changed = TextEditing.edit(&form.endsAt, key: key, limit: AnnouncementFormState.maxDateLength)
            case .wing: changed = TextEditing.edit(&form.wing, key: key, limit: AnnouncementFormState.maxWingLength)
            case .audience:
                if let audience = TextEditing.cycle(form.audience, in: AnnouncementFormState.Audience.all, key: key) {
                    form.audience = audience
                }
            }
            if changed { form.outcome = nil }
        }
        state.route = .announcementForm(form)
        return []
    }

    /// A field the form refuses, and the message that says why.
    struct Problem: Error, Equatable {
        var field: AnnouncementFormState.Field
        var key: MessageKey
    }

    /// The announcement the form describes, or the first field typed wrong.
    static func draft(_ form: AnnouncementFormState, now: Date, timeZone: TimeZone) -> Result<AnnouncementDraft, Problem> {
        let text = form.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(Problem(field: .text, key: .announcementTextMissing)) }
        guard let startsAt = StaffDateTime.parse(form.startsAt, timeZone: timeZone) else {
            return .failure(Problem(field: .startsAt, key: .announcementDateInvalid))
        }
        var endsAt: Date?
        if !form.endsAt.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let end = StaffDateTime.parse(form.endsAt, timeZone: timeZone) else {
                return .failure(Problem(field: .endsAt, key: .announcementDateInvalid))
            }
            guard end > startsAt else { return .failure(Problem(field: .endsAt, key: .announcementEndsBeforeStart)) }
            guard end > now else { return .failure(Problem(field: .endsAt, key: .announcementEndsInPast)) }
            endsAt = end
        }
        let target: Announcement.Target
        switch form.audience {
        case .everyone:
            target = .everyone
        case .language(let language):
            target = .language(language)
        case .wing:
            let wing = form.wing.trimmingCharacters(in: .whitespaces).uppercased()
            let valid = (1...AnnouncementFormState.maxWingLength).contains(wing.unicodeScalars.count)
                && wing.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            guard valid else { return .failure(Problem(field: .wing, key: .announcementWingInvalid)) }
            target = .wing(wing)
        }
        return .success(AnnouncementDraft(text: text, startsAt: startsAt, endsAt: endsAt, target: target))
    }

    /// The store changed the announcements: a form that asked closes, and the list shows them.
    static func changed(_ announcements: [Announcement], state: inout AppState) {
        if case .announcementForm = state.route { state.goBack() }
        guard case .announcements(var list) = state.route else { return }
        ManagedList.changed(&list, items: announcements)
        state.route = .announcements(list)
    }
}
