import Foundation

/// A message staff publish for the home screens of everyone, one wing or one language.
///
/// Shown from `startsAt` (included) to `endsAt` (excluded, or until withdrawn when nil).
/// Never deleted: a withdrawn announcement keeps who withdrew it and when.
public struct Announcement: Equatable, Sendable {
    /// Longest text, in characters, after cleaning.
    public static let maximumLength = 1_000

    public var id: Int64
    public var text: String
    public var startsAt: Date
    public var endsAt: Date?
    public var target: Target
    public var createdAt: Date
    public var createdBy: String
    public var withdrawnAt: Date?
    public var withdrawnBy: String?

    public init(
        id: Int64, text: String, startsAt: Date, endsAt: Date?, target: Target, createdAt: Date, createdBy: String,
        withdrawnAt: Date? = nil, withdrawnBy: String? = nil
    ) {
        self.id = id
        self.text = text
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.target = target
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.withdrawnAt = withdrawnAt
        self.withdrawnBy = withdrawnBy
    }

    /// Where an announcement stands at `now`; withdrawn wins over every date.
    public func status(at now: Date) -> Status {
        if withdrawnAt != nil { return .withdrawn }
        if now < startsAt { return .scheduled }
        if let endsAt, endsAt <= now { return .ended }
        return .showing
    }

    /// Who sees an announcement.
    public enum Target: Equatable, Hashable, Sendable, CustomStringConvertible {
        case everyone
        /// Detainees whose cell is in this wing (the part of the cell before the first `-`).
        case wing(String)
        /// Detainees whose account is in this language.
        case language(Language)

        /// `everyone`, `wing A`, `language nl`.
        public var description: String {
            switch self {
            case .everyone: "everyone"
            case .wing(let wing): "wing \(wing)"
            case .language(let language): "language \(language.rawValue)"
            }
        }
    }

    /// Where an announcement stands at a given moment.
    public enum Status: String, Equatable, Sendable {
        /// Starts later.
        case scheduled
        /// On home screens now.
        case showing
        /// Its end has passed.
        case ended
        /// Taken down by staff, whatever its dates.
        case withdrawn
    }
}
