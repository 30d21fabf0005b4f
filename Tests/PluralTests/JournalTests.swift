import Foundation
@testable import Plural
import Support
import XCTest

/// The journal as a database log: checksummed records, a torn tail cut, damage refused, one writer, owner-only
/// files, compaction keeping only live keys, and the ledger rebuilt from it.
final class JournalTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "journal-test-\(UUID().uuidString)"
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    /// Now, to the millisecond the journal keeps.
    static var now: Double { (Date().timeIntervalSince1970 * 1000).rounded() / 1000 }

    func intent(_ key: String, expires: Double = JournalTests.now + 3600, parent: String? = nil, paise: Int64? = nil) -> JournalRecord {
        var r = JournalRecord(.intent, key: key)
        r.method = parent == nil ? "createOrder" : "refund"
        r.fingerprint = "00112233445566778899aabbccddeeff"
        r.requestID = "rid-\(key)"
        r.time = Self.now
        r.expires = expires
        r.ids = ["merchant_order_reference": .string(key)]
        r.parent = parent
        r.paise = paise
        return r
    }

    func fileBytes() -> [UInt8] { Array(FileManager.default.contents(atPath: dir + "/journal") ?? Data()) }

    func testARecordRoundTripsAndAFlippedByteIsRejected() {
        let r = intent("k:a", parent: "v1-order", paise: 500)
        var line = r.line()
        XCTAssertEqual(line.last, UInt8(ascii: "\n"))
        line.removeLast()
        XCTAssertEqual(JournalRecord.parse(line), r)
        line[20] ^= 0x01
        XCTAssertNil(JournalRecord.parse(line))
    }

    func testATornLastRecordIsCutOffAtOpen() async throws {
        do {
            let j = try Journal(directory: dir)
            try await j.append([intent("k:1"), intent("k:2")], sync: true)
            try await j.append([intent("k:3")], sync: true)
            j.closeAndUnlock()
        }
        let intact = fileBytes().count
        // A crash mid-append: half a record, no newline.
        let half = intent("k:4").line().prefix(30)
        let h = try XCTUnwrap(FileHandle(forWritingAtPath: dir + "/journal"))
        h.seekToEndOfFile()
        h.write(Data(half))
        try h.close()
        let reopened = try Journal(directory: dir)
        XCTAssertEqual(reopened.replayed.map(\.key), ["k:1", "k:2", "k:3"])
        XCTAssertEqual(fileBytes().count, intact, "the torn tail is cut so the next append starts clean")
    }

    func testDamageBeforeIntactRecordsRefusesToOpen() async throws {
        do {
            let j = try Journal(directory: dir)
            try await j.append([intent("k:1"), intent("k:2"), intent("k:3")], sync: true)
            j.closeAndUnlock()
        }
        var bytes = fileBytes()
        bytes[12] ^= 0x20  // inside the first record
        _ = FileManager.default.createFile(atPath: dir + "/journal", contents: Data(bytes))
        XCTAssertThrowsError(try Journal(directory: dir)) { e in
            XCTAssertTrue("\(e)".contains("damaged"), "\(e)")
        }
    }

    func testOneWriterPerDirectory() throws {
        let first = try Journal(directory: dir)
        XCTAssertThrowsError(try Journal(directory: dir)) { e in XCTAssertTrue("\(e)".contains("in use"), "\(e)") }
        _ = first
    }

    func testFilesAreOwnerOnly() async throws {
        let j = try Journal(directory: dir)
        try await j.append([intent("k:1")], sync: true)
        for (path, mode) in [(dir, 0o700), (dir + "/journal", 0o600), (dir + "/fingerprint.key", 0o600), (dir + "/lock", 0o600)] {
            var st = stat()
            XCTAssertEqual(stat(path, &st), 0)
            XCTAssertEqual(Int(st.st_mode & 0o777), mode, path)
        }
    }

    func testTheLedgerIsRebuiltAndCompactionKeepsOnlyLiveKeys() async throws {
        do {
            let j = try Journal(directory: dir)
            var applied = JournalRecord(.applied, key: "k:refund")
            applied.parent = "v1-order"
            applied.paise = 700
            var released = JournalRecord(.released, key: "k:refused")
            released.time = 1
            try await j.append([intent("k:expired", expires: Date().timeIntervalSince1970 - 10), intent("k:in-flight"),
                                intent("k:refund", parent: "v1-order", paise: 700), applied, intent("k:refused"), released], sync: true)
            j.closeAndUnlock()
        }
        let journal = try Journal(directory: dir)
        let ledger = IdempotencyLedger(journal: journal, ttl: 3600)
        XCTAssertEqual(ledger.pending().map(\.key), ["in-flight"], "an intent without an outcome is unknown after a restart")
        XCTAssertEqual(ledger.refundTotals(parent: "v1-order", except: nil).refunded, 700)
        try await ledger.compact()
        let keys = String(decoding: fileBytes(), as: UTF8.self).split(separator: "\n").compactMap { JournalRecord.parse($0.utf8)?.key }
        XCTAssertEqual(Set(keys), ["k:in-flight", "k:refund"], "expired and released keys are gone")
    }

    func testCompactionRewritesTheFile() async throws {
        let journal = try Journal(directory: dir)
        try await journal.append([intent("k:expired", expires: Date().timeIntervalSince1970 - 10), intent("k:live")], sync: true)
        let ledger = IdempotencyLedger(journal: journal, ttl: 3600)
        ledger.replay([intent("k:expired", expires: Date().timeIntervalSince1970 - 10), intent("k:live")])
        try await ledger.compact()
        let text = String(decoding: fileBytes(), as: UTF8.self)
        XCTAssertFalse(text.contains("k:expired"))
        XCTAssertTrue(text.contains("k:live"))
        XCTAssertEqual(text.split(separator: "\n").count, 2, "the live key's intent and its unknown outcome")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/journal.tmp"))
    }

    func testFingerprintsAreKeyedAndIgnoreTheIdempotencyKey() {
        let a = Fingerprint(key: Array(repeating: 1, count: 32)), b = Fingerprint(key: Array(repeating: 2, count: 32))
        let params: JSONObject = ["merchant_order_reference": "r1", "order_amount": ["value": 100, "currency": "INR"]]
        var withKey = params
        withKey["idempotency_key"] = "k1"
        XCTAssertEqual(a.of(method: "createOrder", params), a.of(method: "createOrder", withKey))
        XCTAssertNotEqual(a.of(method: "createOrder", params), b.of(method: "createOrder", params))
        XCTAssertNotEqual(a.of(method: "createOrder", params), a.of(method: "createCheckout", params))
        let reordered: JSONObject = ["order_amount": ["currency": "INR", "value": 100], "merchant_order_reference": "r1"]
        XCTAssertEqual(a.of(method: "createOrder", params), a.of(method: "createOrder", reordered))
    }

    func testTheLedgerIsBoundedInKeysAndHeldAnswers() async {
        let ledger = IdempotencyLedger(journal: nil, ttl: 3600, maxKeys: 3, maxAnswers: 1)
        func key(_ n: Int) -> CallKey { CallKey(ledgerKey: "k:key-\(n)") }
        func claim(_ n: Int) async -> IdempotencyLedger.Claim {
            await ledger.claim(key(n), method: "createOrder", fingerprint: "fp", ids: JSONObject(), requestID: "r\(n)", reference: nil)
        }
        for n in 1...4 {
            guard case .proceed = await claim(n) else { return XCTFail("key \(n) should be new") }
            await ledger.finish(key(n), .success(["order_id": .string("o\(n)")]), kind: .applied)
        }
        guard case .proceed = await claim(1) else { return XCTFail("the oldest key is forgotten once the ledger is full") }
        guard case .resolve = await claim(3) else { return XCTFail("an older key keeps its fingerprint but not its answer") }
        guard case .answer(let a) = await claim(4), case .success(let v) = a else { return XCTFail("the newest answer is held") }
        XCTAssertEqual(v["order_id"], "o4")
    }
}
