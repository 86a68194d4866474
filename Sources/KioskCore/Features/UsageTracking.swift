import Foundation

/// Counts the time a detainee spends in each section, for daily quotas.
///
/// Runs after every action: a visit starts when an open section is on screen, is recorded at
/// least once a minute (so a crash loses under a minute), and ends, recorded, when the section
/// leaves the screen, closes (quota or curfew), the session ends or the kiosk stops. Time is split at local
/// midnight, each part on its own day.
enum UsageTracking {
    /// The visit under way before an action, and whose it was.
    struct Snapshot {
        var detainee: AccountID
        var visit: SectionVisit
    }

    /// How often a visit under way is recorded.
    static let recordEvery: TimeInterval = 60

    static func snapshot(_ state: AppState) -> Snapshot? {
        guard let session = state.session, let visit = session.visit else { return nil }
        return Snapshot(detainee: session.account.id, visit: visit)
    }

    /// Records, ends or starts the visit after an action; returns the effects that record time.
    static func update(_ state: inout AppState, before: Snapshot?) -> [Effect] {
        let now = state.now
        let zone = state.settings.timeZone
        var effects: [Effect] = []
        if let before {
            let sameSession = state.session?.account.id == before.detainee
            let stays = sameSession && !state.isStopping && state.route.section == before.visit.section
                && state.access(to: before.visit.section) == .open
            if !stays || now.timeIntervalSince(before.visit.since) >= recordEvery {
                effects = record(before.visit, until: now, detainee: before.detainee, timeZone: zone)
                if sameSession && !effects.isEmpty { add(effects, to: &state) }
                state.session?.visit = stays ? SectionVisit(section: before.visit.section, since: now) : nil
            }
        }
        if !state.isStopping, var session = state.session, session.visit == nil, let section = state.route.section,
           state.access(to: section) == .open {
            session.visit = SectionVisit(section: section, since: now)
            state.session = session
        }
        return effects
    }

    /// The effects that record a visit from its start until `end`, one per local day.
    static func record(_ visit: SectionVisit, until end: Date, detainee: AccountID, timeZone: TimeZone) -> [Effect] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var effects: [Effect] = []
        var start = visit.since
        while start < end {
            let midnight = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: start)) ?? end
            let stop = min(end, midnight)
            let seconds = Int(stop.timeIntervalSince(start))
            if seconds > 0 {
                effects.append(.recordSectionUse(detainee: detainee, section: visit.section,
                                                 day: AccessPolicy.day(of: start, timeZone: timeZone), seconds: seconds))
            }
            start = stop
        }
        return effects
    }

    /// Adds recorded time to the session's usage of today (a new day starts from zero).
    private static func add(_ effects: [Effect], to state: inout AppState) {
        let today = AccessPolicy.day(of: state.now, timeZone: state.settings.timeZone)
        guard var session = state.session else { return }
        var usage = session.usage?.day == today ? session.usage ?? SectionUsage(day: today) : SectionUsage(day: today)
        for case .recordSectionUse(_, let section, let day, let seconds) in effects where day == today {
            usage.seconds[section, default: 0] += seconds
        }
        session.usage = usage
        state.session = session
    }
}
