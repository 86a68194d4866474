/// The course catalogue: a search field that always has the focus, two filters and the courses
/// that match them, with the learner's standing in each.
///
/// The language filter starts on "all", not on the learner's language: the catalogue is small,
/// many learners read more than one of the four languages, every line says its language, and
/// a first screen that hides courses looks empty to someone who does not know Tab yet.
public struct CourseCatalogState: Equatable, Sendable {
    /// Longest search accepted, in characters.
    public static let maxSearchLength = 60
    /// What Tab cycles through: every language (nil), then each one.
    public static let languages: [Language?] = [nil] + Language.allCases.map { $0 }
    /// What F3 cycles through: every category (nil), then each one.
    public static let categories: [CourseCategory?] = [nil] + CourseCategory.allCases.map { $0 }

    /// What the learner asks for; the list answers exactly this filter.
    public var filter: CourseFilter
    /// The first courses matching `filter` (`CourseList.shownAtMost` at most), by title; nil
    /// while they load.
    public var courses: [CourseSummary]?
    /// How many courses match `filter`: more than `courses` holds when the list stops short,
    /// and the screen says how many more a word would narrow.
    public var matching: Int
    public var selection: Int
    /// The store could not be read: the screen says so instead of waiting.
    public var failure: StoreFailure?

    public init(filter: CourseFilter = CourseFilter(), courses: [CourseSummary]? = nil, matching: Int? = nil,
                selection: Int = 0) {
        self.filter = filter
        self.courses = courses
        self.matching = max(matching ?? 0, courses?.count ?? 0)
        self.selection = selection
    }

    /// How many matching courses the list leaves out.
    public var unlisted: Int { max(0, matching - (courses?.count ?? 0)) }

    /// Whether the learner narrowed the catalogue (words, a language or a category).
    public var isFiltered: Bool {
        filter.language != nil || filter.category != nil || !filter.search.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
