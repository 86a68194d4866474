import Foundation

/// Failure of a store operation, worded for the screen by its kind.
public enum StoreFailure: Error, Equatable, Sendable {
    /// The disk is full or the database is read-only: nothing was written.
    case notWritable
    /// The database could not be read or is damaged.
    case unavailable
}

/// What the core needs from persistent storage for accounts.
///
/// Implemented by `KioskStore` on SQLite; tests of the core use an in-memory fake.
public protocol AccountStore: Sendable {
    /// Checks a detainee's number and PIN at `now`, counting failures in the database.
    func authenticateDetainee(number: String, pin: Secret, now: Date) throws(StoreFailure) -> LoginOutcome

    /// Remembers the language and theme a detainee chose.
    func savePreferences(detainee: AccountID, language: Language, theme: String?) throws(StoreFailure)

    /// Announcements and unread counts for the home screen.
    func homeSummary(detainee: AccountID, now: Date) throws(StoreFailure) -> HomeSummary

    /// The seconds a detainee spent in each section on a local day (`2026-03-02`).
    func sectionUse(detainee: AccountID, day: String) throws(StoreFailure) -> SectionUsage

    /// Adds time spent in a section on a local day, committed before returning.
    func recordSectionUse(detainee: AccountID, section: Section, day: String, seconds: Int) throws(StoreFailure)
}
