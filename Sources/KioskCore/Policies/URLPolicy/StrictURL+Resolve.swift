/// Resolving links and redirects (RFC 3986 §5.2) into new strict URLs.
extension StrictURL {
    /// Resolves a reference (an `href`, a `Location`) against `base`, then parses the result strictly.
    ///
    /// Literal `.` and `..` segments of a relative reference are resolved here, as a browser
    /// would, so the URL fetched never carries them; encoded ones (`%2e%2e`) and everything else
    /// `parse` refuses are refused. A reference with a scheme is parsed as it stands (so
    /// `https:example.org` is refused, not read as a relative path), and `//host/…` takes the
    /// base's scheme. The fragment is dropped.
    public static func resolve(_ reference: String, against base: StrictURL) -> Result<StrictURL, URLRefusal> {
        do {
            try checkCharacters(reference)
        } catch {
            return .failure(error)
        }
        let bytes = Array(reference.utf8)[...]
        if URLCharacters.schemeEnd(bytes) != nil { return parse(reference) }
        if bytes.starts(with: "//".utf8) { return parse(base.scheme.rawValue + ":" + reference) }

        var remainder = bytes
        if let hash = remainder.firstIndex(of: URLCharacters.hash) { remainder = remainder[..<hash] }
        let queryStart = remainder.firstIndex(of: URLCharacters.question)
        let pathPart = remainder[..<(queryStart ?? remainder.endIndex)]
        let queryPart = queryStart.map { remainder[($0 + 1)...] }

        let path: [UInt8]
        let query: ArraySlice<UInt8>?
        if pathPart.isEmpty {
            path = Array(base.path.utf8)
            query = queryPart ?? base.query.map { Array($0.utf8)[...] }
        } else if pathPart.first == URLCharacters.slash {
            path = removingDotSegments(pathPart)
            query = queryPart
        } else {
            let basePath = Array(base.path.utf8)
            let directory = basePath[...(basePath.lastIndex(of: URLCharacters.slash) ?? 0)]
            path = removingDotSegments(directory + pathPart)
            query = queryPart
        }
        var target = Array(base.origin.utf8) + path
        if let query { target += [URLCharacters.question] + query }
        return parse(String(decoding: target, as: UTF8.self))
    }

    /// RFC 3986 §5.2.4 on the literal `.` and `..` segments of a path starting with `/`.
    static func removingDotSegments(_ path: some Collection<UInt8>) -> [UInt8] {
        // A path with no `.` or `..` segment comes out as it went in.
        if path.first == URLCharacters.slash, !hasDotSegment(path) { return Array(path) }
        let segments = path.split(separator: URLCharacters.slash, omittingEmptySubsequences: false).dropFirst()
        var output: [[UInt8]] = []
        for (offset, segment) in segments.enumerated() {
            let isLast = offset == segments.count - 1
            if segment.elementsEqual(".".utf8) {
                if isLast { output.append([]) }
            } else if segment.elementsEqual("..".utf8) {
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append([]) }
            } else {
                output.append(Array(segment))
            }
        }
        return [URLCharacters.slash] + Array(output.joined(separator: [URLCharacters.slash]))
    }

    /// Whether a path starting with `/` has a segment that is exactly `.` or `..`.
    static func hasDotSegment(_ path: some Collection<UInt8>) -> Bool {
        var segmentLength = 0
        var dots = 0
        for byte in path.dropFirst() {
            if byte == URLCharacters.slash {
                if segmentLength > 0 && segmentLength == dots && dots <= 2 { return true }
                segmentLength = 0
                dots = 0
            } else {
                segmentLength += 1
                if byte == URLCharacters.dot { dots += 1 }
            }
        }
        return segmentLength > 0 && segmentLength == dots && dots <= 2
    }
}
