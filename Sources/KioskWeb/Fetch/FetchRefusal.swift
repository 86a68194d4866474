import KioskCore

/// The URL policy stopped a fetch: the URL asked for, or a redirect hop, is not allowed.
public struct FetchRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// 0 for the URL asked for, 1 for the first redirect, and so on.
    public var hop: Int
    /// The refused URL or `Location` as written (cleaned, cut for display).
    public var target: String
    /// Why the policy said no.
    public var refusal: URLRefusal

    public init(hop: Int, target: String, refusal: URLRefusal) {
        self.hop = hop
        self.target = HeaderText.shown(target)
        self.refusal = refusal
    }

    /// `refused: no rule allows …` or `redirect 2 to https://other.example/ refused: …`.
    public var description: String {
        hop == 0 ? "refused: \(refusal)" : "redirect \(hop) to \(target) refused: \(refusal)"
    }
}
