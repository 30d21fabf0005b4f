import Foundation
import XCTest
@testable import Plural

final class CryptoTests: XCTestCase {
    /// Deterministic non-repeating-ish input shared with the python3 reference values below.
    private func counting(_ n: Int) -> [UInt8] { (0..<n).map { UInt8($0 % 256) } }

    private func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }

    // MARK: SHA-256

    func testFIPSExamples() {
        XCTAssertEqual(hex(SHA256.hash("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex(SHA256.hash("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            hex(SHA256.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            hex(SHA256.hash("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        XCTAssertEqual(hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))), expected)
        // Same input fed in 1000-byte pieces exercises the buffered path across many blocks.
        var hasher = SHA256()
        let chunk = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        XCTAssertEqual(hex(hasher.finalize()), expected)
    }

    /// Expected values from `hashlib.sha256(bytes(i % 256 for i in range(n)))`.
    private let boundaryDigests: [(Int, String)] = [
        (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (1, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (57, "2fe741af801cc238602ac0ec6a7b0c3a8a87c7fc7d7f02a3fe03d1c12eac4d8f"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
        (120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"),
        (127, "92ca0fa6651ee2f97b884b7246a562fa71250fedefe5ebf270d31c546bfea976"),
        (128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
    ]

    func testPaddingBoundaries() {
        for (n, expected) in boundaryDigests {
            XCTAssertEqual(hex(SHA256.hash(counting(n))), expected, "length \(n)")
        }
    }

    func testStreamingMatchesOneShot() {
        for (n, expected) in boundaryDigests {
            let input = counting(n)
            for chunkSize in [1, 3, 63, 64, 65] {
                var hasher = SHA256()
                var start = 0
                while start < n {
                    let end = min(start + chunkSize, n)
                    hasher.update(input[start..<end])
                    start = end
                }
                XCTAssertEqual(hex(hasher.finalize()), expected, "length \(n), chunk \(chunkSize)")
            }
        }
    }

    func testInputTypes() {
        let input = counting(119)
        let expected = "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"
        XCTAssertEqual(hex(SHA256.hash(Data(input))), expected)
        XCTAssertEqual(hex(SHA256.hash(input[...])), expected)
        XCTAssertEqual(hex(input.withUnsafeBytes { SHA256.hash($0) }), expected)
        // Non-contiguous collections take the copying fallback.
        XCTAssertEqual(hex(SHA256.hash(input.lazy.map { $0 })), expected)
        XCTAssertEqual(hex(SHA256.hash(String(decoding: [0x61, 0x62, 0x63], as: UTF8.self))),
                       hex(SHA256.hash([0x61, 0x62, 0x63] as [UInt8])))
    }

    func testFinalizeResets() {
        var hasher = SHA256()
        hasher.update("garbage")
        _ = hasher.finalize()
        hasher.update("abc")
        XCTAssertEqual(hex(hasher.finalize()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    // MARK: HMAC-SHA256 (RFC 4231)

    private let rfc4231: [(key: [UInt8], data: [UInt8], mac: String)] = [
        ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        (Array(1...25), [UInt8](repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        // Test case 5 specifies only the first 128 bits.
        ([UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8),
         "a3b6167473100ee06e0c796c2955552b"),
        ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        ([UInt8](repeating: 0xaa, count: 131),
         Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    func testRFC4231() {
        for (index, vector) in rfc4231.enumerated() {
            let truncate = vector.mac.count / 2
            let oneShot = HMACSHA256.mac(key: vector.key, message: vector.data)
            XCTAssertEqual(oneShot.count, 32)
            XCTAssertEqual(hex(Array(oneShot.prefix(truncate))), vector.mac, "case \(index + 1)")

            var streaming = HMACSHA256(key: vector.key)
            for byte in vector.data { streaming.update(CollectionOfOne(byte)) }
            XCTAssertEqual(streaming.finalize(), oneShot, "streaming case \(index + 1)")

            XCTAssertEqual(HMACKey(vector.key).mac(vector.data), oneShot, "HMACKey case \(index + 1)")
        }
    }

    func testStringOverloads() {
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        XCTAssertEqual(hex(HMACSHA256.mac(key: Array("Jefe".utf8), message: "what do ya want for nothing?")), expected)
        XCTAssertEqual(hex(HMACKey(Array("Jefe".utf8)).mac("what do ya want for nothing?")), expected)
        var streaming = HMACSHA256(key: Array("Jefe".utf8))
        streaming.update("what do ya ")
        streaming.update("want for nothing?")
        XCTAssertEqual(hex(streaming.finalize()), expected)
    }

    func testHMACReuse() {
        let key = HMACKey(Array("Jefe".utf8))
        let message = Array("what do ya want for nothing?".utf8)
        let expected = HMACSHA256.mac(key: Array("Jefe".utf8), message: message)
        for _ in 0..<1000 { XCTAssertEqual(key.mac(message), expected) }
        // Interleaving other messages must not disturb the stored key state.
        for n in [0, 1, 63, 64, 300] {
            XCTAssertEqual(key.mac(counting(n)), HMACSHA256.mac(key: Array("Jefe".utf8), message: counting(n)))
            XCTAssertEqual(key.mac(message), expected)
        }

        var streaming = HMACSHA256(key: Array("Jefe".utf8))
        for _ in 0..<3 {
            streaming.update(message)
            XCTAssertEqual(streaming.finalize(), expected, "finalize must reset to the keyed state")
        }
    }

    func testKeyLengthsAroundBlockSize() {
        // Keys of up to 64 bytes are padded; longer ones are hashed first. Reference: python3 hmac.
        let expected: [(Int, String)] = [
            (63, "451375652cef507c4ec0b652cd6867cdf02a93a1b8db8689624b029a5dbf006c"),
            (64, "968027b6c2fe925185a8fa76b7300748d9ef4a857c31e49171526d1aec090a89"),
            (65, "324bd9daed56df3e243dbfd23bb635edae9391992c0caf5c9915e0e66c80fccd"),
        ]
        for (n, mac) in expected {
            XCTAssertEqual(hex(HMACSHA256.mac(key: counting(n), message: [1, 2, 3] as [UInt8])), mac, "key length \(n)")
        }
        XCTAssertEqual(HMACSHA256.mac(key: counting(65), message: [1, 2, 3] as [UInt8]),
                       HMACSHA256.mac(key: SHA256.hash(counting(65)), message: [1, 2, 3] as [UInt8]))
    }

    // MARK: Hex

    func testHex() {
        let bytes: [UInt8] = [0x00, 0x01, 0x7f, 0x80, 0xab, 0xcd, 0xef, 0xff]
        XCTAssertEqual(Hex.encode(bytes), "00017f80abcdefff")
        XCTAssertEqual(Hex.encode(bytes, uppercase: true), "00017F80ABCDEFFF")
        XCTAssertEqual(Hex.encode([UInt8]()), "")
        XCTAssertEqual(Hex.decode("00017f80abcdefff"), bytes)
        XCTAssertEqual(Hex.decode("00017F80ABCDEFFF"), bytes)
        XCTAssertEqual(Hex.decode("00017F80abCDefFF"), bytes)
        XCTAssertEqual(Hex.decode(""), [])
        let all = counting(256)
        XCTAssertEqual(Hex.decode(Hex.encode(all)), all)
        XCTAssertEqual(Hex.decode(Hex.encode(all, uppercase: true)), all)
        for bad in ["0", "abc", "0g", "g0", "zz", " 00", "00 ", "0x00", "é0", "0:"] {
            XCTAssertNil(Hex.decode(bad), bad)
        }
    }

    // MARK: Base64

    func testBase64AgainstPython() {
        // python3: base64.b64encode(bytes((i*37+11) % 256 for i in range(n)))
        let expected = ["", "Cw==", "CzA=", "CzBV", "CzBVeg==", "CzBVep8=", "CzBVep/E", "CzBVep/E6Q==",
                        "CzBVep/E6Q4=", "CzBVep/E6Q4z", "CzBVep/E6Q4zWA=="]
        for n in 0...10 {
            let input = (0..<n).map { UInt8(($0 * 37 + 11) % 256) }
            XCTAssertEqual(Base64.encode(input), expected[n], "length \(n)")
            XCTAssertEqual(Base64.decode(expected[n]), input, "padded \(n)")
            let unpadded = String(expected[n].prefix { $0 != "=" })
            XCTAssertEqual(Base64.decode(unpadded), input, "unpadded \(n)")
        }
    }

    func testBase64FullAlphabet() {
        let all = counting(256)
        let standard = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w=="
        XCTAssertEqual(Base64.encode(all), standard)
        XCTAssertEqual(Base64.decode(standard), all)
        let urlSafe = standard.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        XCTAssertEqual(Base64.decode(urlSafe), all)
        XCTAssertEqual(Base64.encode(Data(all)), standard)
    }

    func testBase64Invalid() {
        for bad in ["A", "AAAAA", "QQ=", "Q===", "QQ==A", "QQ==QQ==", "=", "====", "QQ ==", "Q Q=", "QQ\n",
                    "QQ=a", "Q*==", "é", "QUJD\u{0}", "QUJD====", "QUJDRA==="] {
            XCTAssertNil(Base64.decode(bad), bad.debugDescription)
        }
        XCTAssertEqual(Base64.decode(""), [])
    }

    // MARK: ConstantTime

    func testConstantTimeEquals() {
        let a: [UInt8] = [1, 2, 3, 4]
        XCTAssertTrue(ConstantTime.equals(a, [1, 2, 3, 4] as [UInt8]))
        XCTAssertTrue(ConstantTime.equals([UInt8](), [UInt8]()))
        XCTAssertFalse(ConstantTime.equals(a, [1, 2, 3, 5] as [UInt8]))
        XCTAssertFalse(ConstantTime.equals(a, [0, 2, 3, 4] as [UInt8]))
        XCTAssertFalse(ConstantTime.equals(a, [1, 2, 3] as [UInt8]))
        XCTAssertFalse(ConstantTime.equals(a, [1, 2, 3, 4, 5] as [UInt8]))
        // Mixed collection types, including a non-contiguous one.
        XCTAssertTrue(ConstantTime.equals(Data(a), a[...]))
        XCTAssertTrue(ConstantTime.equals(a.lazy.map { $0 }, a))
        XCTAssertFalse(ConstantTime.equals(a.lazy.map { $0 &+ 1 }, a))
    }

    func testConstantTimeHexEquals() {
        XCTAssertTrue(ConstantTime.hexEquals("00abcdef", "00abcdef"))
        XCTAssertTrue(ConstantTime.hexEquals("00abcdef", "00ABCDEF"))
        XCTAssertTrue(ConstantTime.hexEquals("0123456789abcdef", "0123456789ABCDEF"))
        XCTAssertTrue(ConstantTime.hexEquals("", ""))
        XCTAssertFalse(ConstantTime.hexEquals("00abcdef", "00abcdee"))
        XCTAssertFalse(ConstantTime.hexEquals("10abcdef", "00abcdef"))
        XCTAssertFalse(ConstantTime.hexEquals("00abcdef", "00abcde"))
        XCTAssertFalse(ConstantTime.hexEquals("00abcdef", "00abcdef00"))
        // Non-hex characters fail even when both sides carry the same one.
        XCTAssertFalse(ConstantTime.hexEquals("00abcdeg", "00abcdeg"))
        XCTAssertFalse(ConstantTime.hexEquals("00abcde ", "00abcde "))
        XCTAssertFalse(ConstantTime.hexEquals("0xabcdef", "0xabcdef"))
        // Invalid characters decode to nibble 0, so validity must be checked on both sides.
        XCTAssertFalse(ConstantTime.hexEquals("00", "0g"))
        XCTAssertFalse(ConstantTime.hexEquals("0g", "00"))
        // Letters just past 'f' must not alias to valid digits after case folding.
        XCTAssertFalse(ConstantTime.hexEquals("G0", "G0"))
        XCTAssertFalse(ConstantTime.hexEquals("`0", "@0"))
        let mac = HMACSHA256.mac(key: Array("k".utf8), message: "m")
        XCTAssertTrue(ConstantTime.hexEquals(Hex.encode(mac), Hex.encode(mac, uppercase: true)))
    }

    func testHexNibbleTable() {
        for c in 0...255 {
            let char = UInt8(c)
            let nibble = ConstantTime.hexNibble(char)
            let expected = UInt8(String(UnicodeScalar(char)), radix: 16)
            XCTAssertEqual(nibble.valid == 1 ? nibble.value : nil, expected, "char \(c)")
        }
    }
}
