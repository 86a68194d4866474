import KioskCore

/// Where a keys episode begins: who logs in, then the keys that reach one screen.
struct KeyEpisodeStart {
    enum Person {
        case nobody
        /// A demo detainee, numbered at random among 1001–1005 (1005 has no press).
        case detainee
        case staff(String)
    }

    let name: String
    let person: Person
    let keys: [Key]

    /// The keys that log `person` in from the login screen (none for nobody).
    func login(detainee number: String) -> [Key] {
        switch person {
        case .nobody: []
        case .detainee: Self.type(number) + [.tab] + Self.type("1234") + [.enter]
        case .staff(let login): [.function(9)] + Self.type(login) + [.tab] + Self.type("kiosk-demo-2026") + [.enter]
        }
    }

    static func type(_ text: String) -> [Key] { text.map { .character($0) } }

    /// One start per screen a person reaches from the demo database.
    static let all: [KeyEpisodeStart] = {
        let d = { (name: String, keys: [Key]) in KeyEpisodeStart(name: name, person: .detainee, keys: keys) }
        let admin = { (name: String, keys: [Key]) in KeyEpisodeStart(name: "admin " + name, person: .staff("admin"), keys: keys) }
        var starts = [
            KeyEpisodeStart(name: "login", person: .nobody, keys: []),
            KeyEpisodeStart(name: "login, PIN typed", person: .nobody, keys: type("1001") + [.tab] + type("98")),
            KeyEpisodeStart(name: "staff login", person: .nobody, keys: [.function(9)]),
            KeyEpisodeStart(name: "staff login, password typed", person: .nobody, keys: [.function(9)] + type("admin") + [.tab] + type("kiosk")),
            d("home", []),
            d("courses", type("1")),
            d("course", type("1") + [.enter]),
            d("lesson", type("1") + [.enter, .enter]),
            d("course history", type("1") + [.function(4)]),
            d("job sites", type("2")),
            d("refused page", type("2") + type("g") + type("https://example.invalid/") + [.enter]),
            d("press", type("3")),
            d("press articles", type("3") + [.enter]),
            d("press article", type("3") + [.enter, .enter]),
            d("press search", type("3") + type("/")),
            d("requests", type("4")),
            d("service picker", type("4") + type("n")),
            d("request form", type("4") + type("n") + [.enter]),
            d("settings", type("5")),
            admin("home", []),
            admin("detainees", type("1")),
            admin("detainee", type("1") + [.enter]),
            admin("requests", type("2")),
            admin("audit log", type("3")),
            admin("URL check", type("4")),
            admin("staff accounts", type("5")),
            admin("announcements", type("6")),
            admin("announcement form", type("6") + [.function(2)]),
            admin("site rules", type("7")),
            admin("site rule form", type("7") + [.function(2)]),
            admin("feed sources", type("8")),
            admin("feed source form", type("8") + [.function(2)]),
            admin("courses", type("9")),
            admin("course learners", type("9") + [.enter]),
        ]
        for login in ["officer", "medical", "social"] {
            starts.append(KeyEpisodeStart(name: login + " home", person: .staff(login), keys: []))
            starts.append(KeyEpisodeStart(name: login + " first entry", person: .staff(login), keys: type("1")))
            starts.append(KeyEpisodeStart(name: login + " first entry, opened", person: .staff(login), keys: type("1") + [.enter]))
        }
        starts.append(KeyEpisodeStart(name: "officer second entry", person: .staff("officer"), keys: type("2")))
        starts.append(KeyEpisodeStart(name: "officer third entry", person: .staff("officer"), keys: type("3")))
        return starts
    }()
}
