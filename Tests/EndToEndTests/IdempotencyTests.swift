import Foundation
import Support
import XCTest

/// Money-moving calls are never sent twice: keys, waits for a running first call, lookups after a lost answer,
/// and the refund limit (issue 14). The sidecar reaches the simulator over real loopback HTTP.
final class IdempotencyTests: XCTestCase {
    var simulator: SimulatorProcess!
    var sidecar: SidecarProcess!

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("warm-up"))
    }

    override func tearDown() { sidecar = nil; simulator = nil }

    func sent(_ method: String, _ path: String) -> [JSONValue] {
        simulator.recentRequests.filter { $0["method"]?.stringValue == method && $0["path"]?.stringValue == path }
    }

    func with(_ params: JSONValue, _ extra: JSONObject) -> JSONValue {
        var o = params.objectValue!
        for m in extra { o[m.key] = m.value }
        return .object(o)
    }

    func authorisedOrder(_ reference: String) throws -> String { try simulator.paidOrder(through: sidecar, reference, preAuth: true) }
    func paidOrder(_ reference: String) throws -> String { try simulator.paidOrder(through: sidecar, reference) }

    // MARK: keys

    func testARepeatWithTheSameKeyIsAnsweredWithoutReachingTheGateway() throws {
        let params = with(orderParams("key-1"), ["idempotency_key": "order-key-1"])
        let first = sidecar.result("createOrder", params)
        let before = sent("POST", "/api/pay/v1/orders").count
        XCTAssertEqual(sidecar.result("createOrder", params), first)
        XCTAssertEqual(sent("POST", "/api/pay/v1/orders").count, before, "the repeat reached the gateway")
        XCTAssertEqual(sent("POST", "/api/pay/v1/orders").last?["idempotency-key"], "order-key-1", "the key goes upstream as Idempotency-Key")
    }

    func testTheSameKeyWithOtherParamsIsRefusedNamingTheKey() throws {
        _ = sidecar.result("createOrder", with(orderParams("key-2"), ["idempotency_key": "order-key-2"]))
        let before = sent("POST", "/api/pay/v1/orders").count
        let e = sidecar.error("createOrder", with(orderParams("key-2", value: 2200), ["idempotency_key": "order-key-2"]))
        XCTAssertEqual(e["code"], -32006)
        XCTAssertEqual(e["data"]?["idempotency_key"], "order-key-2")
        XCTAssertTrue(e["message"]?.stringValue?.contains("order-key-2") ?? false)
        XCTAssertEqual(sent("POST", "/api/pay/v1/orders").count, before)
    }

    func testWithoutAKeyTheMerchantReferenceServesAsOne() throws {
        let first = sidecar.result("createOrder", orderParams("ref-key"))
        let before = sent("POST", "/api/pay/v1/orders").count
        XCTAssertEqual(sidecar.result("createOrder", orderParams("ref-key")), first)
        XCTAssertEqual(sent("POST", "/api/pay/v1/orders").count, before)
        // Same reference, other amount: the mistake Plural's guides warn of, refused rather than sent.
        let e = sidecar.error("createOrder", orderParams("ref-key", value: 999))
        XCTAssertEqual(e["code"], -32006)
        XCTAssertEqual(e["data"]?["idempotency_key"], "createOrder ref-key")
        // The derived key goes upstream the same on every host: a UUID-shaped digest of method and reference.
        let header = try XCTUnwrap(sent("POST", "/api/pay/v1/orders").last?["idempotency-key"]?.stringValue)
        XCTAssertNotNil(header.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", options: .regularExpression), header)
    }

    func testARepeatWhileTheFirstRunsWaitsForItsAnswer() throws {
        simulator.faults([["kind": "latency", "ms": 1500, "path": "/api/pay/v1/orders", "method": "POST", "times": 1]])
        let params = JSONWriter.string(with(orderParams("wait-1"), ["idempotency_key": "wait-key"]))
        sidecar.send(#"{"jsonrpc":"2.0","id":1,"method":"createOrder","params":\#(params)}"#)
        usleep(200_000)
        sidecar.send(#"{"jsonrpc":"2.0","id":2,"method":"createOrder","params":\#(params)}"#)
        let answers = sidecar.stdout.take(2, timeout: 15).map(json)
        XCTAssertEqual(answers.count, 2)
        XCTAssertNotNil(answers.first?["result"]?["order_id"])
        XCTAssertEqual(answers.first?["result"], answers.last?["result"])
        XCTAssertEqual(sent("POST", "/api/pay/v1/orders").filter { $0["idempotency-key"] == "wait-key" }.count, 1)
    }

    func testACallTheGatewayRefusedLeavesItsKeyFree() throws {
        let id = try XCTUnwrap(sidecar.result("createOrder", orderParams("free-key"))["order_id"]?.stringValue)
        let capture: JSONValue = ["order_id": .string(id), "merchant_capture_reference": "cap-free"]
        XCTAssertEqual(sidecar.error("capture", capture)["data"]?["http_status"], 422, "not authorised yet")
        _ = sidecar.result("createPayment", cardPayment(id, reference: "pay-free"))
        _ = simulator.pay(id)
        XCTAssertEqual(sidecar.result("capture", capture)["status"], "PROCESSED", "nothing happened the first time, so the same call may go again")
    }

    func testACaptureRepeatedAfterSuccessAnswersTheRecordedOutcome() throws {
        let id = try authorisedOrder("cap-twice")
        let capture: JSONValue = ["order_id": .string(id), "merchant_capture_reference": "cap-1"]
        let first = sidecar.result("capture", capture)
        XCTAssertEqual(first["status"], "PROCESSED")
        XCTAssertEqual(sidecar.result("capture", capture), first, "the gateway would refuse a second capture; the caller must hear it succeeded")
        XCTAssertEqual(sent("PUT", "/api/pay/v1/orders/\(id)/capture").count, 1)
        let cancel: JSONValue = ["order_id": .string(try authorisedOrder("cancel-twice"))]
        XCTAssertEqual(sidecar.result("cancel", cancel)["status"], "CANCELLED")
        XCTAssertEqual(sidecar.result("cancel", cancel)["status"], "CANCELLED")
    }

    // MARK: lost answers

    func testAResetAfterTheOrderWasMadeIsLookedUp() throws {
        // Every attempt (createOrder is retried: Plural dedupes it by reference) loses its answer.
        simulator.faults([["kind": "reset", "after": true, "path": "/api/pay/v1/orders", "method": "POST", "times": 3]])
        let order = sidecar.result("createOrder", orderParams("lost-1"))
        XCTAssertEqual(order["merchant_order_reference"], "lost-1")
        XCTAssertEqual(order["reconciled"], true)
        let ledger = simulator.control("GET", "/_simulator/ledger")?["orders"]?.arrayValue ?? []
        XCTAssertEqual(ledger.filter { $0["merchant_order_reference"] == "lost-1" }.count, 1)
    }

    func testATimeoutAfterTheCaptureWasTakenIsLookedUp() throws {
        let slow = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "1", "PLURAL_RECONCILE_TIMEOUT": "5"])
        sidecar = slow
        let id = try authorisedOrder("lost-capture")
        simulator.faults([["kind": "latency", "ms": 1500, "after": true, "path": .string("/api/pay/v1/orders/\(id)/capture"), "times": 1]])
        let captured = slow.result("capture", ["order_id": .string(id), "merchant_capture_reference": "cap-lost"])
        XCTAssertEqual(captured["status"], "PROCESSED")
        XCTAssertEqual(captured["reconciled"], true)
        XCTAssertEqual(sent("PUT", "/api/pay/v1/orders/\(id)/capture").count, 1, "a capture is never sent twice")
    }

    func testA5xxAfterTheRefundWasMadeIsLookedUp() throws {
        let id = try paidOrder("lost-refund")
        simulator.faults([["kind": "status", "status": 502, "after": true, "path": .string("/api/pay/v1/refunds/\(id)"), "times": 3]])
        let refund = sidecar.result("refund", ["order_id": .string(id), "merchant_order_reference": "rf-lost", "order_amount": ["value": 500, "currency": "INR"]])
        XCTAssertEqual(refund["type"], "REFUND")
        XCTAssertEqual(refund["reconciled"], true)
    }

    func testAnUnknownOutcomeIsListedBlocksANewCallAndIsSettledByARepeat() throws {
        // The answer is lost and every lookup fails: the outcome stays unknown.
        simulator.faults([["kind": "reset", "after": true, "path": "/api/pay/v1/orders", "method": "POST", "times": 3],
                          ["kind": "status", "status": 503, "path": "/api/pay/v1/orders/reference", "times": .null]])
        let params = with(orderParams("unknown-1"), ["idempotency_key": "first-try"])
        let e = sidecar.error("createOrder", params)
        XCTAssertEqual(e["code"], -32003)
        XCTAssertEqual(e["data"]?["outcome"], "unknown")
        XCTAssertEqual(e["data"]?["reconciled"], false)
        XCTAssertEqual(e["data"]?["idempotency_key"], "first-try")
        let pending = sidecar.result("pendingOutcomes", [:])["pending"]?.arrayValue ?? []
        XCTAssertEqual(pending.count, 1)
        XCTAssertEqual(pending.first?["idempotency_key"], "first-try")
        XCTAssertEqual(pending.first?["identifiers"]?["merchant_order_reference"], "unknown-1")
        // A new order for the same reference under another key: the classic double order, refused.
        let blocked = sidecar.error("createOrder", with(orderParams("unknown-1"), ["idempotency_key": "second-try"]))
        XCTAssertEqual(blocked["code"], -32007)
        XCTAssertEqual(blocked["data"]?["rule"], "outcome_pending")
        // The gateway is back: the repeat with the first key looks it up and answers what happened.
        control(clear: true)
        let settled = sidecar.result("createOrder", params)
        XCTAssertEqual(settled["merchant_order_reference"], "unknown-1")
        XCTAssertEqual(settled["reconciled"], true)
        XCTAssertEqual(sidecar.result("pendingOutcomes", [:])["pending"]?.arrayValue?.count, 0)
    }

    func control(clear: Bool) { simulator.control("DELETE", "/_simulator/faults") }

    // MARK: refunds

    func testRefundsInFlightCountAgainstWhatWasCaptured() throws {
        // The simulator's own limit off: only the sidecar's stands between these refunds and an over-refund.
        simulator.control("POST", "/_simulator/faults", ["refund_cap": false])
        let id = try paidOrder("refund-race")
        simulator.faults([["kind": "latency", "ms": 800, "path": .string("/api/pay/v1/refunds/\(id)"), "times": .null]])
        for i in 1...3 {
            let p: JSONValue = ["order_id": .string(id), "merchant_order_reference": .string("rr-\(i)"), "order_amount": ["value": 500, "currency": "INR"]]
            sidecar.send(JSONWriter.string(["jsonrpc": "2.0", "id": .int(i), "method": "refund", "params": p]))
        }
        let answers = sidecar.stdout.take(3, timeout: 20).map(json)
        XCTAssertEqual(answers.filter { $0["result"] != nil }.count, 2, "\(answers)")
        XCTAssertEqual(answers.filter { $0["error"]?["code"] == -32007 }.count, 1, "\(answers)")
        let order = simulator.control("GET", "/_simulator/ledger")?["orders"]?.arrayValue?.first { $0["order_id"]?.stringValue == id }
        XCTAssertEqual(order?["refunded"], 1000)
        // A refund without an amount takes what is left (100), and then nothing more is refundable.
        XCTAssertEqual(sidecar.result("refund", ["order_id": .string(id), "merchant_order_reference": "rr-rest"])["order_amount"]?["value"], 100)
        XCTAssertEqual(sidecar.error("refund", ["order_id": .string(id), "merchant_order_reference": "rr-more", "order_amount": ["value": 100, "currency": "INR"]])["code"], -32007)
    }
}
