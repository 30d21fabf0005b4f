import Foundation
import Support
import XCTest

/// Every failure the gateway or the network can produce, and what the sidecar answers and retries.
final class FaultHandlingTests: XCTestCase {
    var simulator: SimulatorProcess!
    var sidecar: SidecarProcess!

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("warm-up"))  // token fetched; faults below hit API calls only
    }

    override func tearDown() { sidecar = nil; simulator = nil }

    private func attempts(_ pathPrefix: String, method: String) -> [JSONValue] {
        simulator.recentRequests.filter { $0["path"]?.stringValue?.hasPrefix(pathPrefix) == true && $0["method"]?.stringValue == method }
    }

    func testIdempotentCreateOrderIsRetriedOn5xxWithTheSameRequestID() throws {
        let before = attempts("/api/pay/v1/orders", method: "POST").count
        simulator.faults([["kind": "status", "status": 503, "path": "/api/pay/v1/orders", "method": "POST", "times": 2]])
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("retry-1"))["order_id"])
        let tries = Array(attempts("/api/pay/v1/orders", method: "POST").dropFirst(before))
        XCTAssertEqual(tries.count, 3)
        XCTAssertEqual(Set(tries.compactMap { $0["request-id"]?.stringValue }).count, 1, "retries must keep the Request-ID")
    }

    func testCaptureIsNotRetriedAfterA5xx() throws {
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("cap-5xx"))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(orderID))
        _ = simulator.pay(orderID)
        simulator.faults([["kind": "status", "status": 500, "path": .string("/api/pay/v1/orders/\(orderID)/capture"), "times": 1]])
        let e = sidecar.error("capture", ["order_id": .string(orderID), "merchant_capture_reference": "c1"])
        XCTAssertEqual(e["code"], -32001)
        XCTAssertEqual(e["data"]?["http_status"], 500)
        XCTAssertEqual(e["data"]?["code"], "INTERNAL_ERROR")
        XCTAssertNotNil(e["data"]?["message"]?.stringValue)
        XCTAssertEqual(e["data"]?["details"], e["data"]?["additional_error_details"])
        XCTAssertNotNil(e["data"]?["details"]?["reason"])
        XCTAssertNotNil(e["data"]?["request_id"]?.stringValue)
        XCTAssertEqual(attempts("/api/pay/v1/orders/\(orderID)/capture", method: "PUT").count, 1, "a capture that may have happened must not be repeated")
    }

    func testRateLimitIsRetriedEvenForPayments() throws {
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("pay-429"))["order_id"]?.stringValue)
        simulator.faults([["kind": "status", "status": 429, "path": .string("/api/pay/v1/orders/\(orderID)/payments"), "times": 1]])
        XCTAssertEqual(sidecar.result("createPayment", cardPayment(orderID))["status"], "PENDING")
        XCTAssertEqual(attempts("/api/pay/v1/orders/\(orderID)/payments", method: "POST").count, 2)
    }

    func testResetOnAReadIsRetried() throws {
        simulator.faults([["kind": "reset", "path": "/api/pay/v1/orders/reference", "times": 1]])
        XCTAssertNotNil(sidecar.result("getOrder", ["merchant_order_reference": "warm-up"])["order_id"])
    }

    func testResetOnCaptureIsLookedUpBeforeAnswering() throws {
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("cap-reset"))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(orderID))
        _ = simulator.pay(orderID)
        simulator.faults([["kind": "reset", "path": .string("/api/pay/v1/orders/\(orderID)/capture"), "times": 1]])
        let e = sidecar.error("capture", ["order_id": .string(orderID), "merchant_capture_reference": "c1"])
        XCTAssertEqual(e["code"], -32003)
        // The reset is surfaced at once; the sidecar then looks the capture up: it did not happen.
        XCTAssertEqual(e["data"]?["reason"], "reset")
        XCTAssertEqual(e["data"]?["outcome"], "not_applied")
        XCTAssertEqual(e["data"]?["reconciled"], true)
        XCTAssertNotNil(e["data"]?["request_id"]?.stringValue)
    }

    func testTimeoutIsARealDeadline() throws {
        // Lookups off: this measures the deadline alone.
        let slow = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "0.5", "PLURAL_RECONCILE_TIMEOUT": "0"])
        _ = slow.result("createOrder", orderParams("t-warm"))
        simulator.faults([["kind": "latency", "ms": 5000, "path": "/api/pay/v1/orders/", "method": "PUT", "times": .null]])
        let started = Date()
        let e = slow.error("cancel", ["order_id": "v1-any"])
        XCTAssertEqual(e["code"], -32003)
        XCTAssertEqual(e["data"]?["reason"], "timeout")
        XCTAssertEqual(e["data"]?["outcome"], "unknown")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.5, "PLURAL_TIMEOUT=0.5 was not enforced")
    }

    func testConnectionRefusedIsNotSent() throws {
        // A port nobody listens on: bind one, note it, close it.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        let port = UInt16(bigEndian: addr.sin_port)
        close(fd)
        let dead = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_API_URL": "http://127.0.0.1:\(port)",
                                                    "PLURAL_CLIENT_ID": "a", "PLURAL_CLIENT_SECRET": "b"])
        let e = dead.error("createOrder", orderParams("dead-1"))
        XCTAssertEqual(e["code"], -32003)
        XCTAssertEqual(e["data"]?["reason"], "connect")
        XCTAssertEqual(e["data"]?["outcome"], "not_sent")
    }

    func testMalformedAnswerIsMinus32005() throws {
        simulator.faults([["kind": "malformed", "path": "/api/pay/v1/orders/reference", "times": 3]])
        let e = sidecar.error("getOrder", ["merchant_order_reference": "warm-up"])
        XCTAssertEqual(e["code"], -32005)
        XCTAssertEqual(e["data"]?["http_status"], 200)
        XCTAssertNotNil(e["data"]?["reason"]?.stringValue)
    }

    func testWrongShapeIsMinus32005() throws {
        simulator.faults([["kind": "status", "status": 200, "body": #"{"data":{"order_id":"x","status":"CREATED","order_amount":{"value":10.5,"currency":"INR"}}}"#,
                           "path": "/api/pay/v1/orders/reference", "times": 1]])
        let e = sidecar.error("getOrder", ["merchant_order_reference": "warm-up"])
        XCTAssertEqual(e["code"], -32005, "a fractional amount from the gateway must not be passed on")
    }

    func testGarbageIsUnreachable() throws {
        simulator.faults([["kind": "garbage", "path": "/api/pay/v1/orders/", "method": "PUT", "times": 1]])
        let e = sidecar.error("cancel", ["order_id": "v1-any"])
        XCTAssertEqual(e["code"], -32003)
        // The answer was lost; a lookup finds no such order cancelled.
        XCTAssertEqual(e["data"]?["outcome"], "not_applied")
        XCTAssertEqual(e["data"]?["reconciled"], true)
    }

    func testHTMLErrorPageKeepsTheStatus() throws {
        simulator.faults([["kind": "status", "status": 502, "body": "<html>Bad Gateway</html>", "path": "/api/pay/v1/orders/", "method": "PUT", "times": 1]])
        let e = sidecar.error("cancel", ["order_id": "v1-any"])
        XCTAssertEqual(e["code"], -32001)
        XCTAssertEqual(e["data"]?["http_status"], 502)
    }

    func testUnknownStatusValuesAreTolerated() throws {
        simulator.faults([["kind": "status", "status": 200, "body": #"{"data":{"order_id":"v1-z","status":"ON_HOLD_NEW","type":"CHARGE","new_field":{"x":1}}}"#,
                           "path": "/api/pay/v1/orders/reference", "times": 1]])
        let o = sidecar.result("getOrder", ["merchant_order_reference": "warm-up"])
        XCTAssertEqual(o["status"], "ON_HOLD_NEW")
        XCTAssertEqual(o["new_field"]?["x"], 1)
    }

    // Found by the fuzz suite: absurd gateway values must never crash the process.
    func testAbsurdTokenLifetimesAreClampedNotFatal() throws {
        let fresh = try simulator.sidecar()
        for body in [#"{"access_token":"sim.x","expires_in":1e400}"#, #"{"access_token":"sim.x","expires_in":-5}"#,
                     #"{"access_token":"sim.x","expires_at":"9999-12-31T23:59:59Z"}"#] {
            simulator.faults([["kind": "status", "status": 200, "path": "/api/auth", "times": 1, "body": .string(body)]])
            _ = fresh.error("getOrder", ["order_id": "v1-nope"])  // the token is fake, so the API refuses it: still an answer
            simulator.control("POST", "/_simulator/faults", ["revoke_tokens": true])
        }
        XCTAssertTrue(fresh.process.isRunning, "the sidecar died on an absurd token lifetime")
        XCTAssertNotNil(fresh.result("ping", [:])["version"])
    }

    func testFractionalAmountsInAnswersAreRefused() throws {
        for value in ["1E-400", "1100.0", "11e2"] {
            simulator.faults([["kind": "status", "status": 200, "path": "/api/pay/v1/orders/reference", "times": 1,
                               "body": .string(#"{"data":{"order_id":"v1-a","status":"CREATED","order_amount":{"value":\#(value),"currency":"INR"}}}"#)]])
            let e = sidecar.error("getOrder", ["merchant_order_reference": "warm-up"])
            XCTAssertEqual(e["code"], -32005, value)
            XCTAssertEqual(e["data"]?["reason"]?.stringValue?.hasPrefix("order_amount.value"), true, "\(e)")
        }
    }
}
