/// Search: the press's full-text search, and the course catalogue narrowing as a title is typed.
struct SearchFigure: BenchFigure {
    let name = "search"

    func run(_ context: BenchContext) throws -> [BenchRow] {
        [try PressSearchCase.run(context, figure: name), try CourseFilterCase.run(context, figure: name)]
    }
}
