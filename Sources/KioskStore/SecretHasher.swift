import _CryptoExtras
import Crypto
import Foundation
import KioskCore

/// Hashes and verifies PINs and passwords with scrypt and a per-user random salt.
///
/// Secrets are normalised to NFC before hashing, so the same password typed through different
/// input methods verifies. Comparison takes the same time wherever the digests differ.
public struct SecretHasher: Sendable {
    /// scrypt's cost: N = 2^logN, r = blockSize, p = parallelism.
    public struct Parameters: Equatable, Sendable, CustomStringConvertible {
        public var logN: Int
        public var blockSize: Int
        public var parallelism: Int

        public init(logN: Int, blockSize: Int, parallelism: Int) {
            self.logN = logN
            self.blockSize = blockSize
            self.parallelism = parallelism
        }

        /// N = 2^13, r = 8, p = 10: 8 MiB of memory per hash, one of OWASP's equal-strength costs.
        public static let standard = Parameters(logN: 13, blockSize: 8, parallelism: 10)

        /// The cost of new hashes until 2026-11 (32 MiB): such hashes verify, and are rehashed
        /// at `standard` on the next login.
        public static let previous = Parameters(logN: 15, blockSize: 8, parallelism: 1)

        /// The least parallelism OWASP's password storage cheat sheet pairs with each memory
        /// cost (log2 N, r = 8): less memory is made up for with more passes.
        static let leastParallelism = [13: 10, 14: 5, 15: 3, 16: 2, 17: 1]

        /// Whether this cost meets SECURITY.md ("Accounts"): r ≥ 8 and N, p at least one of
        /// OWASP's pairs (2^17·1, 2^16·2, 2^15·3, 2^14·5, 2^13·10); never less than 8 MiB.
        public var meetsPolicy: Bool {
            guard blockSize >= 8, logN >= 13 else { return false }
            return parallelism >= (Self.leastParallelism[min(logN, 17)] ?? 1)
        }

        /// Whether this cost is at least `other` in every dimension.
        public func isAtLeast(_ other: Parameters) -> Bool {
            logN >= other.logN && blockSize >= other.blockSize && parallelism >= other.parallelism
        }

        public var description: String { "scrypt N=2^\(logN) r=\(blockSize) p=\(parallelism)" }
    }

    /// Hashing failed: the parameters are unusable or memory could not be had.
    public struct HashingError: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String { "secret hashing failed" }
    }

    /// Salt length in bytes (SECURITY.md asks for 16 or more).
    public static let saltByteCount = 16
    /// Digest length in bytes.
    public static let digestByteCount = 32

    /// Cost of new hashes (old hashes verify with the cost they were made with).
    public let parameters: Parameters

    public init(parameters: Parameters = .standard) {
        self.parameters = parameters
    }

    /// Hashes `secret` with a fresh random salt into the string to store.
    public func hash(_ secret: Secret) throws(HashingError) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<Self.saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let digest = try derive(secret, salt: salt, parameters: parameters)
        return SecretHash(parameters: parameters, salt: salt, digest: digest).encoded
    }

    /// Whether `secret` matches a stored hash; false for a malformed hash.
    ///
    /// A malformed hash still costs one run, so a damaged row does not answer faster.
    public func verify(_ secret: Secret, against encoded: String) -> Bool {
        guard let stored = SecretHash(encoded: encoded) else {
            spendOneRun(secret)
            return false
        }
        guard let digest = try? derive(secret, salt: stored.salt, parameters: stored.parameters) else {
            return false
        }
        return Self.constantTimeEquals(digest, stored.digest)
    }

    /// Runs the KDF once for nothing, so an unknown account takes as long as a known one.
    public func spendOneRun(_ secret: Secret) {
        _ = verify(secret, against: dummyHash)
    }

    /// Whether a stored hash was made with a lower cost than this hasher's (rehash on login).
    public func needsRehash(_ encoded: String) -> Bool {
        guard let stored = SecretHash(encoded: encoded) else { return true }
        return !stored.parameters.isAtLeast(parameters)
    }

    /// A fixed well-formed hash at this hasher's cost that no secret is expected to match.
    var dummyHash: String {
        SecretHash(
            parameters: parameters,
            salt: Array("kiosk-dummy-salt".utf8),
            digest: [UInt8](repeating: 0xA5, count: Self.digestByteCount)
        ).encoded
    }

    private func derive(_ secret: Secret, salt: [UInt8], parameters: Parameters) throws(HashingError) -> [UInt8] {
        let input = Array(secret.value.precomposedStringWithCanonicalMapping.utf8)
        do {
            let key = try KDF.Scrypt.deriveKey(
                from: input,
                salt: salt,
                outputByteCount: Self.digestByteCount,
                rounds: 1 << parameters.logN,
                blockSize: parameters.blockSize,
                parallelism: parameters.parallelism)
            return key.withUnsafeBytes { Array($0) }
        } catch {
            throw HashingError()
        }
    }

    /// Compares two digests without stopping at the first difference.
    @inline(never)
    static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices {
            difference |= lhs[index] ^ rhs[index]
        }
        return difference == 0
    }
}
