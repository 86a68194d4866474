import KioskCore

/// A screen the frame figure times keys on: how to reach it from the home menu, and the keys
/// that move on it (each changes the state: down `reach` times, then back up).
struct FrameScene {
    let name: String
    /// From the home menu to the screen; throws when the screen is not what was expected.
    let open: (FrameSession) throws -> Void
    let forward: Key
    let backward: Key
    /// How many keys before turning back.
    let reach: Int

    /// The keys of one cycle: `reach` forward, then `reach` back.
    var cycle: [Key] { Array(repeating: forward, count: reach) + Array(repeating: backward, count: reach) }

    static var home: FrameScene { FrameScene(name: "home menu", open: { session in
        guard case .home = session.runtime.state.route else { throw BenchFailure("not on the home menu") }
    }, forward: .down, backward: .up, reach: 3) }

    static func courseList(count: Int) -> FrameScene {
        FrameScene(name: "\(count)-course list", open: { session in
            session.press(.character("1"))
            guard case .courses(let catalogue) = session.runtime.state.route, catalogue.matching == count else {
                throw BenchFailure("the catalogue does not list \(count) courses:\n\(session.screen)")
            }
        }, forward: .down, backward: .up, reach: 30)
    }

    static func article(words: Int) -> FrameScene {
        FrameScene(name: "\(words)-word article", open: { session in
            session.press(.character("3"))
            session.press(.enter)
            session.press(.enter)
            guard case .pressArticle = session.runtime.state.route else {
                throw BenchFailure("the article did not open:\n\(session.screen)")
            }
        }, forward: .down, backward: .up, reach: 30)
    }

    static func webPage(kilobytes: Int) -> FrameScene {
        FrameScene(name: "\(kilobytes) KB web page", open: { session in
            session.press(.character("2"))
            session.press(.character("g"))
            session.type("http://werkplein.localhost/jobs/all.html")
            session.press(.enter)
            guard case .webPage(let page) = session.runtime.state.route, page.page != nil else {
                throw BenchFailure("the web page did not open:\n\(session.screen)")
            }
        }, forward: .down, backward: .up, reach: 30)
    }
}
