/// The scripted use that stands for an hour at the kiosk, for the memory figure.
///
/// One round, from Daniel's home screen back to it: the course catalogue, a course and its first
/// lesson read three pages down; the press stand, a newspaper, two articles, the by-date view
/// and one more article; the service picker walked down and left; the job-sites start page;
/// the settings. About 40 keys: at one key every 3 seconds, an hour is 30 rounds.
enum KioskUseScript {
    /// A key as the terminal sends it (xterm-256color in keypad mode).
    enum Key: String {
        case enter = "\r", escape = "\u{1B}", tab = "\t", down = "\u{1B}OB", pageDown = "\u{1B}[6~"
    }

    /// The keys of one round; a digit or letter is typed as itself.
    static let round: [String] = courses + press + requests + jobSites + settings

    static let courses: [String] = ["1", Key.enter.rawValue, Key.enter.rawValue]
        + Array(repeating: Key.pageDown.rawValue, count: 3) + Array(repeating: Key.escape.rawValue, count: 3)
    static let press: [String] = ["3", Key.enter.rawValue, Key.enter.rawValue, Key.pageDown.rawValue, Key.pageDown.rawValue,
                                  Key.escape.rawValue, Key.down.rawValue, Key.enter.rawValue, Key.escape.rawValue, Key.escape.rawValue,
                                  Key.tab.rawValue, Key.down.rawValue, Key.down.rawValue, Key.down.rawValue, Key.enter.rawValue,
                                  Key.pageDown.rawValue, Key.escape.rawValue, Key.tab.rawValue, Key.escape.rawValue]
    static let requests: [String] = ["4", "n"] + Array(repeating: Key.down.rawValue, count: 5)
        + [Key.escape.rawValue, Key.escape.rawValue]
    static let jobSites: [String] = ["2", Key.down.rawValue, Key.escape.rawValue]
    static let settings: [String] = ["5", Key.down.rawValue, Key.escape.rawValue]

    /// Rounds standing for an hour: 1,200 keys, one every 3 seconds.
    static var roundsPerHour: Int { (1200 + round.count - 1) / round.count }
}
