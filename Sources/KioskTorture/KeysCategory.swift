import KioskHarness
import Foundation
import KioskRuntime
import KioskWeb

/// Random keys, resizes and waits against the real reducer, renderer and store, from every screen.
///
/// Episodes take the starts of `KeyEpisodeStart.all` in turn, each on a fresh copy of a demo
/// database made by the binary. Page loads go to a closed loopback port as proxy: they fail at
/// once and never reach the network.
struct KeysCategory: TortureCategory {
    let name = "keys"

    static let quickSteps = 20_000
    static let fullSteps = 1_000_000
    /// Each episode logs in once (a slow hash): long episodes keep that cost small.
    static let quickEpisodeLength = 400
    static let fullEpisodeLength = 2_500
    /// Failures printed in full; later ones are counted.
    static let printedFailures = 10

    func run(_ context: TortureContext) throws -> TortureResult {
        let root = try RepositoryRoot.require(kiosk: context.kiosk)
        try HTTPProxyEnvironment.install("http://127.0.0.1:1")
        let demo = try DemoDatabase.make(context: context, root: root)
        let themes = try ThemeCatalog.load(directory: root.appendingPathComponent("themes").path)
        let total = context.quick ? Self.quickSteps : Self.fullSteps
        let episodeLength = context.quick ? Self.quickEpisodeLength : Self.fullEpisodeLength
        var random = context.random()
        var generator = KeyGenerator(random: SeededRandom(seed: random.next()))
        let path = context.work.appendingPathComponent("episode.sqlite").path
        var steps = 0, failures = 0, episodes = 0
        var reached: Set<String> = []
        let started = Date()
        while steps < total {
            let start = KeyEpisodeStart.all[episodes % KeyEpisodeStart.all.count]
            let detainee = String(1001 + Int.random(in: 0..<5, using: &random))
            try demo.copy(to: path)
            let outcome = try KeyEpisode(databasePath: path, themes: themes)
                .run(start: start, detainee: detainee, length: min(episodeLength, total - steps), generator: &generator)
            episodes += 1
            steps += max(outcome.steps, 1)
            reached.insert(outcome.startRoute)
            if let failure = outcome.failure {
                failures += 1
                if failures <= Self.printedFailures {
                    TortureOutput.say("  FAIL episode \(episodes) (start \"\(start.name)\", detainee \(detainee)), \(failure)")
                    TortureOutput.say("      replay: kiosk-torture --seed \(context.seed) --only keys\(context.quick ? " --quick" : "")")
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        TortureOutput.say("  \(steps) steps in \(episodes) episodes from \(KeyEpisodeStart.all.count) starts (\(reached.count) distinct screens: "
              + reached.sorted().joined(separator: ", ") + String(format: ") in %.1f s", seconds))
        return TortureResult(category: name, tried: steps, failed: failures,
                             note: "steps (keys, resizes, waits) in \(episodes) episodes from \(reached.count) screens")
    }
}
