import Foundation
import Plural
import Support
import XCTest

/// Payouts from the funding account: balance before and after, a payout never made twice (the sidecar's ledger
/// answers a repeat; Plural refuses another call with the same clientReferenceId), scheduled payouts moved and
/// cancelled (the money comes back), a bulk file, and the list showing all of it.
final class PayoutsTests: XCTestCase {
    var simulator: SimulatorProcess!
    var sidecar: SidecarProcess!

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        sidecar = try simulator.sidecar()
        simulator.control("POST", "/_simulator/faults", ["payout_balance": 500_000])
    }

    override func tearDown() { sidecar = nil; simulator = nil }

    var balance: JSONValue? { sidecar.result("getPayoutBalance", [:])["balance"]?["value"] }

    static func payout(_ reference: String, _ value: Int, extra: JSONObject = [:]) -> JSONValue {
        var p: JSONObject = ["clientReferenceId": .string(reference), "payeeName": "Asha Rao", "amount": ["value": .int(value), "currency": "INR"],
                             "mode": "IMPS", "remarks": "Vendor payment 42", "accountNumber": "123456789012", "branchCode": "HDFC0001234"]
        for m in extra.members { p[m.key] = m.value }
        return .object(p)
    }

    var payoutPosts: Int { simulator.recentRequests.filter { $0["path"] == "/payouts/v3/payments/banks" && $0["method"] == "POST" }.count }

    func testPayoutLifecycleAndBalance() throws {
        XCTAssertEqual(balance, 500_000)
        let first = sidecar.result("createPayout", Self.payout("po-1", 100_000))
        XCTAssertEqual(first["status"], "SCHEDULED")
        XCTAssertEqual(first["accountNumber"], "XXXXXX9012", "answers carry the account masked")
        let paymentID = try XCTUnwrap(first["paymentReferenceId"]?.stringValue)
        XCTAssertEqual(balance, 400_000)

        // The same call again: answered from the ledger, never sent again, never paid twice.
        XCTAssertEqual(sidecar.result("createPayout", Self.payout("po-1", 100_000))["paymentReferenceId"]?.stringValue, paymentID)
        XCTAssertEqual(payoutPosts, 1)
        // The same reference with other params: refused by the ledger, not sent.
        XCTAssertEqual(sidecar.error("createPayout", Self.payout("po-1", 200_000))["code"], -32006)
        // The same reference under another key reaches Plural, which refuses it: 409 DUPLICATE_REQUEST.
        let dup = sidecar.error("createPayout", Self.payout("po-1", 100_000, extra: ["idempotency_key": "other-key-1"]))
        XCTAssertEqual(dup["code"], -32001)
        XCTAssertEqual(dup["data"]?["http_status"], 409)
        XCTAssertEqual(dup["data"]?["code"], "DUPLICATE_REQUEST")
        XCTAssertEqual(payoutPosts, 2)
        XCTAssertEqual(balance, 400_000, "paid once")
        let sent = try XCTUnwrap(simulator.recentRequests.first { $0["path"] == "/payouts/v3/payments/banks" })
        XCTAssertNotNil(sent["idempotency-key"]?.stringValue)

        // More than the balance: PENDING, nothing debited; a UPI payout to a VPA.
        XCTAssertEqual(sidecar.result("createPayout", Self.payout("po-2", 1_000_000))["status"], "PENDING")
        XCTAssertEqual(balance, 400_000)
        let upi = sidecar.result("createPayout", Self.payout("po-3", 50_000, extra: ["mode": "UPI", "vpa": "asha@okbank", "accountNumber": .null, "branchCode": .null]))
        XCTAssertEqual(upi["status"], "SCHEDULED")
        XCTAssertEqual(balance, 350_000)

        // Moved, then cancelled: the money comes back; a repeat of the cancel is the same cancel.
        let moved = sidecar.result("updateScheduledPayout", ["paymentReferenceId": .string(paymentID), "scheduleAt": "2030-01-01T10:00:00Z"])
        XCTAssertEqual(moved["scheduledAt"], "2030-01-01T10:00:00Z")
        let cancelled = sidecar.result("cancelScheduledPayout", ["paymentReferenceId": .string(paymentID)])
        XCTAssertEqual(cancelled["status"], "CANCELLED")
        XCTAssertEqual(balance, 450_000)
        XCTAssertEqual(sidecar.result("cancelScheduledPayout", ["paymentReferenceId": .string(paymentID)])["status"], "CANCELLED")
        XCTAssertEqual(balance, 450_000)
        XCTAssertEqual(simulator.recentRequests.filter { $0["path"] == .string("/payouts/v3/payments/banks/\(paymentID)/cancel") }.count, 1)

        // The list shows them all, and filters.
        let all = sidecar.result("listPayouts", [:])
        XCTAssertEqual(all["totalRecords"], 3)
        XCTAssertEqual(all["payments"]?.arrayValue?.map { $0["clientReferenceId"] }, ["po-1", "po-2", "po-3"])
        XCTAssertEqual(sidecar.result("listPayouts", ["status": "PENDING"])["payments"]?.arrayValue?.map { $0["clientReferenceId"] }, ["po-2"])
        XCTAssertEqual(sidecar.result("listPayouts", ["clientReferenceId": "po-1"])["payments"]?.arrayValue?.first?["status"], "CANCELLED")
        XCTAssertEqual(sidecar.result("listPayouts", ["paymentReferenceId": .string(paymentID)])["totalRecords"], 1)
        let paged = sidecar.result("listPayouts", ["count": "2", "page": "1"])
        XCTAssertEqual(paged["payments"]?.arrayValue?.count, 2)
        XCTAssertEqual(paged["nextPage"], 2)
    }

    func testBulkPayoutFile() throws {
        let csv = Array("""
        clientReferenceId,payeeName,amount,mode,remarks,accountNumber,branchCode,vpa
        bulk-1,Ravi Kumar,120000,NEFT,Salary Dec,123456789012,SBIN0001234,
        bulk-2,Meera Iyer,30000,UPI,Refund 7,,,meera@okbank

        """.utf8)
        let bulk = sidecar.result("createBulkPayout", ["file": ["content_base64": .string(Base64.encode(csv)), "content_type": "text/csv", "file_name": "payouts.csv"],
                                                       "idempotency_key": "bulk-file-1"])
        XCTAssertEqual(bulk["status"], "SCHEDULED")
        let request = try XCTUnwrap(bulk["requestReferenceId"]?.stringValue)
        let stored = try XCTUnwrap(simulator.control("GET", "/_simulator/uploads")?["uploads"]?.arrayValue?.last)
        XCTAssertEqual(Base64.decode(stored["content_base64"]?.stringValue ?? ""), csv, "the file arrived byte for byte")
        XCTAssertEqual(stored["file_name"], "payouts.csv")
        let listed = sidecar.result("listPayouts", ["requestReferenceId": .string(request)])["payments"]?.arrayValue ?? []
        XCTAssertEqual(listed.map { $0["clientReferenceId"] }, ["bulk-1", "bulk-2"])
        XCTAssertEqual(balance, 350_000, "500000 less the two rows")
        // The same key again is the same upload: answered, not sent.
        let again = sidecar.result("createBulkPayout", ["file": ["content_base64": .string(Base64.encode(csv)), "content_type": "text/csv", "file_name": "payouts.csv"],
                                                        "idempotency_key": "bulk-file-1"])
        XCTAssertEqual(again["requestReferenceId"]?.stringValue, request)
        XCTAssertEqual(balance, 350_000)
        // Not a payout file: refused by Plural.
        let bad = sidecar.error("createBulkPayout", ["file": ["content_base64": .string(Base64.encode(Array("hello".utf8))), "content_type": "text/csv", "file_name": "x.csv"]])
        XCTAssertEqual(bad["data"]?["http_status"], 400)
    }

    /// A scheduled payout is paid when its time comes: SUCCESS with the bank's UTR, which the list filters by.
    func testAScheduledPayoutIsPaid() throws {
        simulator.control("POST", "/_simulator/faults", ["payout_delay": 0])
        let id = try XCTUnwrap(sidecar.result("createPayout", Self.payout("po-paid", 70_000))["paymentReferenceId"]?.stringValue)
        let paid = try XCTUnwrap(sidecar.result("listPayouts", ["paymentReferenceId": .string(id)])["payments"]?.arrayValue?.first)
        XCTAssertEqual(paid["status"], "SUCCESS")
        let utr = try XCTUnwrap(paid["bankTransactionReferenceId"]?.stringValue)
        XCTAssertEqual(sidecar.result("listPayouts", ["bankTransactionReferenceId": .string(utr)])["totalRecords"], 1)
        XCTAssertEqual(sidecar.error("cancelScheduledPayout", ["paymentReferenceId": .string(id)])["data"]?["http_status"], 422, "a paid payout stays paid")
        XCTAssertEqual(balance, 430_000)
    }

    /// A payout or cancel whose answer is lost is looked up (listPayouts) before the caller hears "unknown", and
    /// is never sent again.
    func testLostAnswersAreLookedUp() throws {
        simulator.faults([["kind": "reset", "after": true, "path": "/payouts/v3/payments/banks", "method": "POST", "times": 1]])
        let payout = sidecar.result("createPayout", Self.payout("po-lost", 20_000))
        XCTAssertEqual(payout["reconciled"], true)
        XCTAssertEqual(payout["status"], "SCHEDULED")
        XCTAssertEqual(payout["clientReferenceId"], "po-lost")
        XCTAssertEqual(payoutPosts, 1, "a payout is not retried after its request was sent")
        XCTAssertEqual(balance, 480_000)
        let id = try XCTUnwrap(payout["paymentReferenceId"]?.stringValue)

        simulator.faults([["kind": "status", "status": 502, "after": true, "path": .string("/payouts/v3/payments/banks/\(id)/cancel"), "times": 1]])
        let cancelled = sidecar.result("cancelScheduledPayout", ["paymentReferenceId": .string(id)])
        XCTAssertEqual(cancelled["status"], "CANCELLED")
        XCTAssertEqual(cancelled["reconciled"], true)
        XCTAssertEqual(balance, 500_000)
        XCTAssertEqual(simulator.recentRequests.filter { $0["path"] == .string("/payouts/v3/payments/banks/\(id)/cancel") }.count, 1)
    }

    /// With a journal, a bulk upload and a payout are journalled by key and fingerprint: neither the file nor the
    /// beneficiary's account number is written to disk.
    func testTheJournalHoldsNoFileOrAccount() throws {
        let dir = NSTemporaryDirectory() + "plural-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journalled = try simulator.sidecar(environment: ["PLURAL_STATE_DIR": dir])
        let csv = Array("clientReferenceId,payeeName,amount,mode,remarks,accountNumber,branchCode\nj-1,Ravi Kumar,1000,NEFT,Rent,987654321098,SBIN0001234\n".utf8)
        _ = journalled.result("createBulkPayout", ["file": ["content_base64": .string(Base64.encode(csv)), "content_type": "text/csv", "file_name": "j.csv"],
                                                   "idempotency_key": "bulk-journal-1"])
        _ = journalled.result("createPayout", Self.payout("j-2", 1000))
        var disk: [UInt8] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            disk += FileManager.default.contents(atPath: dir + "/" + name).map { [UInt8]($0) } ?? []
        }
        XCTAssertFalse(disk.isEmpty, "the journal was written")
        let text = String(decoding: disk, as: UTF8.self)
        XCTAssertTrue(text.contains("bulk-journal-1"))
        XCTAssertFalse(text.contains(Base64.encode(csv)))
        XCTAssertFalse(text.contains("987654321098"))
        XCTAssertFalse(text.contains("123456789012"))
    }

    func testRefusals() throws {
        let before = simulator.requestCount
        let low = sidecar.error("createPayout", Self.payout("po-x", 99))
        XCTAssertEqual(low["code"], -32602)
        XCTAssertEqual(low["data"]?["field"], "amount.value")
        XCTAssertEqual(sidecar.error("createPayout", Self.payout("po-x", 100_000_001))["data"]?["field"], "amount.value")
        XCTAssertEqual(sidecar.error("createPayout", Self.payout("po-x", 1000, extra: ["accountNumber": .null]))["data"]?["field"], "accountNumber")
        XCTAssertEqual(sidecar.error("createPayout", Self.payout("po-x", 1000, extra: ["mode": "UPI"]))["data"]?["field"], "vpa")
        XCTAssertEqual(sidecar.error("createPayout", Self.payout("po x", 1000))["data"]?["field"], "clientReferenceId")
        XCTAssertEqual(sidecar.error("createPayout", Self.payout("po-x", 1000, extra: ["branchCode": "HDFC1001234"]))["data"]?["field"], "branchCode")
        XCTAssertEqual(sidecar.error("updateScheduledPayout", ["paymentReferenceId": "txn-1"])["data"]?["field"], "scheduleAt")
        XCTAssertEqual(simulator.requestCount, before, "nothing refused here was sent")

        // State errors: an unknown payout, a PENDING one cancelled, a time in the past.
        XCTAssertEqual(sidecar.error("cancelScheduledPayout", ["paymentReferenceId": "txn-nosuch"])["data"]?["http_status"], 404)
        simulator.control("POST", "/_simulator/faults", ["payout_balance": 0])
        let pending = try XCTUnwrap(sidecar.result("createPayout", Self.payout("po-p", 1000))["paymentReferenceId"]?.stringValue)
        let e = sidecar.error("cancelScheduledPayout", ["paymentReferenceId": .string(pending)])
        XCTAssertEqual(e["code"], -32001)
        XCTAssertEqual(e["data"]?["http_status"], 422)
        XCTAssertEqual(balance, 0)
        simulator.control("POST", "/_simulator/faults", ["payout_balance": 5000])
        let scheduled = try XCTUnwrap(sidecar.result("createPayout", Self.payout("po-s", 1000))["paymentReferenceId"]?.stringValue)
        XCTAssertEqual(sidecar.error("updateScheduledPayout", ["paymentReferenceId": .string(scheduled), "scheduleAt": "2020-01-01T00:00:00Z"])["data"]?["http_status"], 400)
    }
}
