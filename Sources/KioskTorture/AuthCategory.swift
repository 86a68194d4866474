import KioskHarness
import Foundation
import KioskCore
import KioskRuntime

/// Guesses PINs and passwords through the real login screens and store until the account
/// locks, then checks the right secret is refused while locked, and still after a restart.
///
/// The clock is a `ManualClock` moved to the end of each wait the screen announces, so the
/// growing delays cost no time. Each attempt is a case.
struct AuthCategory: TortureCategory {
    let name = "auth"

    /// Monday 2 March 2026, 09:00 in Brussels: inside every demo profile's hours.
    static let start = Date(timeIntervalSince1970: 1_772_438_400)
    /// More wrong guesses than this without a lock is a failure.
    static let mostGuesses = 40

    func run(_ context: TortureContext) throws -> TortureResult {
        let database = context.work.appendingPathComponent("auth.sqlite").path
        try DemoDatabase.create(at: database, kiosk: context.kiosk, root: RepositoryRoot.require(kiosk: context.kiosk))
        let doors: [AuthDoor] = context.quick
            ? [.detainee(number: "1002", pin: "1234"), .staff(login: "officer", password: "kiosk-demo-2026")]
            : ["1001", "1002", "1003", "1004", "1005"].map { .detainee(number: $0, pin: "1234") }
                + ["admin", "officer", "medical", "social"].map { .staff(login: $0, password: "kiosk-demo-2026") }
        var random = context.random()
        var tried = 0
        var failed = 0
        for door in doors {
            var probe = AuthProbe(door: door, path: database)
            try probe.run(&random)
            tried += probe.attempts
            failed += probe.problems.count
            for problem in probe.problems { print("FAIL auth: \(door.name): \(problem)") }
            print("auth: \(door.name): locked at wrong secret \(probe.wrongCounted), \(probe.attempts) attempts in all")
        }
        return TortureResult(category: name, tried: tried, failed: failed,
                             note: "login attempts on \(doors.count) accounts, restart included")
    }
}

/// One account's run: a control login, wrong guesses to the lock, the right secret while
/// locked, and again after a restart on the same file.
struct AuthProbe {
    let door: AuthDoor
    let path: String
    private(set) var attempts = 0
    private(set) var wrongCounted = 0
    private(set) var problems: [String] = []

    init(door: AuthDoor, path: String) {
        self.door = door
        self.path = path
    }

    mutating func run(_ random: inout SeededRandom) throws {
        let clock = ManualClock(AuthCategory.start)
        // Control: the right secret opens the account, so a refusal later means the lock.
        var kiosk = try start(clock)
        try attempt(door.rightSecret, on: kiosk)
        if !door.isLoggedIn(kiosk) { problems.append("the right secret does not open the unlocked account") }
        kiosk.close()

        kiosk = try start(clock)
        var locked = false
        while !locked && attempts < AuthCategory.mostGuesses {
            let guess = door.wrongGuess(&random)
            try attempt(guess, on: kiosk)
            if door.isLoggedIn(kiosk) {
                problems.append("the wrong guess \(guess) opened the account")
                return
            }
            let catalog = kiosk.runtime.state.catalog
            switch door.message(kiosk) {
            case .some(.some(.refused(.wrongCredentials))):
                wrongCounted += 1
                if case .detainee = door { check(kiosk, "! " + catalog[.loginWrongCredentials], "guess \(guess)") }
                else { check(kiosk, "! " + catalog[.staffLoginWrong], "guess \(guess)") }
            case .some(.some(.refused(.tooSoon(let until)))):
                let words = catalog[.loginTooSoon].components(separatedBy: "{time}")[0]
                check(kiosk, "! " + words, "guess \(guess) too soon")
                clock.now = max(clock.now, until)
            case .some(.some(.refused(.locked))):
                check(kiosk, "! " + catalog[.loginLocked], "the lock")
                // The wrong secret that locks the account is answered with the lock itself.
                wrongCounted += 1
                locked = true
            case let other:
                problems.append("guess \(guess) left the form with \(String(describing: other))")
                return
            }
        }
        guard locked else {
            problems.append("not locked after \(attempts) attempts")
            return
        }
        if wrongCounted != LoginThrottle.standard.lockoutThreshold {
            problems.append("locked after \(wrongCounted) wrong secrets, expected \(LoginThrottle.standard.lockoutThreshold)")
        }
        clock.advance(by: 3600)
        try attempt(door.rightSecret, on: kiosk)
        expectLocked(kiosk, "the right secret an hour after the lock")
        kiosk.close()

        // A restart: a new runtime on the same file, a day later.
        clock.advance(by: 86_400)
        kiosk = try start(clock)
        try attempt(door.rightSecret, on: kiosk)
        expectLocked(kiosk, "the right secret after a restart")
        kiosk.close()
    }

    /// A kiosk on the login form of this door, the name typed.
    private func start(_ clock: ManualClock) throws -> FaultKiosk {
        let kiosk = try FaultKiosk(path: path, clock: clock)
        door.open(kiosk)
        return kiosk
    }

    private mutating func attempt(_ secret: String, on kiosk: FaultKiosk) throws {
        attempts += 1
        door.attempt(secret, on: kiosk)
    }

    private mutating func expectLocked(_ kiosk: FaultKiosk, _ what: String) {
        if door.isLoggedIn(kiosk) {
            problems.append("\(what) opened the locked account")
        } else if case .some(.some(.refused(.locked))) = door.message(kiosk) {
            check(kiosk, "! " + kiosk.runtime.state.catalog[.loginLocked], what)
        } else {
            problems.append("\(what) was answered with \(String(describing: door.message(kiosk))), not the lock")
        }
    }

    private mutating func check(_ kiosk: FaultKiosk, _ text: String, _ what: String) {
        if !kiosk.shows(text) { problems.append(FaultKioskMismatch(what: what, expected: text, screen: kiosk.lines).description) }
    }
}
