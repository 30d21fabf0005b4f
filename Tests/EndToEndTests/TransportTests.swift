import Foundation
import Support
import XCTest

/// The transport under faults, against the built binary and a loopback simulator: resets after the body on
/// kept-alive connections, slow gateways on fresh connections, memory per call, oversized answers.
final class TransportTests: XCTestCase {
    var simulator: SimulatorProcess!

    override func setUpWithError() throws { simulator = try SimulatorProcess() }
    override func tearDown() { simulator = nil }

    /// A capture that PUTs its body on the kept-alive connection of the calls before it; the gateway reads the
    /// whole body and resets. The answer must come at once, say `reset`, and say the capture may have happened.
    func testResetAfterTheBodyOnAKeptAliveConnectionAnswersAtOnce() throws {
        // Lookups off: this is the transport's answer alone (IdempotencyTests cover what a lookup adds).
        let sidecar = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "30", "PLURAL_RECONCILE_TIMEOUT": "0"])
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("reuse-reset"))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(orderID))
        _ = simulator.pay(orderID)
        simulator.faults([["kind": "reset", "path": .string("/api/pay/v1/orders/\(orderID)/capture"), "times": 1]])
        let started = Date()
        let e = sidecar.error("capture", ["order_id": .string(orderID), "merchant_capture_reference": "c1"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0, "a reset after the body must not wait for PLURAL_TIMEOUT")
        XCTAssertEqual(e["code"], -32003)
        XCTAssertEqual(e["data"]?["reason"], "reset")
        XCTAssertEqual(e["data"]?["outcome"], "unknown", "the gateway read the whole capture: it may have acted")
        let captures = simulator.recentRequests.filter { $0["path"]?.stringValue == "/api/pay/v1/orders/\(orderID)/capture" }
        XCTAssertEqual(captures.count, 1, "a capture the gateway may have acted on must not be sent again, by curl or by us")
    }

    /// The same fault on a read is retried (on a fresh connection) and succeeds well before the deadline.
    func testResetAfterTheBodyOnARetriedCallSucceeds() throws {
        let sidecar = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "30"])
        _ = sidecar.result("createOrder", orderParams("reuse-ok"))
        simulator.faults([["kind": "reset", "path": "/api/pay/v1/orders", "method": "POST", "times": 1]])
        let started = Date()
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("reuse-ok"))["order_id"], "an idempotent create is retried")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.0)
    }

    /// No call waits for `100 Continue` before its body, a round trip more: not even past 1 MiB, where curl
    /// would ask for it by default.
    func testCallsWithABodyAddNoRoundTrip() throws {
        let sidecar = try simulator.sidecar(arguments: ["--max-line-bytes", "4194304"])
        guard case .object(var params) = orderParams("no-expect"), case .object(var purchase)? = params["purchase_details"] else { return XCTFail() }
        purchase["merchant_metadata"] = ["note": .string(String(repeating: "x", count: 1_200_000))]
        params["purchase_details"] = .object(purchase)
        let answer = try sidecar.call("createOrder", .object(params))
        let sent = try XCTUnwrap(simulator.recentRequests.last { $0["path"] == "/api/pay/v1/orders" }, "\(JSONWriter.string(answer).prefix(300))")
        XCTAssertNil(sent["expect"], "the request asked for 100-continue: \(sent)")
    }

    /// Eight calls wait 3 s each for a slow gateway on connections opened for them: the sidecar must sleep.
    func testCallsWaitingOnASlowGatewayCostNoCPU() throws {
        let sidecar = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "30"])
        _ = try sidecar.call("getOrder", ["merchant_order_reference": "warm-up"])  // the token
        simulator.faults([["kind": "latency", "ms": 3000, "path": "/api/pay/v1/orders/reference", "times": .null]])
        let before = try cpuSeconds(sidecar.pid)
        let started = Date()
        for i in 0..<8 { sidecar.send(#"{"jsonrpc":"2.0","id":\#(100 + i),"method":"getOrder","params":{"merchant_order_reference":"slow-\#(i)"}}"#) }
        let answers = sidecar.stdout.take(8, timeout: 30)
        let waited = Date().timeIntervalSince(started)
        let spent = try cpuSeconds(sidecar.pid) - before
        XCTAssertEqual(answers.count, 8)
        XCTAssertGreaterThan(waited, 2.9, "the calls did not wait for the slow gateway")
        // Busy-waiting sockets cost about 1.8 cores here (5 s of CPU over the 3 s); sleeping costs next to nothing.
        XCTAssertLessThan(spent, 0.3, "the sidecar spent \(spent) s of CPU while 8 calls waited \(waited) s")
    }

    /// Memory does not grow with the call rate × PLURAL_TIMEOUT: nothing of a call outlives it (no deadline
    /// timer left armed for the rest of the timeout).
    func testNothingOfACallOutlivesIt() throws {
        let sidecar = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "600"])
        func run(_ count: Int, from first: Int) {
            var sent = 0, answered = 0
            while answered < count {
                while sent < count && sent - answered < 32 {
                    sidecar.send(#"{"jsonrpc":"2.0","id":\#(first + sent),"method":"getOrder","params":{"merchant_order_reference":"mem-\#(sent % 50)"}}"#)
                    sent += 1
                }
                guard sidecar.stdout.next(timeout: 30) != nil else { return XCTFail("no answer after \(answered) calls") }
                answered += 1
            }
        }
        run(1500, from: 1)  // warm: allocator pools, connections, caches at their working size
        let settled = try residentKiB(sidecar.pid)
        run(6000, from: 10_000)
        let grown = try residentKiB(sidecar.pid) - settled
        // A timer per call kept alive for PLURAL_TIMEOUT grew about 4 KiB per call (24 MiB over these 6,000).
        XCTAssertLessThan(grown, 8 * 1024, "RSS grew \(grown) KiB over 6,000 calls")
    }

    /// An answer past PLURAL_MAX_ANSWER_BYTES is refused as -32005 without being read into memory.
    func testAnswersPastTheCapAreRefusedUnread() throws {
        let sidecar = try simulator.sidecar()
        _ = try sidecar.call("getOrder", ["merchant_order_reference": "warm-up"])
        let before = try peakKiB(sidecar.pid)
        simulator.faults([["kind": "large", "bytes": 50_000_000, "path": "/api/pay/v1/orders/reference", "times": 1]])
        let e = sidecar.error("getOrder", ["merchant_order_reference": "big"])
        XCTAssertEqual(e["code"], -32005)
        XCTAssertTrue(e["data"]?["reason"]?.stringValue?.contains("PLURAL_MAX_ANSWER_BYTES") == true, "\(e)")
        XCTAssertLessThan(try peakKiB(sidecar.pid) - before, 16 * 1024, "a refused 50 MB answer must not be buffered")

        let small = try simulator.sidecar(environment: ["PLURAL_MAX_ANSWER_BYTES": "65536"])
        simulator.faults([["kind": "large", "bytes": 60_000, "path": "/api/pay/v1/orders/reference", "times": 1],
                          ["kind": "large", "bytes": 70_000, "path": "/api/pay/v1/orders/reference", "times": 1]])
        XCTAssertEqual(small.result("getOrder", ["merchant_order_reference": "under"])["order_id"], "v1-large")
        XCTAssertEqual(small.error("getOrder", ["merchant_order_reference": "over"])["code"], -32005)
        // Without a Content-Length the cap is met while reading.
        simulator.faults([["kind": "large", "bytes": 60_000, "chunked": true, "path": "/api/pay/v1/orders/reference", "times": 1],
                          ["kind": "large", "bytes": 70_000, "chunked": true, "path": "/api/pay/v1/orders/reference", "times": 1]])
        XCTAssertEqual(small.result("getOrder", ["merchant_order_reference": "under-chunked"])["order_id"], "v1-large")
        XCTAssertEqual(small.error("getOrder", ["merchant_order_reference": "over-chunked"])["code"], -32005)
    }

    func testInvalidAnswerCapIsASettingError() throws {
        let sidecar = try simulator.sidecar(environment: ["PLURAL_MAX_ANSWER_BYTES": "lots"])
        let e = sidecar.error("getOrder", ["merchant_order_reference": "x"])
        XCTAssertEqual(e["code"], -32004)
        XCTAssertEqual(e["data"]?["setting"], "PLURAL_MAX_ANSWER_BYTES")
    }
}

/// utime + stime of a process, from /proc/PID/stat.
func cpuSeconds(_ pid: Int32) throws -> Double {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    let fields = stat[stat.range(of: ")", options: .backwards)!.upperBound...].split(separator: " ")
    return (Double(fields[11])! + Double(fields[12])!) / Double(sysconf(Int32(_SC_CLK_TCK)))
}

func residentKiB(_ pid: Int32) throws -> Int { try statusKiB(pid, "VmRSS") }
func peakKiB(_ pid: Int32) throws -> Int { try statusKiB(pid, "VmHWM") }

private func statusKiB(_ pid: Int32, _ field: String) throws -> Int {
    let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix(field + ":") })
    return try XCTUnwrap(Int(line.split(separator: " ").dropFirst().first ?? ""))
}
