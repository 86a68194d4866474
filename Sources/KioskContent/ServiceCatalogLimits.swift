/// The caps a service catalogue must keep within, so a hostile file costs bounded time and
/// memory to read and the screens stay readable. Each cap broken is an error at its line,
/// never a silent cut.
public struct ServiceCatalogLimits: Equatable, Sendable {
    /// Largest file, in bytes.
    public var maxFileBytes = 512 * 1024
    /// Most departments.
    public var maxDepartments = 100
    /// Most services.
    public var maxServices = 100
    /// Most fields in one service's form.
    public var maxFields = 20
    /// Most options of one field, and most relations of one `people` field.
    public var maxOptions = 30
    /// Longest one-line text (a name, a title, a label, an option), in characters.
    public var maxLineText = 80
    /// Longest description or help, in characters.
    public var maxParagraphText = 1000
    /// Most problems listed by `ServiceCatalogReader.problems`; the rest are summed up in one line.
    public var maxProblems = 50

    public init() {}
}
