/// A burst of output up to a complete screen: its size and the times of its first and last bytes.
struct OutputBurst {
    let startedAt: ContinuousClock.Instant
    /// When its last byte arrived (the quiet period after it is not included).
    let endedAt: ContinuousClock.Instant
    let bytes: Int
}
