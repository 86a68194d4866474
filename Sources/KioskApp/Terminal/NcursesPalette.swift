import CNcurses
import Widgets

/// The ncurses attributes and colour pair of every role for one theme on this terminal.
///
/// Colour is used only when the terminal has at least 8 colours and the theme is not
/// monochrome; otherwise each role gets its style's `monoAttributes` and pair 0. Pair `n + 1`
/// belongs to `Role.allCases[n]`; colours the terminal lacks are reduced (see `reduce`).
struct NcursesPalette {
    /// What one role draws with.
    struct Look: Equatable {
        var attributes: attr_t
        var pair: Int32
    }

    private(set) var looks: [Role: Look] = [:]
    private(set) var usesColour = false

    /// The look of a role (body's when the role is missing).
    func look(for role: Role) -> Look {
        looks[role] ?? looks[.body] ?? Look(attributes: kiosk_a_normal(), pair: 0)
    }

    /// Computes the looks and, in colour, (re)initialises the pairs. `colourReady` says whether
    /// `start_color` succeeded; `defaultColours` whether `use_default_colors` did.
    mutating func apply(_ theme: Theme, colourReady: Bool, defaultColours: Bool) {
        let colours = Int(kiosk_colors())
        let pairs = Int(kiosk_color_pairs())
        usesColour = colourReady && !theme.monochrome && colours >= 8
        looks = [:]
        for (index, role) in Role.allCases.enumerated() {
            let style = theme.style(for: role)
            let pair = index + 1
            guard usesColour, pair < pairs else {
                looks[role] = Look(attributes: Self.attributes(style.monoAttributes), pair: 0)
                continue
            }
            let foreground = Self.reduce(style.foreground, colours: colours, defaultColour: defaultColours ? -1 : 7)
            let background = Self.reduce(style.background, colours: colours, defaultColour: defaultColours ? -1 : 0)
            init_pair(Int16(pair), Int16(foreground.index), Int16(background.index))
            var attributes = Self.attributes(style.attributes)
            if foreground.bright { attributes |= kiosk_a_bold() }
            looks[role] = Look(attributes: attributes, pair: Int32(pair))
        }
    }

    /// ncurses attributes for theme attributes.
    static func attributes(_ attributes: Attributes) -> attr_t {
        var result = kiosk_a_normal()
        if attributes.contains(.bold) { result |= kiosk_a_bold() }
        if attributes.contains(.underline) { result |= kiosk_a_underline() }
        if attributes.contains(.reverse) { result |= kiosk_a_reverse() }
        if attributes.contains(.dim) { result |= kiosk_a_dim() }
        return result
    }

    /// A colour the terminal has: 16–255 become the nearest of 0–15, and 8–15 become 0–7 with
    /// `bright` set when the terminal has fewer than 16 colours (bold stands in for bright).
    static func reduce(_ colour: ThemeColor, colours: Int, defaultColour: Int) -> (index: Int, bright: Bool) {
        guard case .indexed(let raw) = colour else { return (defaultColour, false) }
        var index = Int(raw)
        if index >= colours, index >= 16 { index = basic(of: index) }
        if index >= colours, index >= 8 { return (index - 8, true) }
        return (index, false)
    }

    /// The nearest of the 16 basic colours to a colour of the 256-colour palette.
    static func basic(of index: Int) -> Int {
        if index >= 232 {
            let level = index - 232
            return level < 6 ? 0 : level < 14 ? 8 : level < 20 ? 7 : 15
        }
        let cube = index - 16
        let levels = [cube / 36, (cube / 6) % 6, cube % 6]
        let peak = levels.max() ?? 0
        if peak == 0 { return 0 }
        let threshold = max(1, peak - 1)
        let bits = (levels[0] >= threshold ? 1 : 0) | (levels[1] >= threshold ? 2 : 0) | (levels[2] >= threshold ? 4 : 0)
        return peak >= 4 ? bits + 8 : bits
    }
}
