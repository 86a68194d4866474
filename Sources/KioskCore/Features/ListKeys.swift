/// Moving a selection through a list: ↑ ↓, Page Up/Down by ten, Home and End.
enum ListKeys {
    /// Moves `selection` in a list of `count` entries; other keys leave it.
    static func move(_ selection: inout Int, count: Int, key: Key) {
        let last = max(0, count - 1)
        switch key {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(last, selection + 1)
        case .pageUp: selection = max(0, selection - 10)
        case .pageDown: selection = min(last, selection + 10)
        case .home: selection = 0
        case .end: selection = last
        default: break
        }
    }
}
