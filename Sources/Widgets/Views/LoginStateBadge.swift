import KioskCore

/// The badge of an account in a staff list: locked, or how many failed logins it has.
enum LoginStateBadge {
    static func text(locked: Bool, failedAttempts: Int, _ catalog: Catalog) -> String? {
        if locked { return catalog[.detaineeLocked] }
        if failedAttempts > 0 { return catalog.text(.detaineeFailed, ["count": String(failedAttempts)]) }
        return nil
    }
}
