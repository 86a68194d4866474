import KioskCore

/// Containers: quotes, lists, tables, and the blocks they collect.
extension HTMLBlockAssembler {
    /// Adds a block to the innermost container (the paragraph being built must be flushed first).
    mutating func append(_ block: Document.Block) {
        guard budget > 0 else { return }
        spend(1)
        switch frames[frames.count - 1].kind {
        case .list:
            frames.append(Frame(kind: .item, isImplicit: true))
        case .table:
            if frames[frames.count - 1].rows.isEmpty { frames[frames.count - 1].rows.append([]) }
            frames.append(Frame(kind: .cell, isImplicit: true))
        default:
            break
        }
        frames[frames.count - 1].blocks.append(block)
    }

    /// Opens a quote, list or table; returns its frame index, or nil when nesting is too deep.
    mutating func openContainer(_ kind: FrameKind) -> Int? {
        guard frames.count < 4 * Document.maxNesting, kind == .table || nesting < Document.maxNesting else { return nil }
        flush()
        closeImplicitFrames()
        frames.append(Frame(kind: kind))
        return frames.count - 1
    }

    /// Opens a list item; nil when the innermost container is not a list.
    mutating func openItem() -> Int? {
        flush()
        closeImplicitFrames()
        guard case .list = frames[frames.count - 1].kind else { return nil }
        frames.append(Frame(kind: .item))
        return frames.count - 1
    }

    /// Starts a table row; false when the innermost container is not a table.
    mutating func openRow() -> Bool {
        flush()
        closeImplicitFrames()
        guard frames[frames.count - 1].kind == .table else { return false }
        frames[frames.count - 1].rows.append([])
        return true
    }

    /// Opens a table cell; nil when the innermost container is not a table.
    mutating func openCell() -> Int? {
        flush()
        closeImplicitFrames()
        guard frames[frames.count - 1].kind == .table else { return nil }
        if frames[frames.count - 1].rows.isEmpty { frames[frames.count - 1].rows.append([]) }
        frames.append(Frame(kind: .cell))
        return frames.count - 1
    }

    /// Closes the frame at `index` and every frame opened after it.
    mutating func closeFrames(downTo index: Int) {
        while frames.count > max(1, index) { closeTopFrame() }
    }

    /// The document's blocks, every container closed.
    mutating func finish() -> [Document.Block] {
        closeFrames(downTo: 1)
        flush()
        return frames[0].blocks
    }

    private mutating func closeImplicitFrames() {
        while frames.count > 1, frames[frames.count - 1].isImplicit { closeTopFrame() }
    }

    private mutating func closeTopFrame() {
        flush()
        let frame = frames.removeLast()
        let parent = frames.count - 1
        switch frame.kind {
        case .root:
            break
        case .quote:
            if !frame.blocks.isEmpty { append(.quote(frame.blocks)) }
        case .list(let ordered):
            if !frame.items.isEmpty { append(.list(ordered: ordered, items: frame.items)) }
        case .item:
            guard !frame.blocks.isEmpty else { return }
            if case .list = frames[parent].kind {
                frames[parent].items.append(frame.blocks)
            } else {
                for block in frame.blocks { append(block) }
            }
        case .cell:
            if frames[parent].kind == .table, !frames[parent].rows.isEmpty {
                frames[parent].rows[frames[parent].rows.count - 1].append(frame.blocks)
            } else {
                for block in frame.blocks { append(block) }
            }
        case .table:
            for block in Self.tableBlocks(frame.rows) { append(block) }
        }
    }

    /// A table of cells holding at most one paragraph each, over two columns or more, stays a
    /// table; any other (a layout table of blocks, or a single column) gives its cells' blocks in order.
    static func tableBlocks(_ rows: [[[Document.Block]]]) -> [Document.Block] {
        let rows = rows.filter { !$0.allSatisfy(\.isEmpty) }
        let columns = rows.map(\.count).max() ?? 0
        let isData = rows.allSatisfy { row in
            row.allSatisfy { cell in
                guard let first = cell.first else { return true }
                if cell.count == 1, case .paragraph = first { return true }
                return false
            }
        }
        guard isData, columns >= 2 else { return rows.flatMap { $0.flatMap { $0 } } }
        return [.table(rows: rows.map { row in
            row.map { cell in
                if case .paragraph(let inlines)? = cell.first { return inlines }
                return []
            }
        })]
    }
}
