import Foundation
import GRDB
import KioskCore

/// One row of the `course` table: what a course package says about itself, and its imports.
struct CourseRecord: Equatable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = CourseSchema.course

    var id: String
    var title: String
    var summary: String
    var language: Language
    var category: CourseCategory
    var level: CourseLevel
    var minutes: Int
    var passMark: Int
    var version: Int
    var createdAt: Date
    var importedAt: Date
    var importedBy: String
    /// The title as the catalogue sorts it (`CourseRepository.sortKey`).
    var sortKey: String

    enum CodingKeys: String, CodingKey {
        case id, title, summary, language, category, level, minutes, version
        case sortKey = "sort_key"
        case passMark = "pass_mark"
        case createdAt = "created_at"
        case importedAt = "imported_at"
        case importedBy = "imported_by"
    }

    /// `content` imported by `author` at `now`, as version `version` of a course first
    /// imported at `createdAt`.
    init(_ content: CourseContent, version: Int, createdAt: Date, importedAt now: Date, by author: String) {
        id = content.id
        title = content.title
        summary = content.summary
        language = content.language
        category = content.category
        level = content.level
        minutes = content.minutes
        passMark = content.passMark
        self.version = version
        self.createdAt = createdAt
        importedAt = now
        importedBy = author
        sortKey = CourseRepository.sortKey(content.title)
    }

    /// The course as its package described it, with `steps`.
    func content(steps: [CourseStep]) -> CourseContent {
        CourseContent(
            id: id, title: title, summary: summary, language: language, category: category, level: level,
            minutes: minutes, passMark: passMark, steps: steps)
    }
}
