import KioskCore

/// Inline text cut into words and wrapped by display width: the paragraph engine of `DocumentLayout`.
///
/// A word is what stands between spaces; it may mix roles ("link[3]." is one word, so a link
/// number never starts a line alone). Words are joined by one space in the role of the space
/// that separated them (inside a link, the link's), and a word wider than the line is cut.
struct DocumentFlow {
    /// Spans with no space between them, and the space that came before.
    struct Word {
        var spans: [DocumentSpan] = []
        var gap: DocumentSpan?
        var width = 0

        mutating func append(_ span: DocumentSpan) {
            guard !span.text.isEmpty else { return }
            width += TextWidth.of(span.text)
            if let last = spans.last, last.looksLike(span) {
                spans[spans.count - 1].text += span.text
            } else {
                spans.append(span)
            }
        }
    }

    /// Lines forced by line breaks, each a list of words.
    private(set) var segments: [[Word]] = [[]]
    private var word = Word()
    private var pendingGap: DocumentSpan?

    /// All words, line breaks ignored (table cells).
    mutating func words() -> [Word] {
        endWord()
        return segments.flatMap { $0 }
    }

    /// Adds text; spaces, tabs and newlines separate words (`HTMLWhitespace`: a no-break space does not).
    mutating func append(text: String, role: Role, link: Int? = nil) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            appendASCII(text: text, role: role, link: link)
            return
        }
        // Between two pieces stands exactly one separator.
        for (index, piece) in HTMLWhitespace.split(text, omittingEmptySubsequences: false).enumerated() {
            if index > 0 {
                endWord()
                pendingGap = DocumentSpan(" ", role, link: link)
            }
            if !piece.isEmpty { word.append(DocumentSpan(String(piece), role, link: link)) }
        }
    }

    /// `append(text:role:link:)` for ASCII text, cut on its bytes: every ASCII scalar is a
    /// character of its own (a carriage return with the line feed after it excepted, which are one
    /// separator), so the pieces are those `HTMLWhitespace.split` gives, without the array of them.
    private mutating func appendASCII(text: String, role: Role, link: Int?) {
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard HTMLWhitespace.isSpace(UInt32(byte)) else {
                index = bytes.index(after: index)
                continue
            }
            if index > start { word.append(DocumentSpan(String(Substring(bytes[start..<index])), role, link: link)) }
            var end = bytes.index(after: index)
            if byte == 0x0D, end < bytes.endIndex, bytes[end] == 0x0A { end = bytes.index(after: end) }
            endWord()
            pendingGap = DocumentSpan(" ", role, link: link)
            start = end
            index = end
        }
        if index > start { word.append(DocumentSpan(String(Substring(bytes[start..<index])), role, link: link)) }
    }

    /// Adds a span glued to the word before it (a link number after the link's text).
    mutating func appendGlued(_ span: DocumentSpan) {
        word.append(span)
    }

    /// Adds a word that is never split at its spaces (a form field's box).
    mutating func appendWord(_ spans: [DocumentSpan]) {
        endWord()
        for span in spans { word.append(span) }
        endWord()
    }

    mutating func lineBreak() {
        endWord()
        segments.append([])
        pendingGap = nil
    }

    /// The wrapped lines; trailing empty lines (from final line breaks) are dropped.
    mutating func lines(width: Int) -> [DocumentLine] {
        endWord()
        while segments.count > 1, segments.last?.isEmpty == true { segments.removeLast() }
        return segments.flatMap { Self.wrap($0, width: width) }
    }

    private mutating func endWord() {
        guard !word.spans.isEmpty else { return }
        word.gap = segments[segments.count - 1].isEmpty ? nil : pendingGap
        segments[segments.count - 1].append(word)
        word = Word()
        pendingGap = nil
    }

    /// Greedy wrapping of one segment; always at least one line, even when empty.
    static func wrap(_ words: [Word], width: Int) -> [DocumentLine] {
        guard width > 0 else { return [] }
        var lines: [DocumentLine] = []
        var line = DocumentLine()
        var lineWidth = 0
        for var word in words {
            if lineWidth > 0 && lineWidth + 1 + word.width <= width {
                line.append(word.gap ?? DocumentSpan(" "))
                for span in word.spans { line.append(span) }
                lineWidth += 1 + word.width
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = DocumentLine()
                lineWidth = 0
            }
            while word.width > width {
                let (head, tail) = split(word, at: width)
                if !head.spans.isEmpty { lines.append(DocumentLine(head.spans)) }
                word = tail
            }
            for span in word.spans { line.append(span) }
            lineWidth = word.width
        }
        lines.append(line)
        return lines
    }

    /// Cuts a word after at most `width` columns, keeping combining marks with their base.
    static func split(_ word: Word, at width: Int) -> (Word, Word) {
        var head = Word()
        var tail = Word()
        var isCut = false
        for span in word.spans {
            if isCut {
                tail.append(span)
                continue
            }
            let room = width - head.width
            let spanWidth = TextWidth.of(span.text)
            if spanWidth <= room {
                head.append(span)
                continue
            }
            isCut = true
            let (front, back) = TextLayout.split(span.text, at: room)
            if front.isEmpty && head.width > 0 {
                // Nothing of this span fits after what is already there: it starts the next line whole.
                tail.append(span)
                continue
            }
            // When the line is empty and still nothing fits (a wide character in one column),
            // `TextLayout.split` drops that character, so wrapping always moves on.
            head.append(DocumentSpan(front, span.role, link: span.link, isLinkNumber: span.isLinkNumber, field: span.field))
            tail.append(DocumentSpan(back, span.role, link: span.link, isLinkNumber: span.isLinkNumber, field: span.field))
        }
        return (head, tail)
    }
}
