/// Reading one lesson: its text scrolled line by line or page by page, and the links to other
/// lessons of the course, one of which may be selected.
public struct LessonState: Equatable, Sendable {
    /// A link of the text to another lesson of the course, in the order of the text.
    public struct Link: Equatable, Sendable {
        public var lessonID: String
        public var title: String

        public init(lessonID: String, title: String) {
            self.lessonID = lessonID
            self.title = title
        }
    }

    public var courseID: String
    public var lessonID: String
    public var title: String
    /// The text as read here (`LessonDocument.readable`): only links to other lessons remain.
    public var document: Document
    /// Where each link of `document` leads: `links[n]` is `document.links[n]`.
    public var links: [Link]
    /// The first line of the text shown; it opens where the learner left it.
    public var offset: Int
    /// What the screen measured: lines of text and lines visible (0 before the first frame).
    public var measure: PageMeasure
    /// Index in `links` of the link Enter follows.
    public var selectedLink: Int?
    /// Whether the last page has been on screen: the lesson counts as read when it is left.
    public var hasReachedEnd: Bool
    /// The store could not save where the learner left a lesson: the screen says so.
    public var failure: StoreFailure?

    public init(courseID: String, lessonID: String, title: String, document: Document, links: [Link] = [], offset: Int = 0,
                measure: PageMeasure = PageMeasure(), selectedLink: Int? = nil, hasReachedEnd: Bool = false) {
        self.courseID = courseID
        self.lessonID = lessonID
        self.title = title
        self.document = document
        self.links = links
        self.offset = offset
        self.measure = measure
        self.selectedLink = selectedLink
        self.hasReachedEnd = hasReachedEnd
    }

    /// A lesson of `course` opened at `line`, its links to the course's other lessons kept.
    public init(course: CourseContent, lesson: LessonContent, line: Int = 0) {
        let document = LessonDocument.readable(lesson.document, lesson: lesson.id, course: course)
        let titles = Dictionary(course.lessons.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let links = document.links.compactMap { target -> Link? in
            guard let id = LessonDocument.lessonID(target) else { return nil }
            return Link(lessonID: id, title: titles[id] ?? id)
        }
        self.init(courseID: course.id, lessonID: lesson.id, title: lesson.title, document: document, links: links,
                  offset: max(0, line))
    }

    /// The largest offset that still fills the view.
    public var maxOffset: Int { measure.maxOffset }

    /// Whether the screen has measured the text yet.
    public var isMeasured: Bool { measure.height > 0 }
}
