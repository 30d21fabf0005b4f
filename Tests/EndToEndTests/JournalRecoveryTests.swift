import Foundation
import Support
import XCTest

/// `PLURAL_STATE_DIR`: what is in flight survives `kill -9`, the next start looks it up, one sidecar per
/// directory, and nothing but keys, fingerprints and identifiers reaches the disk (issue 14).
final class JournalRecoveryTests: XCTestCase {
    var simulator: SimulatorProcess!
    var dir = ""

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        dir = NSTemporaryDirectory() + "plural-state-\(UUID().uuidString)"
    }

    override func tearDown() {
        simulator = nil
        try? FileManager.default.removeItem(atPath: dir)
    }

    func sidecar(_ extra: [String: String] = [:]) throws -> SidecarProcess {
        var env = ["PLURAL_STATE_DIR": dir]
        for (k, v) in extra { env[k] = v }
        return try simulator.sidecar(environment: env)
    }

    func testACallInFlightWhenKilledIsLookedUpAtTheNextStart() throws {
        var first: SidecarProcess? = try sidecar()
        _ = first!.result("createOrder", orderParams("warm"))
        // The order is made at once; its answer takes 3 s — long enough to kill the sidecar mid-call.
        simulator.faults([["kind": "latency", "ms": 3000, "after": true, "path": "/api/pay/v1/orders", "method": "POST", "times": 1]])
        let params = JSONWriter.string(["merchant_order_reference": "killed-1", "idempotency_key": "kill-key",
                                        "order_amount": ["value": 4200, "currency": "INR"]])
        first!.send(#"{"jsonrpc":"2.0","id":1,"method":"createOrder","params":\#(params)}"#)
        try waitFor { self.simulator.recentRequests.contains { $0["idempotency-key"] == "kill-key" } }
        first!.terminate(signal: SIGKILL)
        XCTAssertNotNil(first!.waitForExit())
        first = nil

        let second = try sidecar()
        // Looked up at start: nothing is pending once the lookup has run.
        try waitFor { (second.result("pendingOutcomes", [:])["pending"]?.arrayValue ?? [""]).isEmpty }
        let before = simulator.recentRequests.filter { $0["idempotency-key"] == "kill-key" }.count
        let order = second.result("createOrder", try JSONParser.parse(params))
        XCTAssertEqual(order["merchant_order_reference"], "killed-1")
        XCTAssertEqual(order["reconciled"], true, "rebuilt by a lookup, not sent again")
        XCTAssertEqual(simulator.recentRequests.filter { $0["idempotency-key"] == "kill-key" }.count, before, "the repeat reached the gateway")
        let orders = simulator.control("GET", "/_simulator/ledger")?["orders"]?.arrayValue ?? []
        XCTAssertEqual(orders.filter { $0["merchant_order_reference"] == "killed-1" }.count, 1)
    }

    func testAnUnknownOutcomeSurvivesARestartAndIsListed() throws {
        do {
            let first = try sidecar()
            _ = first.result("createOrder", orderParams("warm"))
            simulator.faults([["kind": "reset", "after": true, "path": "/api/pay/v1/orders", "method": "POST", "times": 3],
                              ["kind": "status", "status": 503, "path": "/api/pay/v1/orders/reference", "times": .null]])
            XCTAssertEqual(first.error("createOrder", orderParams("lost-ref"))["data"]?["outcome"], "unknown")
        }
        let second = try sidecar(["PLURAL_RECONCILE_TIMEOUT": "0.5"])
        let listed = try XCTUnwrap(second.result("pendingOutcomes", [:])["pending"]?.arrayValue)
        XCTAssertEqual(listed.first?["method"], "createOrder")
        XCTAssertEqual(listed.first?["identifiers"]?["merchant_order_reference"], "lost-ref")
        XCTAssertEqual(second.result("pendingOutcomes", [:])["journal"], true)
        simulator.control("DELETE", "/_simulator/faults")
        XCTAssertEqual(second.result("createOrder", orderParams("lost-ref"))["reconciled"], true)
    }

    func testASecondSidecarOnTheSameDirectoryRefusesToStart() throws {
        let first = try sidecar()
        _ = first.result("ping", [:])
        let second = try sidecar()
        XCTAssertEqual(second.waitForExit(), 2)
        XCTAssertTrue(second.stderr.text.contains("in use by another plural-sidecar"), second.stderr.text)
        XCTAssertEqual(first.result("ping", [:])["env"], "uat")
    }

    func testTheJournalHoldsNoParamsCardDataOrSecrets() throws {
        let s = try sidecar()
        let id = try XCTUnwrap(s.result("createOrder", orderParams("disk-1"))["order_id"]?.stringValue)
        _ = s.result("createPayment", cardPayment(id, reference: "pay-disk", card: "4012888888881881"))
        let text = String(decoding: FileManager.default.contents(atPath: dir + "/journal") ?? Data(), as: UTF8.self)
        XCTAssertTrue(text.contains("disk-1"), "the merchant reference identifies the call")
        for secret in ["4012888888881881", "kevin.bob@example.com", "9876543210", "secret-1", "Bearer", "Kevin"] {
            XCTAssertFalse(text.contains(secret), "\(secret) reached the journal")
        }
        var st = stat()
        XCTAssertEqual(stat(dir + "/journal", &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
    }

    func waitFor(timeout: Double = 15, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { return XCTFail("condition not met within \(timeout) s") }
            usleep(50_000)
        }
    }
}
