import Foundation

/// A stored scrypt hash: algorithm, cost, salt and digest in one self-describing string.
///
/// Encoded in the PHC string style, `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` with unpadded
/// base64, so the cost can be raised later while old hashes still verify.
struct SecretHash: Equatable, Sendable {
    static let algorithm = "scrypt"
    /// Limits on what a stored string may ask for, so a tampered row cannot exhaust memory.
    static let logNRange = 1...22
    static let blockSizeRange = 1...32
    static let parallelismRange = 1...16

    var parameters: SecretHasher.Parameters
    var salt: [UInt8]
    var digest: [UInt8]

    /// The string stored in the database.
    var encoded: String {
        "$\(Self.algorithm)$ln=\(parameters.logN),r=\(parameters.blockSize),p=\(parameters.parallelism)"
            + "$\(Self.base64(salt))$\(Self.base64(digest))"
    }

    /// Parses a stored string; nil for anything malformed or out of range.
    init?(encoded: String) {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0].isEmpty, parts[1] == Self.algorithm else { return nil }
        var values: [String: Int] = [:]
        for pair in parts[2].split(separator: ",") {
            let keyValue = pair.split(separator: "=", maxSplits: 1)
            guard keyValue.count == 2, let value = Int(keyValue[1]) else { return nil }
            values[String(keyValue[0])] = value
        }
        guard values.count == 3,
              let logN = values["ln"], Self.logNRange.contains(logN),
              let blockSize = values["r"], Self.blockSizeRange.contains(blockSize),
              let parallelism = values["p"], Self.parallelismRange.contains(parallelism),
              let salt = Self.bytes(fromBase64: parts[3]), !salt.isEmpty,
              let digest = Self.bytes(fromBase64: parts[4]), !digest.isEmpty
        else { return nil }
        self.init(
            parameters: SecretHasher.Parameters(logN: logN, blockSize: blockSize, parallelism: parallelism),
            salt: salt,
            digest: digest)
    }

    init(parameters: SecretHasher.Parameters, salt: [UInt8], digest: [UInt8]) {
        self.parameters = parameters
        self.salt = salt
        self.digest = digest
    }

    private static func base64(_ bytes: [UInt8]) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    private static func bytes(fromBase64 text: Substring) -> [UInt8]? {
        var padded = String(text)
        while padded.count % 4 != 0 { padded.append("=") }
        return Data(base64Encoded: padded).map { [UInt8]($0) }
    }
}
