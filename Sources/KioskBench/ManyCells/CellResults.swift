/// What the cells said they did: acknowledged submissions with their request ids and times,
/// and failures with their reasons.
struct CellResults {
    struct Sent {
        let cell: Int
        let key: String
        let id: Int64
    }

    var sent: [Sent] = []
    var latencies = Samples()
    var failures: [String] = []

    /// Reads one cell's output; a line that is neither `sent` nor `failed` is a failure too.
    mutating func read(_ output: String, cell: Int) {
        for line in output.split(separator: "\n") where line != "ready" {
            let fields = line.split(separator: " ", maxSplits: 3).map(String.init)
            if fields.count == 4, fields[0] == "sent", let id = Int64(fields[2]), let time = UInt64(fields[3]) {
                sent.append(Sent(cell: cell, key: fields[1], id: id))
                latencies.add(time)
            } else if fields.count >= 3, fields[0] == "failed", let time = UInt64(fields[2]) {
                failures.append("cell \(cell): \(fields.count > 3 ? fields[3] : fields[1])")
                latencies.add(time)
            } else {
                failures.append("cell \(cell) said: \(line.prefix(200))")
            }
        }
    }
}
