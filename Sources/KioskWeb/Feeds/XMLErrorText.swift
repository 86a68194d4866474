/// Plain words for libxml2's error numbers, and which of its reports are only warnings.
enum XMLErrorText {
    /// Warnings (undeclared entity under an external DTD, odd `xml:lang`, relative namespace
    /// URIs…) and namespace errors (an undeclared prefix) do not make a feed unreadable.
    static func isTolerated(_ code: Int) -> Bool {
        [27, 93, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107].contains(code) || (200...299).contains(code)
    }

    static func reason(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5, 86: "extra content after the root element"
        case 8: "an invalid character reference"
        case 9: "a character XML does not allow"
        case 23: "an entity reference without ';'"
        case 24, 26: "an undeclared entity"
        case 38: "'<' inside an attribute value"
        case 39, 40, 41: "an attribute without a quoted value"
        case 42: "an attribute written twice"
        case 45: "a comment that never ends"
        case 63: "a CDATA section that never ends"
        case 64: "a misplaced XML declaration"
        case 68: "a name was expected"
        case 73: "'>' was expected"
        case 74: "'</' was expected"
        case 76: "an end tag that does not match its start tag"
        case 77: "an element that is never closed"
        case 85: "unbalanced tags"
        case 89: "an entity reference loop"
        default: "libxml2 error \(code)"
        }
    }
}
