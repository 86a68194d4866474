import KioskCore

/// A hop the policy refused: the URL (resolved when it could be) and why.
struct HopRefusal: Error, Equatable {
    var url: String
    var refusal: URLRefusal
}
