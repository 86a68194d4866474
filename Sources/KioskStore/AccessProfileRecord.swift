import Foundation
import GRDB
import KioskCore

/// One row of the `access_profile` table; lists are stored comma-separated.
struct AccessProfileRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = AccessSchema.table

    var name: String
    var sections: String
    var hours: String?
    var dailyMinutes: String
    var jobCategories: String?
    var pressSources: String?
    var createdAt: Date
    var createdBy: String

    enum CodingKeys: String, CodingKey {
        case name, sections, hours
        case dailyMinutes = "daily_minutes"
        case jobCategories = "job_categories"
        case pressSources = "press_sources"
        case createdAt = "created_at"
        case createdBy = "created_by"
    }

    init(_ profile: AccessProfile, by actor: String, now: Date) {
        name = profile.name
        sections = Section.allCases.filter { profile.sections.contains($0) }.map(\.rawValue).joined(separator: ",")
        hours = profile.hours?.description
        dailyMinutes = Section.allCases.compactMap { section in profile.dailyMinutes[section].map { "\(section.rawValue)=\($0)" } }
            .joined(separator: ",")
        jobCategories = profile.jobCategories.map { $0.sorted().joined(separator: ",") }
        pressSources = profile.pressSources.map { $0.sorted().joined(separator: ",") }
        createdAt = now
        createdBy = actor
    }

    /// The profile this row stores; values the code no longer knows are left out.
    var profile: AccessProfile {
        let minutes = dailyMinutes.split(separator: ",").compactMap { pair -> (Section, Int)? in
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let section = Section(rawValue: String(parts[0])), let value = Int(parts[1]) else { return nil }
            return (section, value)
        }
        return AccessProfile(
            name: name,
            sections: Set(sections.split(separator: ",").compactMap { Section(rawValue: String($0)) }),
            hours: hours.flatMap { DailyHours($0) },
            dailyMinutes: Dictionary(minutes, uniquingKeysWith: { first, _ in first }),
            jobCategories: jobCategories.map { Set($0.split(separator: ",").map(String.init)) },
            pressSources: pressSources.map { Set($0.split(separator: ",").map(String.init)) })
    }
}
