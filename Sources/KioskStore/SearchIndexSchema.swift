import Foundation
import GRDB

/// v11: search indexes that answer at once however many rows match: prefix indexes in both
/// full-text tables, and the catalogue's sort key and search row kept in the course table
/// (decisions 55 and 56).
///
/// Both full-text tables are rebuilt from their own rows (each keeps its own copy of the text),
/// so no article or course is lost and nothing needs the feeds or the packages again.
enum SearchIndexSchema {
    /// Prefix lengths the press index keeps: shorter words are searched whole
    /// (`PressRepository.shortestPrefix`), longer prefixes read the words' own lists.
    static let pressPrefixes: Set<Int> = [2, 3]
    /// Prefix lengths the course index keeps: the catalogue filters from the first letter typed.
    static let coursePrefixes: Set<Int> = [1, 2, 3]
    /// The index the catalogue reads in order: by folded title, then id (and the search row,
    /// so a filter by typed words is checked without reading the course).
    static let courseSortIndex = "course_on_sort_key"

    static func migrate(_ db: Database) throws {
        try rebuildPressSearch(db)
        try rebuildCourseSearch(db)
        try addCourseSortKey(db)
        try addCourseSearchRow(db)
    }

    private static func rebuildPressSearch(_ db: Database) throws {
        try rebuild(
            PressSchema.search, columns: ["title", "body"], prefixes: pressPrefixes,
            trigger: "press_article_deleted", on: PressSchema.article,
            deleting: "rowid = old.id", in: db)
    }

    private static func rebuildCourseSearch(_ db: Database) throws {
        try rebuild(
            CourseSchema.search, columns: ["course_id", "title", "summary", "body"], prefixes: coursePrefixes,
            unindexed: ["course_id"], trigger: "course_deleted", on: CourseSchema.course,
            deleting: "course_id = old.id", in: db)
    }

    /// Replaces the full-text table `search` by one with `prefixes`, copying every row with its
    /// rowid; the trigger that deletes a row's text when `table` loses the row names the
    /// search table, so it is dropped while the table is replaced, then made again.
    private static func rebuild(
        _ search: String, columns: [String], prefixes: Set<Int>, unindexed: Set<String> = [],
        trigger: String, on table: String, deleting condition: String, in db: Database
    ) throws {
        let old = search + "_before_v11"
        let list = columns.joined(separator: ", ")
        try db.execute(sql: "DROP TRIGGER \(trigger)")
        try db.execute(sql: "ALTER TABLE \(search) RENAME TO \(old)")
        try db.create(virtualTable: search, using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .remove)
            t.prefixes = prefixes
            for column in columns {
                if unindexed.contains(column) { t.column(column).notIndexed() } else { t.column(column) }
            }
        }
        try db.execute(sql: "INSERT INTO \(search) (rowid, \(list)) SELECT rowid, \(list) FROM \(old)")
        try db.drop(table: old)
        try db.execute(sql: """
            CREATE TRIGGER \(trigger) AFTER DELETE ON \(table) BEGIN
                DELETE FROM \(search) WHERE \(condition);
            END
            """)
    }

    /// `course.sort_key`: the title as the catalogue sorts it (`CourseRepository.sortKey`),
    /// written by every import; filled here for the courses already imported.
    private static func addCourseSortKey(_ db: Database) throws {
        try db.alter(table: CourseSchema.course) { t in
            t.add(column: "sort_key", .text).notNull().defaults(to: "")
            t.add(column: "search_rowid", .integer)
        }
        let titles = try Row.fetchAll(db, sql: "SELECT id, title FROM \(CourseSchema.course)")
        let update = try db.makeStatement(sql: "UPDATE \(CourseSchema.course) SET sort_key = ? WHERE id = ?")
        for row in titles {
            let id: String = row["id"], title: String = row["title"]
            try update.execute(arguments: [CourseRepository.sortKey(title), id])
        }
        try db.create(index: courseSortIndex, on: CourseSchema.course, columns: ["sort_key", "id", "search_rowid"])
    }

    /// `course.search_rowid`: the rowid of the course's row in `course_search`, written by every
    /// import, so typed words filter courses by rowids alone: reading `course_search.course_id`
    /// for every match cost a row read each. Added before the sort key's index, which holds it.
    private static func addCourseSearchRow(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, course_id FROM \(CourseSchema.search)")
        let update = try db.makeStatement(sql: "UPDATE \(CourseSchema.course) SET search_rowid = ? WHERE id = ?")
        for row in rows {
            let rowid: Int64 = row["rowid"], course: String = row["course_id"]
            try update.execute(arguments: [rowid, course])
        }
        try db.create(index: "course_on_search_rowid", on: CourseSchema.course, columns: ["search_rowid"], unique: true)
    }
}
