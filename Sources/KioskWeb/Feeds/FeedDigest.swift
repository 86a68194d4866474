/// A stable 64-bit FNV-1a digest, for ids of items that carry neither guid nor link.
///
/// Not a security measure: it only has to give the same item the same id at every sync.
enum FeedDigest {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
