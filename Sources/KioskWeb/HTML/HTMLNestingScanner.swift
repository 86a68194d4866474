import KioskCore

extension HTMLNestingGuard {
    /// One pass over the bytes of a page: copies them, leaving out tags past the depth limit.
    struct Scanner {
        let html: [UInt8]
        let maxDepth: Int
        private(set) var output: [UInt8] = []
        private var stack: [String] = []
        /// How many elements of each name are on the stack, so most searches end at once.
        private var openCount: [String: Int] = [:]
        private var dropped: [String: Int] = [:]
        private var copied = 0
        private var index = 0

        init(html: [UInt8], maxDepth: Int) {
            self.html = html
            self.maxDepth = max(1, maxDepth)
            output.reserveCapacity(html.count)
        }

        mutating func run() {
            while let open = nextByte(ascii: "<", from: index) {
                index = open + 1
                guard index < html.count else { break }
                let next = html[index]
                if next == UInt8(ascii: "!") {
                    skipMarkupDeclaration()
                } else if next == UInt8(ascii: "?") {
                    index = (nextByte(ascii: ">", from: index) ?? html.count - 1) + 1
                } else if next == UInt8(ascii: "/") {
                    endTag(from: open)
                } else if Self.isLetter(next) {
                    startTag(from: open)
                }
            }
            output += html[copied...]
        }

        private mutating func startTag(from open: Int) {
            let name = readName()
            let selfClosing = skipAttributes()
            if name == "plaintext" {
                index = html.count
                return
            }
            let rule = HTMLNestingGuard.startTagRule(name)
            if rule.isRawText {
                skipRawText(until: name)
                return
            }
            if rule.closesParagraph { close(HTMLNestingGuard.paragraph, boundaries: HTMLNestingGuard.paragraphBoundaries) }
            if let implied = rule.implied { close(implied.names, boundaries: implied.boundaries) }
            if rule.isUntracked { return }
            if selfClosing && (openCount["svg", default: 0] > 0 || openCount["math", default: 0] > 0) { return }
            if stack.count >= maxDepth {
                drop(from: open)
                dropped[name, default: 0] += 1
            } else {
                stack.append(name)
                openCount[name, default: 0] += 1
            }
        }

        private mutating func endTag(from open: Int) {
            index += 1
            guard index < html.count, Self.isLetter(html[index]) else {
                index = (nextByte(ascii: ">", from: index) ?? html.count - 1) + 1
                return
            }
            let name = readName()
            _ = skipAttributes()
            if let count = dropped[name], count > 0 {
                dropped[name] = count - 1
                drop(from: open)
            } else if openCount[name, default: 0] > 0, let position = stack.lastIndex(of: name) {
                pop(to: position)
            }
        }

        /// Pops the topmost open element named in `names`, and all above it, unless a boundary comes first.
        private mutating func close(_ names: Set<String>, boundaries: Set<String>) {
            guard names.contains(where: { openCount[$0, default: 0] > 0 }) else { return }
            for position in stack.indices.reversed().prefix(HTMLNestingGuard.searchDepth) {
                if names.contains(stack[position]) {
                    pop(to: position)
                    return
                }
                if boundaries.contains(stack[position]) { return }
            }
        }

        /// Removes the element at `position` and everything above it.
        private mutating func pop(to position: Int) {
            for name in stack[position...] { openCount[name, default: 1] -= 1 }
            stack.removeSubrange(position...)
        }

        /// Leaves the tag from `open` up to the current index out of the output.
        private mutating func drop(from open: Int) {
            output += html[copied..<open]
            copied = index
        }

        /// A lower-cased tag name (at most 32 bytes are kept; the rest are skipped).
        private mutating func readName() -> String {
            // Most names are short and lower case already: read in place.
            let start = index
            while index < html.count, index - start < 32, !Self.endsName(html[index]), !Self.isUpper(html[index]) { index += 1 }
            if index == html.count || Self.endsName(html[index]) { return String(decoding: html[start..<index], as: UTF8.self) }
            index = start
            var name: [UInt8] = []
            while index < html.count, !Self.endsName(html[index]) {
                if name.count < 32 { name.append(html[index] | (Self.isUpper(html[index]) ? 0x20 : 0)) }
                index += 1
            }
            return String(decoding: name, as: UTF8.self)
        }

        /// Skips attributes up to and past `>`; returns whether the tag ended with `/>`.
        private mutating func skipAttributes() -> Bool {
            var lastWasSlash = false
            while index < html.count {
                let byte = html[index]
                if byte == UInt8(ascii: ">") {
                    index += 1
                    return lastWasSlash
                }
                lastWasSlash = byte == UInt8(ascii: "/")
                if byte == UInt8(ascii: "=") {
                    index += 1
                    while index < html.count, Self.isSpace(html[index]) { index += 1 }
                    if index < html.count, html[index] == UInt8(ascii: "\"") || html[index] == UInt8(ascii: "'") {
                        let quote = html[index]
                        index = (nextByte(quote, from: index + 1) ?? html.count - 1) + 1
                    }
                    continue
                }
                index += 1
            }
            return false
        }

        /// `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>` and other `<!…>`.
        private mutating func skipMarkupDeclaration() {
            if html[index...].starts(with: "!--".utf8) {
                let start = index + 3
                if html[start...].starts(with: ">".utf8) || html[start...].starts(with: "->".utf8) {
                    index = (nextByte(ascii: ">", from: start) ?? html.count - 1) + 1
                } else {
                    index = find("-->".utf8, from: start).map { $0 + 3 } ?? html.count
                }
            } else {
                index = (nextByte(ascii: ">", from: index) ?? html.count - 1) + 1
            }
        }

        /// Moves to the end tag of a raw-text element (`</script`, any case), which `run` then reads.
        private mutating func skipRawText(until name: String) {
            let needle = Array(("</" + name).utf8)
            var position = index
            while let candidate = nextByte(ascii: "<", from: position) {
                let end = candidate + needle.count
                if end <= html.count,
                   zip(html[candidate..<end], needle).allSatisfy({ $0 | (Self.isUpper($0) ? 0x20 : 0) == $1 }),
                   end == html.count || Self.endsName(html[end]) {
                    index = candidate
                    return
                }
                position = candidate + 1
            }
            index = html.count
        }

        private func nextByte(ascii: Unicode.Scalar, from start: Int) -> Int? {
            nextByte(UInt8(ascii: ascii), from: start)
        }

        private func nextByte(_ byte: UInt8, from start: Int) -> Int? {
            guard start < html.count else { return nil }
            return html[start...].firstIndex(of: byte)
        }

        private func find(_ needle: some Collection<UInt8>, from start: Int) -> Int? {
            var position = start
            while let candidate = nextByte(needle.first ?? 0, from: position) {
                if html[candidate...].starts(with: needle) { return candidate }
                position = candidate + 1
            }
            return nil
        }

        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        private static func isSpace(_ byte: UInt8) -> Bool { HTMLWhitespace.isSpace(UInt32(byte)) }
        private static func endsName(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") }
    }
}
