import Foundation
import KioskCore
@testable import KioskStore
import XCTest

final class SecretHasherTests: XCTestCase {
    private let cheap = StoreTestCase.cheapHasher

    func testDefaultParametersMeetTheSecurityPolicyAndVerify() throws {
        // Given the hasher the kiosk uses when nothing is injected
        let hasher = SecretHasher()
        // When a PIN is hashed with it and checked
        let start = Date()
        let encoded = try hasher.hash(Secret("1234"))
        let elapsed = Date().timeIntervalSince(start)
        // Then the cost is OWASP's 8 MiB one, scrypt N=2^13, r=8, p=10, with a 16-byte salt (SECURITY.md)
        XCTAssertTrue(hasher.parameters.meetsPolicy)
        XCTAssertEqual(hasher.parameters, SecretHasher.Parameters(logN: 13, blockSize: 8, parallelism: 10))
        let stored = try XCTUnwrap(SecretHash(encoded: encoded))
        XCTAssertEqual(stored.parameters, .standard)
        XCTAssertGreaterThanOrEqual(stored.salt.count, 16)
        XCTAssertTrue(encoded.hasPrefix("$scrypt$ln=13,r=8,p=10$"))
        // And the right PIN verifies while a wrong one does not
        XCTAssertTrue(hasher.verify(Secret("1234"), against: encoded))
        XCTAssertFalse(hasher.verify(Secret("1235"), against: encoded))
        print("SecretHasher: one default-cost hash took \(Int(elapsed * 1_000)) ms")
    }

    func testWeakParametersDoNotMeetThePolicy() {
        // Given costs below OWASP's pairs of memory and passes, or with r below 8
        // When asking whether they meet the policy
        // Then they do not
        XCTAssertFalse(cheap.parameters.meetsPolicy)
        XCTAssertFalse(SecretHasher.Parameters(logN: 13, blockSize: 8, parallelism: 9).meetsPolicy)
        XCTAssertFalse(SecretHasher.Parameters(logN: 12, blockSize: 8, parallelism: 16).meetsPolicy)
        XCTAssertFalse(SecretHasher.Parameters(logN: 15, blockSize: 4, parallelism: 3).meetsPolicy)
        XCTAssertFalse(SecretHasher.Parameters.previous.meetsPolicy)
        // While each of OWASP's pairs, and more, does
        XCTAssertTrue(SecretHasher.Parameters(logN: 14, blockSize: 8, parallelism: 5).meetsPolicy)
        XCTAssertTrue(SecretHasher.Parameters(logN: 15, blockSize: 8, parallelism: 3).meetsPolicy)
        XCTAssertTrue(SecretHasher.Parameters(logN: 16, blockSize: 8, parallelism: 2).meetsPolicy)
        XCTAssertTrue(SecretHasher.Parameters(logN: 18, blockSize: 8, parallelism: 1).meetsPolicy)
    }

    func testHashesMadeWithThePreviousDefaultCostVerifyAndAskForRehash() throws {
        // Given a PIN stored with the cost new hashes had before (N=2^15, r=8, p=1)
        let old = try SecretHasher(parameters: .previous).hash(Secret("1234"))
        // When today's hasher checks it
        let hasher = SecretHasher()
        // Then it verifies with its own cost, a wrong PIN does not, and it asks to be rehashed
        XCTAssertTrue(hasher.verify(Secret("1234"), against: old))
        XCTAssertFalse(hasher.verify(Secret("4321"), against: old))
        XCTAssertTrue(hasher.needsRehash(old))
        XCTAssertFalse(hasher.needsRehash(try hasher.hash(Secret("1234"))))
    }

    func testSameSecretHashedTwiceGivesDifferentSalts() throws {
        // Given two people who chose the same PIN
        // When each PIN is hashed
        let first = try XCTUnwrap(SecretHash(encoded: try cheap.hash(Secret("1234"))))
        let second = try XCTUnwrap(SecretHash(encoded: try cheap.hash(Secret("1234"))))
        // Then salts and digests differ, so equal PINs cannot be spotted in the table
        XCTAssertEqual(first.salt.count, SecretHasher.saltByteCount)
        XCTAssertNotEqual(first.salt, second.salt)
        XCTAssertNotEqual(first.digest, second.digest)
    }

    func testHashNeverContainsTheSecret() throws {
        // Given a password
        let password = "correct-horse-battery"
        // When it is hashed
        let encoded = try cheap.hash(Secret(password))
        // Then the stored string does not contain it
        XCTAssertFalse(encoded.contains(password))
    }

    func testMalformedHashesNeverVerify() {
        // Given damaged or foreign hash strings
        let damaged = ["", "1234", "$scrypt$ln=4,r=1,p=1$$", "$bcrypt$ln=4,r=1,p=1$AAAA$AAAA",
                       "$scrypt$ln=40,r=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA", "$scrypt$ln=4,r=1$AAAA$AAAA"]
        for encoded in damaged {
            // When a secret is checked against them
            // Then it is refused
            XCTAssertFalse(cheap.verify(Secret("1234"), against: encoded), encoded)
        }
    }

    func testHashesMadeWithAnOlderCostStillVerifyAndAskForRehash() throws {
        // Given a hash made with a low cost, and a hasher whose cost has since been raised
        let old = try cheap.hash(Secret("kiosk-demo-2026"))
        let raised = SecretHasher(parameters: .init(logN: 5, blockSize: 2, parallelism: 1))
        // When the raised hasher checks it
        // Then it verifies with the cost written in the string, and asks to be rehashed
        XCTAssertTrue(raised.verify(Secret("kiosk-demo-2026"), against: old))
        XCTAssertTrue(raised.needsRehash(old))
        XCTAssertFalse(raised.needsRehash(try raised.hash(Secret("kiosk-demo-2026"))))
    }

    func testEquivalentUnicodeFormsVerify() throws {
        // Given a password typed with a precomposed é
        let encoded = try cheap.hash(Secret("caf\u{E9}-au-lait-2026"))
        // When the same password arrives as e + combining acute
        // Then it verifies
        XCTAssertTrue(cheap.verify(Secret("cafe\u{301}-au-lait-2026"), against: encoded))
    }

    func testDummyHashIsWellFormedAtTheHasherCost() throws {
        // Given a hasher
        // When it builds the hash it spends a run on for unknown accounts
        let dummy = try XCTUnwrap(SecretHash(encoded: cheap.dummyHash))
        // Then it has the same cost as real hashes (so it takes as long) and matches nothing common
        XCTAssertEqual(dummy.parameters, cheap.parameters)
        XCTAssertFalse(cheap.verify(Secret("1234"), against: cheap.dummyHash))
    }

    func testConstantTimeEquality() {
        // Given digests that differ in the first byte, the last byte, or the length
        // When compared
        // Then only identical ones are equal
        XCTAssertTrue(SecretHasher.constantTimeEquals([1, 2, 3], [1, 2, 3]))
        XCTAssertFalse(SecretHasher.constantTimeEquals([0, 2, 3], [1, 2, 3]))
        XCTAssertFalse(SecretHasher.constantTimeEquals([1, 2, 3], [1, 2, 4]))
        XCTAssertFalse(SecretHasher.constantTimeEquals([1, 2], [1, 2, 3]))
    }
}
