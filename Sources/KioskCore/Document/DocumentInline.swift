extension Document {
    /// A run of text inside a block.
    public enum Inline: Equatable, Codable, Sendable {
        case text(String, TextStyle = [])
        /// A link: its content, and its target as text (an absolute URL once resolved).
        case link([Inline], target: String)
        /// A forced line break inside a block.
        case lineBreak
        /// An image, shown by its description only.
        case image(alt: String)

        /// The text of inlines without markup; a line break becomes a newline.
        public static func plainText(_ inlines: [Inline]) -> String {
            var text = ""
            for inline in inlines {
                switch inline {
                case .text(let string, _): text += string
                case .link(let content, _): text += plainText(content)
                case .lineBreak: text += "\n"
                case .image(let alt): text += alt
                }
            }
            return text
        }

        /// Appends link targets in document order; a link comes before any link inside it.
        static func collectLinks(_ inlines: [Inline], into targets: inout [String]) {
            for inline in inlines {
                if case .link(let content, let target) = inline {
                    targets.append(target)
                    collectLinks(content, into: &targets)
                }
            }
        }
    }

    /// How a run of text is set off from the text around it.
    public struct TextStyle: OptionSet, Hashable, Codable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let emphasis = TextStyle(rawValue: 1 << 0)
        public static let strong = TextStyle(rawValue: 1 << 1)
        public static let code = TextStyle(rawValue: 1 << 2)
    }
}
