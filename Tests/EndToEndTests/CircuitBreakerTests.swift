import Foundation
import Support
import XCTest

/// A gateway that stops answering opens its host's circuit: calls then fail in milliseconds, not after
/// PLURAL_TIMEOUT, until one trial call finds it back.
final class CircuitBreakerTests: XCTestCase {
    func testAStoppedGatewayFailsFastThenTheCircuitClosesWhenItIsBack() throws {
        let simulator = try SimulatorProcess()
        let gatewayPID = simulator.process.pid
        defer { kill(gatewayPID, SIGCONT) }
        let sidecar = try simulator.sidecar(environment: ["PLURAL_TIMEOUT": "0.3", "PLURAL_CIRCUIT_THRESHOLD": "2", "PLURAL_CIRCUIT_COOLDOWN": "1"],
                                            arguments: ["--metrics", "127.0.0.1:0"])
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("cb-warm"))["order_id"])

        // Stopped, not gone: the kernel still completes connections, and nothing ever answers.
        kill(gatewayPID, SIGSTOP)
        XCTAssertTrue(waitUntilStopped(gatewayPID), "the simulator did not stop")
        let first = sidecar.error("getOrder", ["merchant_order_reference": "cb-warm"])
        XCTAssertEqual(first["code"], -32003)
        XCTAssertEqual(first["data"]?["reason"], "timeout", "the attempts that opened the circuit report what they met")
        for i in 0..<5 {
            let started = Date()
            let e = sidecar.error("createOrder", orderParams("cb-\(i)"))
            let elapsed = Date().timeIntervalSince(started)
            XCTAssertEqual(e["code"], -32003)
            XCTAssertEqual(e["data"]?["reason"], "circuit_open")
            XCTAssertEqual(e["data"]?["outcome"], "not_sent")
            XCTAssertLessThan(elapsed, 0.1, "an open circuit must answer at once")
        }
        XCTAssertTrue(sidecar.stderr.text.contains("circuit open"), sidecar.stderr.text)
        let address = try XCTUnwrap(metricsAddress(of: sidecar))
        XCTAssertTrue(httpGet("http://\(address)/metrics")?.body.contains(#"plural_gateway_circuit_state{host="api"} 1"#) == true)

        // Back: after the cool-down one trial call goes through and closes the circuit.
        kill(gatewayPID, SIGCONT)
        usleep(1_200_000)
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("cb-back"))["order_id"], sidecar.stderr.text)
        XCTAssertNotNil(sidecar.result("getOrder", ["merchant_order_reference": "cb-back"])["order_id"])
        XCTAssertTrue(httpGet("http://\(address)/metrics")?.body.contains(#"plural_gateway_circuit_state{host="api"} 0"#) == true)
        XCTAssertTrue(sidecar.stderr.text.contains("circuit closed"), sidecar.stderr.text)
    }

    func testHTTPErrorsFromALiveGatewayNeverOpenIt() throws {
        let simulator = try SimulatorProcess()
        let sidecar = try simulator.sidecar(environment: ["PLURAL_CIRCUIT_THRESHOLD": "2"])
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("cb5-warm"))["order_id"])
        simulator.faults([["kind": "status", "status": 503, "path": "/api/pay/v1/orders/", "times": 12]])
        for _ in 0..<4 {
            let e = sidecar.error("getOrder", ["order_id": "v1-none"])
            XCTAssertEqual(e["code"], -32001, "\(e)")
        }
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("cb5-after"))["order_id"], "a 5xx opened the circuit")
    }
}

/// Waits until every thread of `pid` is stopped (SIGSTOP takes effect asynchronously).
func waitUntilStopped(_ pid: Int32, timeout: Double = 5) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let states = tasks.compactMap { try? String(contentsOfFile: "/proc/\(pid)/task/\($0)/stat", encoding: .utf8) }
            .compactMap { $0.split(separator: ")").last?.split(separator: " ").first }
        if !states.isEmpty && states.allSatisfy({ $0 == "T" || $0 == "t" }) { return true }
        usleep(5_000)
    }
    return false
}
