import Foundation
import Support
import XCTest

/// Settlements and split settlements, every method through the sidecar's real HTTP path against the simulator
/// over loopback: paid orders are settled under a UTR with integer-paise amounts that add up exactly, and the held
/// parts of a split order are released or cancelled once.
final class SettlementsTests: SimulatedTestCase {
    var today: String { String(ISO8601.format(Date()).prefix(10)) }

    func paise(_ v: JSONValue?) -> Int64? { v?.numberValue?.int64 }

    func order(_ reference: String, _ value: Int, preAuth: Bool = false, extra: JSONObject = [:]) throws -> String {
        var params = orderParams(reference, value: value, preAuth: preAuth).objectValue ?? JSONObject()
        for m in extra.members { params[m.key] = m.value }
        let id = try XCTUnwrap(sidecar.result("createOrder", .object(params))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(id, value: value, reference: "pay-\(reference)"))
        return id
    }

    func testPaidOrdersAreSettledUnderOneUTRWithAmountsThatAddUp() throws {
        let sale = try order("sale", 10_000)
        XCTAssertNotNil(simulator.pay(sale))
        let held = try order("held", 25_000, preAuth: true)
        XCTAssertNotNil(simulator.pay(held))
        XCTAssertEqual(sidecar.result("capture", ["order_id": .string(held), "merchant_capture_reference": "cap-held",
                                                  "capture_amount": ["value": 20_000, "currency": "INR"]])["status"], "PROCESSED")
        let refunded = try order("refunded", 5_000)
        XCTAssertNotNil(simulator.pay(refunded))
        XCTAssertEqual(sidecar.result("refund", ["order_id": .string(refunded), "merchant_order_reference": "rf-1",
                                                 "order_amount": ["value": 1_000, "currency": "INR"]])["status"], "PROCESSED")
        let failed = try order("failed", 7_000)
        XCTAssertNotNil(simulator.pay(failed, outcome: "failure"))
        _ = try XCTUnwrap(sidecar.result("createOrder", orderParams("unpaid", value: 3_000, preAuth: false))["order_id"])

        let list = sidecar.result("listSettlements", ["start_date": .string(today), "end_date": .string(today), "page": 1, "per_page": 10])
        XCTAssertEqual(list["total_settlement_count"], 1)
        XCTAssertEqual(list["total_transactions_count"], 3, "only the orders that reached PROCESSED are settled")
        let summary = try XCTUnwrap(list["data"]?.arrayValue?.first)
        let utr = try XCTUnwrap(summary["utr_number"]?.stringValue)
        // 35 000 paise gross; MDR 2% (200 + 400 + 100), GST 18% of it (36 + 72 + 18), the 1 000 refunded.
        XCTAssertEqual(paise(summary["actual_transaction_amount"]), 35_000)
        XCTAssertEqual(paise(summary["total_deduction_amount"]), 700 + 126 + 1_000)
        XCTAssertEqual(paise(summary["total_amount"]), 33_174)
        XCTAssertEqual(paise(list["total_settlement_amount"]), 33_174)
        XCTAssertEqual(summary["settled_date"]?.stringValue, today)

        let detail = sidecar.result("getSettlement", ["utr": .string(utr)])
        let transactions = detail["transactions"]?.arrayValue ?? []
        XCTAssertEqual(Set(transactions.compactMap { $0["transaction_id"]?.stringValue }), [sale, held, refunded])
        XCTAssertEqual(transactions.compactMap { paise($0["settled_amount"]) }.reduce(0, +), 33_174)
        for t in transactions {
            let gross = try XCTUnwrap(paise(t["actual_transaction_amount"]))
            XCTAssertEqual(paise(t["settled_amount"]), gross - (paise(t["total_deduction_amount"]) ?? -1), "\(t)")
            XCTAssertEqual(t["utr_number"]?.stringValue, utr)
        }
        XCTAssertEqual(paise(detail["actual_transaction_amount"]), 35_000)
        XCTAssertEqual(paise(detail["total_mdr_amount"]), 700)
        XCTAssertEqual(paise(detail["total_gst_amount"]), 126)
        XCTAssertEqual(paise(detail["total_refund"]), 1_000)
        XCTAssertEqual(paise(detail["total_settled_amount"]), 33_174)
        XCTAssertEqual(paise(detail["total_transaction_amount"]), 33_174)
        XCTAssertEqual(detail["total_transaction_count"], 3)

        // Paged: two a page, the second holds the third.
        let page2 = sidecar.result("getSettlement", ["utr": .string(utr), "page": 2, "per_page": 2])
        XCTAssertEqual(page2["transactions"]?.arrayValue?.count, 1)
        XCTAssertEqual(page2["pagination"]?["total_pages"], 2)

        // A settlement is made once: a later payment goes into a new one, the first is unchanged.
        let later = try order("later", 2_000)
        XCTAssertNotNil(simulator.pay(later))
        let again = sidecar.result("listSettlements", ["start_date": .string(today), "end_date": .string(today)])
        XCTAssertEqual(again["total_settlement_count"], 2)
        let second = try XCTUnwrap(again["data"]?.arrayValue?.compactMap { $0["utr_number"]?.stringValue }.first { $0 != utr })
        XCTAssertEqual(sidecar.result("getSettlement", ["utr": .string(second)])["transactions"]?.arrayValue?.compactMap { $0["transaction_id"]?.stringValue }, [later])
        XCTAssertEqual(sidecar.result("getSettlement", ["utr": .string(utr)])["total_transaction_count"], 3)
        // Another range: none.
        XCTAssertEqual(sidecar.result("listSettlements", ["start_date": "2024-10-01", "end_date": "2024-10-09"])["total_settlement_count"], 0)

        // The reads went to the settlements API (their dates in the query: the 2024 range found none).
        XCTAssertEqual(simulator.recentRequests.filter { $0["path"] == "/api/settlements/v1/list" }.count, 3)
    }

    func testSettlementRefusals() {
        XCTAssertEqual(sidecar.error("listSettlements", ["start_date": .string(today)])["data"]?["field"], "end_date")
        let wide = sidecar.error("listSettlements", ["start_date": "2026-01-01", "end_date": "2026-03-15"])
        XCTAssertEqual(wide["code"], -32602)
        XCTAssertEqual(wide["data"]?["field"], "end_date", "at most 60 days")
        XCTAssertEqual(sidecar.error("listSettlements", ["start_date": "2026-02-01", "end_date": "2026-01-01"])["data"]?["field"], "end_date")
        XCTAssertEqual(sidecar.error("listSettlements", ["start_date": "01/02/2026", "end_date": "2026-01-01"])["data"]?["field"], "start_date")
        XCTAssertEqual(sidecar.error("listSettlements", ["start_date": .string(today), "end_date": .string(today), "per_page": 50])["data"]?["field"], "per_page")
        // A split part's amount is an amount like any other: integer paise with its currency.
        var split = orderParams("bad-split", value: 10_000, preAuth: false).objectValue ?? JSONObject()
        split["split_info"] = ["split_details": [["split_merchant_id": "partner-1", "amount": ["value": 3_000]]]]
        let badSplit = sidecar.error("createOrder", .object(split))
        XCTAssertEqual(badSplit["code"], -32602)
        XCTAssertTrue(badSplit["data"]?["field"]?.stringValue?.hasPrefix("split_info.split_details") ?? false, "\(badSplit)")
        let unknown = sidecar.error("getSettlement", ["utr": "999999999999"])
        XCTAssertEqual(unknown["code"], -32001)
        XCTAssertEqual(unknown["data"]?["http_status"], 404)
    }

    func testHeldSplitsAreReleasedOrCancelledOnce() throws {
        let split: JSONObject = ["split_info": ["split_type": "AMOUNT", "split_details": [
            ["split_merchant_id": "partner-1", "merchant_settlement_reference": "ss-1", "amount": ["value": 3_000, "currency": "INR"], "on_hold": true],
            ["split_merchant_id": "partner-2", "merchant_settlement_reference": "ss-2", "amount": ["value": 2_000, "currency": "INR"], "on_hold": true],
        ]]]
        let id = try order("split", 10_000, extra: split)
        let parts = sidecar.result("getOrder", ["order_id": .string(id)])["purchase_details"]?["split_info"]?["split_details"]?.arrayValue ?? []
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts.map { $0["status"]?.stringValue }, ["HOLD", "HOLD"])
        let first = try XCTUnwrap(parts.first?["split_settlement_id"]?.stringValue), second = try XCTUnwrap(parts.last?["split_settlement_id"]?.stringValue)

        // Not before the order is paid; the refusal frees the call, so the same release goes through later.
        let early = sidecar.error("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(first)])
        XCTAssertEqual(early["code"], -32001)
        XCTAssertNotNil(simulator.pay(id))
        let released = sidecar.result("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(first),
                                                            "release_amount": ["value": 2_500, "currency": "INR"]])
        let part = released["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.first
        XCTAssertEqual(part?["status"], "RELEASED")
        XCTAssertEqual(part?["on_hold"], false)
        XCTAssertEqual(paise(part?["release_amount"]?["value"]), 2_500)

        // The same release again is answered from the ledger, never sent twice; with a new key Plural refuses it.
        let repeated = sidecar.result("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(first),
                                                            "release_amount": ["value": 2_500, "currency": "INR"]])
        XCTAssertEqual(repeated["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.first?["status"], "RELEASED")
        let path = "/api/pay/v1/orders/\(id)/settlementId/\(first)/release"
        let sent = simulator.recentRequests.filter { $0["path"]?.stringValue == path }
        XCTAssertEqual(sent.count, 2, "the early refusal and the release: the repeat was not sent")
        XCTAssertNotNil(sent.last?["idempotency-key"]?.stringValue)
        XCTAssertEqual(sent.last?["method"], "PATCH")
        let twice = sidecar.error("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(first), "idempotency_key": "release-again"])
        XCTAssertEqual(twice["code"], -32001)
        XCTAssertEqual(twice["data"]?["http_status"], 422)

        // The other part is cancelled, once.
        let cancelled = sidecar.result("cancelSettlement", ["order_id": .string(id), "settlement_id": .string(second)])
        XCTAssertEqual(cancelled["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.last?["status"], "CANCELLED")
        XCTAssertEqual(sidecar.error("cancelSettlement", ["order_id": .string(id), "settlement_id": .string(first)])["code"], -32001,
                       "a released part cannot be cancelled")
        let now = sidecar.result("getOrder", ["order_id": .string(id)])["purchase_details"]?["split_info"]?["split_details"]?.arrayValue ?? []
        XCTAssertEqual(now.map { $0["status"]?.stringValue }, ["RELEASED", "CANCELLED"])

        // Bad params never reach the gateway.
        XCTAssertEqual(sidecar.error("releaseSettlement", ["order_id": .string(id)])["data"]?["field"], "settlement_id")
        let fractional = sidecar.error("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(first),
                                                             "release_amount": ["value": .number(JSONNumber(text: "10.5")), "currency": "INR"]])
        XCTAssertEqual(fractional["code"], -32602)
        XCTAssertEqual(fractional["data"]?["field"], "release_amount.value")
        XCTAssertEqual(sidecar.error("cancelSettlement", ["order_id": .string(id), "settlement_id": "no-such-part"])["data"]?["http_status"], 404)
    }

    /// A split order paid, with its two held parts.
    func heldSplits(_ reference: String) throws -> (order: String, parts: [String]) {
        let id = try order(reference, 10_000, extra: ["split_info": ["split_type": "AMOUNT", "split_details": [
            ["split_merchant_id": "partner-1", "amount": ["value": 3_000, "currency": "INR"], "on_hold": true],
            ["split_merchant_id": "partner-2", "amount": ["value": 2_000, "currency": "INR"], "on_hold": true],
        ]]])
        XCTAssertNotNil(simulator.pay(id))
        let parts = sidecar.result("getOrder", ["order_id": .string(id)])["purchase_details"]?["split_info"]?["split_details"]?.arrayValue ?? []
        return (id, parts.compactMap { $0["split_settlement_id"]?.stringValue })
    }

    func testALostReleaseOrCancelIsLookedUpNotSentAgain() throws {
        let (id, parts) = try heldSplits("lost-split")
        XCTAssertEqual(parts.count, 2)
        let release = "/api/pay/v1/orders/\(id)/settlementId/\(parts[0])/release", cancel = "/api/pay/v1/orders/\(id)/settlementId/\(parts[1])/cancel"
        // The gateway acts, then the connection drops: the order read shows the part's new status.
        simulator.faults([["kind": "reset", "after": true, "path": .string(release), "times": 1],
                          ["kind": "status", "status": 502, "after": true, "path": .string(cancel), "times": 1]])
        let released = sidecar.result("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(parts[0])])
        XCTAssertEqual(released["reconciled"], true)
        XCTAssertEqual(released["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.first?["status"], "RELEASED")
        let cancelled = sidecar.result("cancelSettlement", ["order_id": .string(id), "settlement_id": .string(parts[1])])
        XCTAssertEqual(cancelled["reconciled"], true)
        XCTAssertEqual(cancelled["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.last?["status"], "CANCELLED")
        XCTAssertEqual(simulator.recentRequests.filter { $0["path"]?.stringValue == release }.count, 1, "a release is never sent twice")
        XCTAssertEqual(simulator.recentRequests.filter { $0["path"]?.stringValue == cancel }.count, 1)
    }

    func testALostReleaseThatDidNotHappenStaysUnreleased() throws {
        let (id, parts) = try heldSplits("unsent-split")
        let release = "/api/pay/v1/orders/\(id)/settlementId/\(parts[0])/release"
        // Refused before the gateway acted: the read shows the part still held, so the call is known not to have happened.
        simulator.faults([["kind": "status", "status": 502, "path": .string(release), "times": 1]])
        let e = sidecar.error("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(parts[0])])
        XCTAssertEqual(e["data"]?["outcome"], "not_applied", "\(e)")
        XCTAssertEqual(sidecar.result("getOrder", ["order_id": .string(id)])["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.first?["status"], "HOLD")
        // Nothing happened, so the same release may be made again, and goes through.
        XCTAssertEqual(sidecar.result("releaseSettlement", ["order_id": .string(id), "settlement_id": .string(parts[0])])["purchase_details"]?["split_info"]?["split_details"]?.arrayValue?.first?["status"], "RELEASED")
    }
}
