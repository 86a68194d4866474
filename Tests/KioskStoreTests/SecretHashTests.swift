import Foundation
@testable import KioskStore
import XCTest

final class SecretHashTests: XCTestCase {
    func testEncodingRoundTrips() throws {
        // Given a hash with known parts
        let hash = SecretHash(
            parameters: .init(logN: 15, blockSize: 8, parallelism: 1),
            salt: Array(0..<16), digest: Array(100..<132))
        // When encoded and parsed back
        let parsed = try XCTUnwrap(SecretHash(encoded: hash.encoded))
        // Then nothing is lost, and the string names its algorithm and cost
        XCTAssertEqual(parsed, hash)
        XCTAssertTrue(hash.encoded.hasPrefix("$scrypt$ln=15,r=8,p=1$"))
        let parts = hash.encoded.split(separator: "$")
        XCTAssertFalse(parts[2].contains("=") || parts[3].contains("="), "base64 without padding")
    }

    func testRefusesCostsThatWouldExhaustMemory() {
        // Given a stored string asking for N=2^30 or r=1000
        let huge = "$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        let wide = "$scrypt$ln=10,r=1000,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        // When parsed
        // Then they are rejected rather than run
        XCTAssertNil(SecretHash(encoded: huge))
        XCTAssertNil(SecretHash(encoded: wide))
    }

    func testRefusesMissingOrExtraParts() {
        // Given strings with a part missing, an extra part, or an unknown parameter
        let broken = [
            "$scrypt$ln=15,r=8,p=1$AAAA",
            "$scrypt$ln=15,r=8,p=1$AAAA$AAAA$AAAA",
            "$scrypt$ln=15,r=8,p=1,x=2$AAAA$AAAA",
            "scrypt$ln=15,r=8,p=1$AAAA$AAAA",
            "$scrypt$ln=15,r=8,p=1$!!!!$AAAA",
        ]
        // When parsed
        // Then each is rejected
        for encoded in broken { XCTAssertNil(SecretHash(encoded: encoded), encoded) }
    }
}
